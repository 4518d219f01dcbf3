package se.rapportkoll.analyse.forecast;

import se.rapportkoll.locate.MonthlyTable;

import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.TotalGroup;
import se.rapportkoll.locate.Unit;
import se.rapportkoll.locate.Vocabulary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Forecasts for every line of every monthly table, backtested, beside the report's own figures. */
public final class ForecastAnalysis {

    private ForecastAnalysis() {
    }

    /**
     * One {@link LineForecast} per line that has every month of the current year up to the table's
     * latest month. {@code reportLines} are the budget tables' rows; a line is matched to the first
     * row of the same name (case and spacing ignored) in a table in tkr; a total whose name the
     * report does not use, to the report's total over the same rows (see {@link #pairedTotal}).
     */
    public static List<LineForecast> analyse(List<MonthlyTable> tables, List<DeviationLine> reportLines,
                                             List<Table> reportTables) {
        List<LineForecast> out = new ArrayList<>();
        Map<String, DeviationLine> byName = byName(reportLines);
        for (MonthlyTable table : tables) {
            YearMonth latest = table.latestMonth();
            if (latest == null) {
                continue;
            }
            for (MonthlyTable.Line line : table.lines()) {
                double[] current = line.months(latest.getYear(), latest.getMonthValue());
                if (current == null) {
                    continue;
                }
                DeviationLine report = byName.get(Vocabulary.normalise(line.label()));
                if (report == null) {
                    report = pairedTotal(table, line, byName, reportLines, reportTables);
                }
                Double periodBudget = report == null || report.periodBudget() == null ? null : report.periodBudget().value();
                Double yearBudget = report == null || report.yearBudget() == null ? null : report.yearBudget().value();
                // the period budget only counts when it covers the same months as the monthly actuals
                if (report != null && report.periodActual() != null && report.periodActual().value() != null
                        && Math.abs(report.periodActual().value() - ForecastMethods.sum(current)) > 0.5 + current.length * 0.5) {
                    periodBudget = null;
                }
                Assessment a = assess(line.values(), latest.getYear(), latest.getMonthValue(), periodBudget, yearBudget,
                        report != null);
                out.add(new LineForecast(table, line, latest.getYear(), latest.getMonthValue(), a.estimates(),
                        backtest(line.values(), latest.getYear(), latest.getMonthValue()), report, a.notApplicable()));
            }
        }
        return List.copyOf(out);
    }

    /** The methods that apply at a month, and those that do not with the reason. */
    public record Assessment(List<Estimate> estimates, List<NotApplicable> notApplicable) {
    }

    /** Every method that applies at month {@code month} of {@code year}. */
    public static List<Estimate> estimates(Map<YearMonth, Double> values, int year, int month,
                                           Double periodBudget, Double yearBudget) {
        return assess(values, year, month, periodBudget, yearBudget, false).estimates();
    }

    /**
     * Each method, made where it applies, else named with its reason. {@code budgetExpected}: the
     * line has a report row, so a missing period budget is worth saying.
     */
    static Assessment assess(Map<YearMonth, Double> values, int year, int month, Double periodBudget, Double yearBudget,
                             boolean budgetExpected) {
        double[] current = MonthlyTable.months(values, year, month);
        if (current == null) {
            return new Assessment(List.of(), List.of());
        }
        List<Estimate> out = new ArrayList<>();
        List<NotApplicable> not = new ArrayList<>();
        NotApplicable tooFew = new NotApplicable(null, "months", List.of(month, ForecastMethods.MIN_MONTHS));
        ForecastMethods.runRate(current).ifPresentOrElse(out::add, () -> not.add(tooFew.of(Method.RUN_RATE)));
        double[] lastYear = MonthlyTable.months(values, year - 1, 12);
        ForecastMethods.seasonal(current, lastYear).ifPresentOrElse(out::add, () -> not.add(
                month < ForecastMethods.MIN_MONTHS ? tooFew.of(Method.SEASONAL)
                        : ForecastMethods.share(month, lastYear).isEmpty() ? new NotApplicable(Method.SEASONAL, "lastYear", List.of())
                        : new NotApplicable(Method.SEASONAL, "share", List.of(ForecastMethods.share(month, lastYear).getAsDouble()))));
        ForecastMethods.trend(current).ifPresentOrElse(out::add, () -> not.add(new NotApplicable(Method.TREND,
                "months", List.of(month, ForecastMethods.TREND_MONTHS))));
        double[] history = history(values, YearMonth.of(year, month));
        ForecastMethods.ets(history, month).ifPresentOrElse(out::add, () -> not.add(month < ForecastMethods.MIN_MONTHS
                ? tooFew.of(Method.ETS) : new NotApplicable(Method.ETS, "history", List.of(history.length))));
        ForecastMethods.budgetRemainder(current, periodBudget, yearBudget).ifPresentOrElse(out::add, () -> {
            if (budgetExpected) {
                not.add(new NotApplicable(Method.BUDGET_REMAINDER, "budget", List.of()));
            }
        });
        return new Assessment(List.copyOf(out), List.copyOf(not));
    }

    /**
     * Each method's error (forecast minus outcome) had it been used at the same month last year.
     * The budget-remainder method needs last year's budget, which the workbook does not give.
     */
    public static Map<Method, Double> backtest(Map<YearMonth, Double> values, int year, int month) {
        Map<Method, Double> errors = new EnumMap<>(Method.class);
        double[] lastYear = MonthlyTable.months(values, year - 1, 12);
        if (lastYear == null) {
            return errors;
        }
        double outcome = ForecastMethods.sum(lastYear);
        for (Estimate e : estimates(values, year - 1, month, null, null)) {
            errors.put(e.method(), e.fullYear() - outcome);
        }
        return errors;
    }


    /** The unbroken run of months ending at {@code last}, oldest first. */
    static double[] history(Map<YearMonth, Double> values, YearMonth last) {
        List<Double> back = new ArrayList<>();
        for (YearMonth m = last; values.containsKey(m); m = m.minusMonths(1)) {
            back.add(0, values.get(m));
        }
        return back.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * The report's total for a monthly total of another name ("Summa" for "Summa nämnden"): the
     * report total whose parts are exactly the report rows the monthly total's parts are paired with
     * by name, all of them. Null where a part has no pair or no report total covers the same rows.
     */
    static DeviationLine pairedTotal(MonthlyTable table, MonthlyTable.Line line, Map<String, DeviationLine> byName,
                                     List<DeviationLine> reportLines, List<Table> reportTables) {
        TotalGroup group = table.totalOf(line).orElse(null);
        if (group == null || group.isDifference()) {
            return null;
        }
        java.util.Set<String> parts = new java.util.HashSet<>();
        for (int row : group.partRows()) {
            String label = table.located().row(row).map(TableRow::label).orElse("");
            DeviationLine part = byName.get(Vocabulary.normalise(label));
            if (part == null) {
                return null;
            }
            parts.add(part.yearBudget().sheet() + "!" + part.yearBudget().row());
        }
        for (Table t : reportTables) {
            for (TotalGroup g : t.totals()) {
                java.util.Set<String> covered = new java.util.HashSet<>();
                g.partRows().forEach(r -> covered.add(t.sheetName() + "!" + r));
                if (!g.isDifference() && covered.equals(parts)) {
                    return reportLines.stream().filter(l -> l.unit() == Unit.TKR && l.yearBudget() != null
                                    && l.yearBudget().sheet().equals(t.sheetName()) && l.yearBudget().row() == g.totalRow())
                            .findFirst().orElse(null);
                }
            }
        }
        return null;
    }

    /** The rows a monthly line can match, by normalised name: the first of each name, in tkr, with a full-year budget. */
    private static Map<String, DeviationLine> byName(List<DeviationLine> lines) {
        Map<String, DeviationLine> byName = new HashMap<>();
        for (DeviationLine l : lines) {
            if (l.unit() == Unit.TKR && l.yearBudget() != null) {
                byName.putIfAbsent(Vocabulary.normalise(l.label()), l);
            }
        }
        return byName;
    }
}
