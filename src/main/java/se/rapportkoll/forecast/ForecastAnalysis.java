package se.rapportkoll.forecast;

import se.rapportkoll.analyse.DeviationLine;
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
     * row of the same name (case and spacing ignored) in a table in tkr.
     */
    public static List<LineForecast> analyse(List<MonthlyTable> tables, List<DeviationLine> reportLines) {
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
                Double periodBudget = report == null || report.periodBudget() == null ? null : report.periodBudget().value();
                Double yearBudget = report == null || report.yearBudget() == null ? null : report.yearBudget().value();
                // the period budget only counts when it covers the same months as the monthly actuals
                if (report != null && report.periodActual() != null && report.periodActual().value() != null
                        && Math.abs(report.periodActual().value() - ForecastMethods.sum(current)) > 0.5 + current.length * 0.5) {
                    periodBudget = null;
                }
                List<Estimate> estimates = estimates(line.values(), latest.getYear(), latest.getMonthValue(), periodBudget, yearBudget);
                out.add(new LineForecast(table, line, latest.getYear(), latest.getMonthValue(), estimates,
                        backtest(line.values(), latest.getYear(), latest.getMonthValue()), report));
            }
        }
        return List.copyOf(out);
    }

    /** Every method that can be applied at month {@code month} of {@code year}. */
    public static List<Estimate> estimates(Map<YearMonth, Double> values, int year, int month,
                                           Double periodBudget, Double yearBudget) {
        double[] current = MonthlyTable.months(values, year, month);
        if (current == null) {
            return List.of();
        }
        List<Estimate> out = new ArrayList<>();
        out.add(ForecastMethods.runRate(current));
        ForecastMethods.seasonal(current, MonthlyTable.months(values, year - 1, 12)).ifPresent(out::add);
        ForecastMethods.trend(current).ifPresent(out::add);
        ForecastMethods.ets(history(values, YearMonth.of(year, month)), month).ifPresent(out::add);
        ForecastMethods.budgetRemainder(current, periodBudget, yearBudget).ifPresent(out::add);
        return List.copyOf(out);
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
