package se.rapportkoll.analyse.forecast;

import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.analyse.forecast.ScenarioSettings.Scenario;
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
import se.rapportkoll.analyse.volumeprice.CareTypeMatcher;
import se.rapportkoll.analyse.volumeprice.VolumePriceConfig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Low / base / high full-year outcomes. Base is the controller's Prognos, exactly; low and high
 * change every care type's volume and price for what is left of the year (forecast volume − volume booked so far, the whole forecast only where
 * nothing is booked) by the settings' percentages (cost in tkr = days · kr per day / 1000) and take
 * the measures' effects as the settings say (see ScenarioSettings.Measure#contribution). Low is
 * the lower (worse) result: with the defaults more days at higher prices, and the part of each
 * measure's expected effect not yet realised lost.
 */
public final class Scenarios {

    /**
     * A care type's forecast volume and price cells, the volume booked so far (null where the volume
     * table has no actual for part of the year), the price row paired with it, and the settings row
     * that changes them.
     */
    public record CareCost(ScenarioSettings.CareType settings, SourceCell volume, SourceCell booked, SourceCell price,
                           String priceRow) {

        public double costTkr() {
            return volume.value() * price.value() / 1000;
        }

        /** The days still to come this year: forecast − booked, or the whole forecast when nothing is booked. */
        public double remainingVolume() {
            return booked == null ? volume.value() : volume.value() - booked.value();
        }

        /** The change in result (tkr, negative = more cost) in a scenario, on what is left of the year. */
        public double resultChange(Scenario s) {
            double dv = s == Scenario.LOW ? settings.volumeLow() : s == Scenario.HIGH ? settings.volumeHigh() : 0;
            double dp = s == Scenario.LOW ? settings.priceLow() : s == Scenario.HIGH ? settings.priceHigh() : 0;
            double r = remainingVolume();
            return -(r * (1 + dv) * price.value() * (1 + dp) - r * price.value()) / 1000;
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
                         List<DeviationLine> lines, List<Outcome> outcomes, List<ActionPlan.Measure> otherYears) {
    }

    private Scenarios() {
    }

    /** The care-type rows (with a forecast) of the volume or the price table. */
    public static List<TableRow> careRows(LocatedWorkbook located, TableKind kind) {
        return forecastTable(located, kind).map(t -> t.rows().stream()
                .filter(r -> r.kind() == RowKind.PART && r.label() != null && !r.label().isBlank()).toList()).orElse(List.of());
    }

    /**
     * The price row of each care type, paired as `Volym och pris` pairs them (same name, alias,
     * spelling slip): volume row label to price row label.
     */
    public static Map<String, String> pairs(LocatedWorkbook located, VolumePriceConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        for (CareTypeMatcher.Pair p : CareTypeMatcher.match(careRows(located, TableKind.VOLUMES),
                careRows(located, TableKind.PRICES), config).pairs()) {
            out.put(p.volume().label(), p.price().label());
        }
        return out;
    }

    /**
     * The year the report is about: that of the budget table with the costs row (its period budget,
     * else its full-year budget), or null where no header says.
     */
    public static Integer reportYear(LocatedWorkbook located, List<DeviationLine> reportLines) {
        List<DeviationLine> lines = scenarioLines(reportLines);
        if (lines.isEmpty()) {
            return null;
        }
        String table = lines.get(0).table();
        return located.tables().stream().filter(t -> t.displayName().equals(table)).findFirst()
                .flatMap(Table::mainPeriod).map(se.rapportkoll.locate.Period::year).orElse(null);
    }

    /** {@code otherYears}: the action plan's measures whose effect comes another year, named on the sheet but not counted. */
    public static Result compute(LocatedWorkbook located, List<DeviationLine> reportLines, ScenarioSettings settings,
                                 Map<String, String> pairs, List<ActionPlan.Measure> otherYears) {
        List<CareCost> costs = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (ScenarioSettings.CareType t : settings.careTypes()) {
            Optional<SourceCell> v = forecastCell(located, TableKind.VOLUMES, t.volumeRow());
            // the controller's name wins; left empty, the matcher's pair (a sheet made before it paired the row)
            String priceRow = t.priceRow() != null ? t.priceRow() : pairs.get(t.volumeRow());
            Optional<SourceCell> p = priceRow == null ? Optional.empty() : forecastCell(located, TableKind.PRICES, priceRow);
            if (v.isPresent() && p.isPresent()) {
                costs.add(new CareCost(t, v.get(), bookedCell(located, t.volumeRow()).orElse(null), p.get(), priceRow));
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
        return new Result(settings, List.copyOf(costs), List.copyOf(unmatched), lines, List.copyOf(outcomes), List.copyOf(otherYears));
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

    /** The volume booked so far this year: the volume table's actual for part of the current year. */
    private static Optional<SourceCell> bookedCell(LocatedWorkbook located, String label) {
        return forecastTable(located, TableKind.VOLUMES).flatMap(t -> t.columns().stream()
                .filter(c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().isPartOfYear())
                .findFirst().flatMap(col -> cell(t, col, label)));
    }

    private static Optional<SourceCell> forecastCell(LocatedWorkbook located, TableKind kind, String label) {
        return forecastTable(located, kind).flatMap(t -> cell(t, forecastColumn(t).orElseThrow(), label));
    }

    private static Optional<SourceCell> cell(Table t, Column col, String label) {
        String wanted = Vocabulary.normalise(label);
        return t.rows().stream().filter(r -> r.kind() == RowKind.PART && Vocabulary.normalise(r.label()).equals(wanted))
                .findFirst().flatMap(r -> {
                    CellData cell = r.cell(t.position(col));
                    return cell.isNumeric() ? Optional.of(new SourceCell(t.sheetName(), r.row(), col.index(), cell.number()))
                            : Optional.empty();
                });
    }
}
