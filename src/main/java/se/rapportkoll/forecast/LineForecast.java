package se.rapportkoll.forecast;

import se.rapportkoll.analyse.DeviationLine;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The forecasts of one line of a monthly table made at month {@code month} of {@code year}, how
 * each method would have done at the same month last year ({@code backtestErrors}: forecast minus
 * last year's outcome, absent where it could not be made), and the report's own row for the line
 * (budget and the controller's Prognos), or null when no budget table has a row of that name.
 */
public record LineForecast(MonthlyTable table, MonthlyTable.Line line, int year, int month,
                           List<Estimate> estimates, Map<Method, Double> backtestErrors, DeviationLine report) {

    public String label() {
        return line.label();
    }

    public Optional<Estimate> estimate(Method method) {
        return estimates.stream().filter(e -> e.method() == method).findFirst();
    }

    /** The method whose backtest error was smallest, if any could be backtested. */
    public Optional<Method> best() {
        return backtestErrors.entrySet().stream()
                .min(Map.Entry.comparingByValue((a, b) -> Double.compare(Math.abs(a), Math.abs(b))))
                .map(Map.Entry::getKey);
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

    public double actualSoFar() {
        return ForecastMethods.sum(line.months(year, month));
    }
}
