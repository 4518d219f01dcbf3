package se.rapportkoll.analyse.forecast;

import se.rapportkoll.locate.MonthlyTable;

import se.rapportkoll.analyse.deviation.DeviationLine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forecasts of one line of a monthly table made at month {@code month} of {@code year}, how
 * each method would have done at the same month last year ({@code backtestErrors}: forecast minus
 * last year's outcome, absent where it could not be made), and the report's own row for the line
 * (budget and the controller's Prognos), or null when no budget table has a row of that name, and
 * the methods that do not apply, with the reason.
 */
public record LineForecast(MonthlyTable table, MonthlyTable.Line line, int year, int month,
                           List<Estimate> estimates, Map<Method, Double> backtestErrors, DeviationLine report,
                           List<NotApplicable> notApplicable) {

    /** A gap smaller than this share of the line's full-year budget raises no warning. */
    public static final double MATERIAL_SHARE = 0.01;

    public String label() {
        return line.label();
    }

    public Optional<Estimate> estimate(Method method) {
        return estimates.stream().filter(e -> e.method() == method).findFirst();
    }

    /**
     * The method that did clearly best at the same month last year: the smallest backtest error,
     * at most half the next smallest. Empty with fewer than two backtests or no clear winner.
     */
    public Optional<Method> best() {
        List<Map.Entry<Method, Double>> byError = backtestErrors.entrySet().stream()
                .sorted(Map.Entry.comparingByValue((a, b) -> Double.compare(Math.abs(a), Math.abs(b)))).toList();
        if (byError.size() < 2 || Math.abs(byError.get(0).getValue()) > Math.abs(byError.get(1).getValue()) / 2) {
            return Optional.empty();
        }
        return Optional.of(byError.get(0).getKey());
    }

    public double lowest() {
        return estimates.stream().mapToDouble(Estimate::fullYear).min().orElse(Double.NaN);
    }

    public double highest() {
        return estimates.stream().mapToDouble(Estimate::fullYear).max().orElse(Double.NaN);
    }

    /** The controller's full-year forecast for this line, if the report has one. */
    public Optional<Double> controllerForecast() {
        return report == null || report.forecast() == null ? Optional.empty() : Optional.ofNullable(report.forecast().value());
    }

    /**
     * How far the controller's forecast lies outside the methods' range, signed (negative: below the
     * lowest method), or empty when it lies within it or there is nothing to compare.
     */
    public Optional<Double> gapOutsideMethods() {
        if (estimates.size() < 2) {
            return Optional.empty();
        }
        return controllerForecast().flatMap(p -> {
            if (p < lowest()) {
                return Optional.of(p - lowest());
            }
            if (p > highest()) {
                return Optional.of(p - highest());
            }
            return Optional.empty();
        });
    }

    /**
     * The gap worth a warning: at least 1 % of the line's full-year budget, and the methods that
     * bound the range on that side were reliable last year (their backtest errors smaller than the
     * gap). Without a budget or a backtest of the bounding method there is no ground for an alarm.
     */
    public Optional<Double> materialGap() {
        Double budget = report == null || report.yearBudget() == null ? null : report.yearBudget().value();
        return gapOutsideMethods().filter(gap -> budget != null && Math.abs(gap) >= MATERIAL_SHARE * Math.abs(budget)
                && reliableBound(gap < 0 ? lowest() : highest(), Math.abs(gap)));
    }

    /** The methods at the bound (within half a tkr) that could be backtested were all closer last year than the gap, and there is one. */
    private boolean reliableBound(double bound, double gap) {
        List<Double> errors = estimates.stream().filter(e -> Math.abs(e.fullYear() - bound) <= 0.5)
                .map(e -> backtestErrors.get(e.method())).filter(java.util.Objects::nonNull).toList();
        return !errors.isEmpty() && errors.stream().allMatch(e -> Math.abs(e) < gap);
    }

    public double actualSoFar() {
        return ForecastMethods.sum(line.months(year, month));
    }
}
