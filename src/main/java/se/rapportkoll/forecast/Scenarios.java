package se.rapportkoll.forecast;

import se.rapportkoll.analyse.CellValue;
import se.rapportkoll.analyse.DeviationLine;
import se.rapportkoll.forecast.ScenarioSettings.Scenario;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.Unit;
import se.rapportkoll.locate.Vocabulary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Low / base / high full-year outcomes. Base is the controller's Prognos with the measures whose
 * effect the settings assume in base; low and high change every care type's forecast volume and
 * price by the settings' percentages (cost in tkr = days · kr per day / 1000) and take the
 * measures' effects as the settings say, failed effects leaving only their cost. Low is the lower
 * (worse) result: with the defaults more days at higher prices and the measure's effect failing.
 */
public final class Scenarios {

    /** A care type's forecast volume and price cells, and the settings row that changes them. */
    public record CareCost(ScenarioSettings.CareType settings, CellValue volume, CellValue price) {

        public double costTkr() {
            return volume.value() * price.value() / 1000;
        }

        /** The change in result (tkr, negative = more cost) in a scenario. */
        public double resultChange(Scenario s) {
            double dv = s == Scenario.LOW ? settings.volumeLow() : s == Scenario.HIGH ? settings.volumeHigh() : 0;
            double dp = s == Scenario.LOW ? settings.priceLow() : s == Scenario.HIGH ? settings.priceHigh() : 0;
            return -(volume.value() * (1 + dv) * price.value() * (1 + dp) - volume.value() * price.value()) / 1000;
        }
    }

    /** One scenario of one report line. */
    public record Outcome(Scenario scenario, DeviationLine line, double fullYear) {

        public Double deviationFromBudget() {
            return line.yearBudget() == null || line.yearBudget().value() == null ? null : fullYear - line.yearBudget().value();
        }
    }

    /** What the scenarios are computed from, and their outcomes. */
    public record Result(ScenarioSettings settings, List<CareCost> careCosts, List<String> unmatched,
                         List<DeviationLine> lines, List<Outcome> outcomes) {
    }

    private Scenarios() {
    }

    /** The care-type rows (with a forecast) of the volume and the price table, for the default settings. */
    public static List<String> careRows(LocatedWorkbook located, TableKind kind) {
        return forecastTable(located, kind).map(t -> t.rows().stream()
                .filter(r -> r.kind() == RowKind.PART).map(TableRow::label).toList()).orElse(List.of());
    }

    public static Result compute(LocatedWorkbook located, List<DeviationLine> reportLines, ScenarioSettings settings) {
        List<CareCost> costs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (ScenarioSettings.CareType t : settings.careTypes()) {
            Optional<CellValue> v = forecastCell(located, TableKind.VOLUMES, t.volumeRow());
            Optional<CellValue> p = t.priceRow() == null ? Optional.empty() : forecastCell(located, TableKind.PRICES, t.priceRow());
            if (v.isPresent() && p.isPresent()) {
                costs.add(new CareCost(t, v.get(), p.get()));
            } else {
                unmatched.add(t.volumeRow());
            }
        }
        List<DeviationLine> lines = scenarioLines(reportLines);
        List<Outcome> outcomes = new ArrayList<>();
        for (DeviationLine line : lines) {
            double base = line.forecast().value();
            for (Scenario s : Scenario.values()) {
                double v = base;
                for (CareCost c : costs) {
                    v += c.resultChange(s);
                }
                for (ScenarioSettings.Measure m : settings.measures()) {
                    v += m.contribution(s);
                }
                outcomes.add(new Outcome(s, line, v));
            }
        }
        return new Result(settings, List.copyOf(costs), List.copyOf(unmatched), lines, List.copyOf(outcomes));
    }

    /**
     * The lines the scenarios change: the costs row and the total of the budget table that has a
     * costs row, with a forecast (volumes and prices drive costs, and so the net result).
     */
    static List<DeviationLine> scenarioLines(List<DeviationLine> reportLines) {
        Optional<String> table = reportLines.stream()
                .filter(l -> l.unit() == Unit.TKR && isCosts(l) && hasForecast(l))
                .map(DeviationLine::table).findFirst();
        if (table.isEmpty()) {
            return List.of();
        }
        return reportLines.stream()
                .filter(l -> l.table().equals(table.get()) && hasForecast(l) && (isCosts(l) || l.kind().isTotal()))
                .sorted((a, b) -> Boolean.compare(a.kind().isTotal(), b.kind().isTotal()))
                .toList();
    }

    private static boolean isCosts(DeviationLine l) {
        String s = Vocabulary.normalise(l.label());
        return s.equals("kostnader") || s.equals("costs") || s.equals("expenses");
    }

    private static boolean hasForecast(DeviationLine l) {
        return l.forecast() != null && l.forecast().value() != null;
    }

    private static Optional<Table> forecastTable(LocatedWorkbook located, TableKind kind) {
        return located.tables().stream().filter(t -> t.kind() == kind && forecastColumn(t).isPresent()).findFirst();
    }

    private static Optional<Column> forecastColumn(Table t) {
        return t.columns().stream().filter(c -> c.kind() == ColumnKind.FORECAST && !c.priorYear()).findFirst();
    }

    private static Optional<CellValue> forecastCell(LocatedWorkbook located, TableKind kind, String label) {
        return forecastTable(located, kind).flatMap(t -> {
            Column col = forecastColumn(t).orElseThrow();
            String wanted = Vocabulary.normalise(label);
            return t.rows().stream().filter(r -> r.kind() == RowKind.PART && Vocabulary.normalise(r.label()).equals(wanted))
                    .findFirst().flatMap(r -> {
                        CellData cell = r.cell(t.position(col));
                        return cell.isNumeric() ? Optional.of(new CellValue(t.sheetName(), r.row(), col.index(), cell.number()))
                                : Optional.empty();
                    });
        });
    }
}
