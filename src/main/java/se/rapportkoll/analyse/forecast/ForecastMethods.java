package se.rapportkoll.analyse.forecast;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The full-year forecasts, as pure functions of the months booked so far ({@code current}: months
 * 1..m of the year, m ≥ 1) and, where a method needs it, the previous years' months. Amounts are
 * signed as in the report (costs negative); every method is linear in them, so signs need no care.
 */
public final class ForecastMethods {

    /** Two-sided coverage of the trend's prediction interval. */
    public static final double CONFIDENCE = 0.95;
    /** The two-sided {@link #CONFIDENCE} quantile of Student's t by degrees of freedom (at most 11 of them are ever used). */
    private static final Map<Integer, Double> T_QUANTILES = new ConcurrentHashMap<>();
    static final int SEASON = 12;
    /**
     * Fewer months booked than this are nothing to scale up to a year (one lump in January is not a
     * year): run-rate, the seasonal pattern and exponential smoothing wait for them.
     */
    public static final int MIN_MONTHS = 3;
    /** A straight line through fewer months says nothing about the rest of the year. */
    public static final int TREND_MONTHS = 6;
    /** Exponential smoothing with a twelve-month season needs two seasons. */
    public static final int ETS_MONTHS = 2 * SEASON;

    private ForecastMethods() {
    }

    public static double sum(double[] values) {
        return Arrays.stream(values).sum();
    }

    /** Actual so far / months · 12; from {@link #MIN_MONTHS} months. */
    public static Optional<Estimate> runRate(double[] current) {
        return current.length < MIN_MONTHS ? Optional.empty()
                : Optional.of(Estimate.point(Method.RUN_RATE, sum(current) / current.length * SEASON));
    }

    /**
     * Actual so far / the share of last year's full-year outcome booked by the same month. Needs last
     * year's twelve months and a share not close to zero: at least half of what an even spread
     * over the months gives (revenue booked in lumps late last year would otherwise be scaled up
     * tenfold).
     */
    public static Optional<Estimate> seasonal(double[] current, double[] previousYear) {
        if (current.length < MIN_MONTHS) {
            return Optional.empty();
        }
        var share = share(current.length, previousYear);
        if (share.isEmpty() || share.getAsDouble() < minimumShare(current.length)) {
            return Optional.empty();
        }
        return Optional.of(Estimate.point(Method.SEASONAL, sum(current) / share.getAsDouble()));
    }

    /** The share of last year's full-year outcome booked by month {@code month}, absent without twelve months or a full year of 0. */
    static java.util.OptionalDouble share(int month, double[] previousYear) {
        if (previousYear == null || previousYear.length < SEASON) {
            return java.util.OptionalDouble.empty();
        }
        double full = sum(Arrays.copyOf(previousYear, SEASON));
        return full == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(sum(Arrays.copyOf(previousYear, month)) / full);
    }

    /** Half of an even spread's share by month {@code month}: below it the seasonal method does not apply. */
    static double minimumShare(int month) {
        return 0.5 * month / SEASON;
    }

    /**
     * A straight line fitted (OLS) on the current year's months, extended to December: actual so far
     * plus the line's values for the remaining months. The interval is the {@link #CONFIDENCE}
     * prediction interval of the sum of the remaining months (independent errors, t distribution
     * with m − 2 degrees of freedom), cut where it would take back what is already booked (the
     * remaining months of a revenue line below 0, of a cost line above 0). Needs
     * {@link #TREND_MONTHS} months.
     */
    public static Optional<Estimate> trend(double[] current) {
        int n = current.length;
        if (n < TREND_MONTHS) {
            return Optional.empty();
        }
        SimpleRegression ols = new SimpleRegression();
        for (int i = 0; i < n; i++) {
            ols.addData(i + 1, current[i]);
        }
        double a = ols.getIntercept();
        double b = ols.getSlope();
        int h = SEASON - n;
        double remaining = 0;
        double spread = 0; // Σ (x_k − x̄) over the remaining months
        double mean = (n + 1) / 2.0;
        for (int k = n + 1; k <= SEASON; k++) {
            remaining += a + b * k;
            spread += k - mean;
        }
        double point = sum(current) + remaining;
        if (h == 0) {
            return Optional.of(new Estimate(Method.TREND, point, point, point));
        }
        double sxx = n * (n * n - 1) / 12.0; // Σ (x_i − x̄)² for x = 1..n
        double s2 = ols.getSumSquaredErrors() / (n - 2);
        double variance = s2 * (h + (double) h * h / n + spread * spread / sxx);
        double t = T_QUANTILES.computeIfAbsent(n - 2, ForecastMethods::tQuantile);
        double half = t * Math.sqrt(Math.max(variance, 0));
        // the remaining months' interval on top of what is booked: never less than what is booked
        double booked = sum(current);
        double low = remaining - half;
        double high = remaining + half;
        if (booked >= 0) {
            low = Math.max(low, 0);
        } else {
            high = Math.min(high, 0);
        }
        return Optional.of(new Estimate(Method.TREND, point, booked + low, booked + high));
    }

    /** Without a random generator: the default one, seeded anew per distribution, cost more than the quantile. */
    private static double tQuantile(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.5 + CONFIDENCE / 2);
    }

    /**
     * Additive Holt-Winters (level, trend and a 12-month season, all additive: Excel's FORECAST.ETS
     * model AAA) on all months up to now, oldest first; needs at least 24. The current year's months
     * are the last {@code monthsThisYear} of {@code series}.
     */
    public static Optional<Estimate> ets(double[] series, int monthsThisYear) {
        if (series.length < ETS_MONTHS || monthsThisYear < MIN_MONTHS || monthsThisYear > SEASON) {
            return Optional.empty();
        }
        Ets.Fit fit = Ets.fit(series);
        double soFar = sum(Arrays.copyOfRange(series, series.length - monthsThisYear, series.length));
        double remaining = 0;
        for (int h = 1; h <= SEASON - monthsThisYear; h++) {
            remaining += fit.forecast(h);
        }
        return Optional.of(Estimate.point(Method.ETS, soFar + remaining));
    }

    /** Actual so far plus the budget of the remaining months (full-year budget minus the period budget). */
    public static Optional<Estimate> budgetRemainder(double[] current, Double periodBudget, Double yearBudget) {
        if (periodBudget == null || yearBudget == null) {
            return Optional.empty();
        }
        return Optional.of(Estimate.point(Method.BUDGET_REMAINDER, sum(current) + yearBudget - periodBudget));
    }
}
