package se.rapportkoll.analyse.forecast;

import se.rapportkoll.locate.MonthlyLocator;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.model.CellRef;
import se.rapportkoll.locate.MonthlyTable;

import se.rapportkoll.analyse.deviation.DeviationAnalysis;
import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.locate.ForecastRounds;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.model.Finding;
import se.rapportkoll.analyse.volumeprice.VolumePriceConfig;
import se.rapportkoll.model.Severity;
import se.rapportkoll.model.Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The forecast part of a run: monthly tables, forecasts, the check of the controller's Prognos, scenarios. */
public final class Forecasting {

    /** The rule id of the finding "the controller's forecast lies outside all methods' range". */
    public static final String RULE_OUTSIDE = Rules.FORECAST_OUTSIDE_METHODS;

    /**
     * Everything the forecast part found, for the sheet and the JSON report. {@code settingsSheet}:
     * the name of the controller's settings sheet the workbook already has, null when it has none.
     */
    public record Outcome(List<MonthlyTable> tables, List<LineForecast> lines, Scenarios.Result scenarios,
                          String settingsSheet, List<RoundChange> roundChanges) {

        public static final Outcome NONE = new Outcome(List.of(), List.of(), null, null, List.of());
    }

    /** A line's forecast against the round before (see ForecastRounds): the previous round's cell and both headers. */
    public record RoundChange(DeviationLine line, SourceCell previous, String previousHeader, String currentHeader) {

        /** The change, positive = better (the line's favourable sign). */
        public double change() {
            return (line.forecast().value() - previous.value()) * line.favourableSign();
        }
    }

    private Forecasting() {
    }

    /** The monthly tables of the workbook's user sheets. */
    public static List<MonthlyTable> monthlyTables(LocatedWorkbook located) {
        return new MonthlyLocator().locate(located);
    }

    /** The located workbook with the monthly tables' rows no longer reported as figures without a table. */
    public static LocatedWorkbook placed(LocatedWorkbook located, List<MonthlyTable> tables) {
        if (tables.isEmpty()) {
            return located;
        }
        return new TableLocator().withPlacedElsewhere(located, (sheet, row) -> tables.stream()
                .anyMatch(t -> t.sheetName().equals(sheet) && row >= t.firstRow() && row <= t.lastRow()));
    }

    /**
     * Forecasts and scenarios; the settings are read from the controller's sheet {@code settingsSheet}
     * where the workbook has one, else they are the defaults.
     */
    public static Outcome analyse(LocatedWorkbook located, List<MonthlyTable> tables, Optional<SheetGrid> settingsSheet,
                                  VolumePriceConfig careTypeNames) {
        List<DeviationLine> reportLines = DeviationAnalysis.lines(located);
        List<LineForecast> lines = ForecastAnalysis.analyse(tables, reportLines, located.tables());
        Map<String, String> pairs = Scenarios.pairs(located, careTypeNames);
        List<ActionPlan.Measure> plan = ActionPlan.measures(located, Scenarios.reportYear(located, reportLines));
        List<ActionPlan.Measure> thisYear = plan.stream().filter(m -> m.forYear(Scenarios.reportYear(located, reportLines))).toList();
        ScenarioSettings settings = settingsSheet.map(ScenarioSettings::read).map(s -> s.withMissing(thisYear))
                .orElseGet(() -> ScenarioSettings.defaults(Scenarios.careRows(located, TableKind.VOLUMES).stream()
                        .map(se.rapportkoll.locate.TableRow::label).toList(), pairs, thisYear));
        Scenarios.Result scenarios = Scenarios.compute(located, reportLines, settings, pairs,
                plan.stream().filter(m -> !thisYear.contains(m)).toList());
        return new Outcome(tables, lines, scenarios, settingsSheet.map(SheetGrid::sheetName).orElse(null),
                roundChanges(located, reportLines));
    }

    /** Every line whose table has a forecast round before the current one, in table order. */
    static List<RoundChange> roundChanges(LocatedWorkbook located, List<DeviationLine> reportLines) {
        List<RoundChange> out = new ArrayList<>();
        for (Table t : located.tables()) {
            ForecastRounds.of(t).ifPresent(r -> {
                for (TableRow row : t.rows()) {
                    CellData prev = row.cell(t.position(r.previous()));
                    reportLines.stream().filter(l -> l.forecast() != null && l.forecast().value() != null
                                    && l.forecast().sheet().equals(t.sheetName()) && l.forecast().row() == row.row()
                                    && l.forecast().col() == r.current().index() && prev.isNumeric())
                            .findFirst().ifPresent(l -> out.add(new RoundChange(l,
                                    new SourceCell(t.sheetName(), row.row(), r.previous().index(), prev.number()),
                                    r.previous().headerText().strip(), r.current().headerText().strip())));
                }
            });
        }
        return List.copyOf(out);
    }

    /**
     * A warning wherever the controller's Prognos lies outside the range of all methods by a material
     * gap that reliable methods bound (see LineForecast.materialGap), naming the gap.
     */
    public static List<Finding> findings(Outcome outcome, Messages messages) {
        List<Finding> out = new ArrayList<>();
        ScenarioSettings.OlderMeasures older = outcome.scenarios() == null ? null : outcome.scenarios().settings().older();
        if (older != null && outcome.settingsSheet() != null) {
            // an older version's measures: not counted rather than counted wrongly
            String address = new CellRef(older.header(), 0).a1();
            String key = older.names().isEmpty() ? "forecast.finding.olderLayoutEmpty" : "forecast.finding.olderLayout";
            String detail = messages.detail(key, address, String.join("; ", older.names()));
            if (outcome.scenarios().settings().measures().stream().anyMatch(m -> m.source() != null)) {
                detail += " " + messages.get("forecast.finding.olderLayoutPlan");
            }
            out.add(new Finding(Severity.INFO, Rules.SETTINGS_OLDER_LAYOUT, outcome.settingsSheet(), address,
                    messages.get(key), detail, null, null, null));
        }
        for (LineForecast f : outcome.lines()) {
            f.materialGap().ifPresent(gap -> {
                var cell = f.report().forecast();
                String address = new CellRef(cell.row(), cell.col()).a1();
                double nearest = gap < 0 ? f.lowest() : f.highest();
                Object[] args = {address, f.label(), messages.number(cell.value()), messages.number(Math.abs(Math.round(gap))),
                        messages.get(gap < 0 ? "forecast.finding.below" : "forecast.finding.above"),
                        messages.number(Math.round(f.lowest())), messages.number(Math.round(f.highest())),
                        monthName(f.year(), f.month(), messages)};
                out.add(new Finding(Severity.WARNING, RULE_OUTSIDE, cell.sheet(), address,
                        messages.get("forecast.finding.outside", args), messages.detail("forecast.finding.outside", args),
                        (double) Math.round(nearest), cell.value(), null));
            });
        }
        return out;
    }

    public static String monthName(int year, int month, Messages messages) {
        return shortMonth(month, messages) + " " + year;
    }

    /** One abbreviation style on every sheet: the periods' ("jan", "mar", "jun"; "Jan", "Mar" in English). */
    public static String shortMonth(int month, Messages messages) {
        return messages.isEnglish() ? java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                : se.rapportkoll.locate.Period.shortMonth(month);
    }
}
