package se.rapportkoll.analyse.forecast;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constructed monthly series whose full-year forecasts are known exactly. */
class ForecastMethodsTest {

    private static final double EPS = 1e-6;
    /** A pure seasonal pattern: sums to 1 200 a year, December heavy, July light. */
    private static final double[] PATTERN = {100, 90, 100, 100, 100, 95, 60, 90, 105, 110, 110, 140};

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    /** y_k = a + b·k for months k = 1..n. */
    private static double[] line(int n, double a, double b) {
        double[] y = new double[n];
        for (int k = 1; k <= n; k++) {
            y[k - 1] = a + b * k;
        }
        return y;
    }

    @Test
    void constantSeriesGivesTwelveTimesTheMonthByEveryMethod() {
        double[] eight = constant(8, -30);
        assertEquals(-360, ForecastMethods.runRate(eight).orElseThrow().fullYear(), EPS);
        assertEquals(-360, ForecastMethods.seasonal(eight, constant(12, -25)).orElseThrow().fullYear(), EPS);
        Estimate trend = ForecastMethods.trend(eight).orElseThrow();
        assertEquals(-360, trend.fullYear(), EPS);
        assertEquals(-360, trend.lower(), EPS, "no scatter, no width");
        assertEquals(-360, trend.upper(), EPS);
        double[] history = constant(32, -30);
        assertEquals(-360, ForecastMethods.ets(history, 8).orElseThrow().fullYear(), EPS);
        assertEquals(-30 * 8 - 100, ForecastMethods.budgetRemainder(eight, -250.0, -350.0).orElseThrow().fullYear(), EPS);
    }

    @Test
    void straightLineIsExtendedExactlyByTheTrendAndUnderestimatedByRunRate() {
        double[] eight = line(8, 10, 2); // 12, 14, ..., 26
        double fullYear = 12 * 10 + 2 * 78; // Σ_{k=1..12} (10 + 2k)
        Estimate trend = ForecastMethods.trend(eight).orElseThrow();
        assertEquals(fullYear, trend.fullYear(), EPS);
        assertEquals(fullYear, trend.lower(), 1e-6);
        assertEquals(fullYear, trend.upper(), 1e-6);
        assertEquals((8 * 10 + 2 * 36) / 8.0 * 12, ForecastMethods.runRate(eight).orElseThrow().fullYear(), EPS);
    }

    @Test
    void trendIntervalWidensWithScatterAndMatchesTheClosedForm() {
        // months 1..6: 10, 14, 10, 14, 10, 14 → OLS x̄ = 3.5, ȳ = 12, Sxx = 17.5, Sxy = 6: slope 12/35, intercept 12 − 3.5·12/35
        double[] y = {10, 14, 10, 14, 10, 14};
        Estimate e = ForecastMethods.trend(y).orElseThrow();
        double b = 6 / 17.5, a = 12 - 3.5 * b;
        double remaining = 0;
        double spread = 0;
        for (int k = 7; k <= 12; k++) {
            remaining += a + b * k;
            spread += k - 3.5;
        }
        assertEquals(72 + remaining, e.fullYear(), EPS);
        double sse = 0;
        for (int k = 1; k <= 6; k++) {
            double r = y[k - 1] - (a + b * k);
            sse += r * r;
        }
        double s2 = sse / 4;
        double t = 2.7764451051977987; // t(0.975, 4 df)
        double half = t * Math.sqrt(s2 * (6 + 36 / 6.0 + spread * spread / 17.5));
        assertEquals(e.fullYear() - half, e.lower(), 1e-6);
        assertEquals(e.fullYear() + half, e.upper(), 1e-6);
    }

    @Test
    void trendNeedsSixMonths() {
        assertTrue(ForecastMethods.trend(new double[] {5, 7, 9, 11, 13}).isEmpty());
        assertEquals(12 * 3 + 2 * 78, ForecastMethods.trend(line(6, 3, 2)).orElseThrow().fullYear(), EPS); // line 3 + 2k
    }

    @Test
    void trendIntervalNeverTakesBackWhatIsBooked() {
        // revenue booked in lumps: the remaining months' interval would reach below 0, so the full year's below what is booked
        double[] lumps = {0, 0, 90, 0, 0, 80};
        Estimate revenue = ForecastMethods.trend(lumps).orElseThrow();
        assertEquals(170, revenue.lower(), EPS);
        assertTrue(revenue.upper() > revenue.fullYear());
        double[] costs = java.util.Arrays.stream(lumps).map(v -> -v).toArray();
        Estimate cost = ForecastMethods.trend(costs).orElseThrow();
        assertEquals(-170, cost.upper(), EPS);
        assertTrue(cost.lower() < cost.fullYear());
    }

    @Test
    void runRateSeasonalAndEtsNeedThreeMonthsBooked() {
        assertTrue(ForecastMethods.runRate(new double[] {5, 7}).isEmpty());
        assertTrue(ForecastMethods.seasonal(new double[] {5, 7}, constant(12, 6)).isEmpty());
        assertTrue(ForecastMethods.ets(constant(26, 1), 2).isEmpty());
        assertEquals(60, ForecastMethods.runRate(new double[] {5, 5, 5}).orElseThrow().fullYear(), EPS);
    }

    @Test
    void seasonalNeedsAShareBookedByTheMonthNotCloseToZero() {
        double[] lateLumps = new double[12];
        lateLumps[0] = 4; // 4 % of the year by March: below half of an even spread's 25 %
        lateLumps[11] = 96;
        assertTrue(ForecastMethods.seasonal(new double[] {10, 10, 10}, lateLumps).isEmpty());
        lateLumps[1] = 9; // 13 / 109 ≈ 11.9 %: just under 12.5 %
        assertTrue(ForecastMethods.seasonal(new double[] {10, 10, 10}, lateLumps).isEmpty());
        lateLumps[2] = 4; // 17 / 113 ≈ 15 %
        assertEquals(30 / (17.0 / 113), ForecastMethods.seasonal(new double[] {10, 10, 10}, lateLumps).orElseThrow().fullYear(), EPS);
    }

    @Test
    void pureSeasonalPatternIsForecastExactlyBySeasonalAndEtsButNotByRunRate() {
        double[] eight = java.util.Arrays.copyOf(PATTERN, 8);
        double soFar = 100 + 90 + 100 + 100 + 100 + 95 + 60 + 90;
        assertEquals(1200, ForecastMethods.seasonal(eight, PATTERN).orElseThrow().fullYear(), EPS);
        assertEquals(soFar / 8 * 12, ForecastMethods.runRate(eight).orElseThrow().fullYear(), EPS);
        double[] history = new double[24 + 8];
        for (int t = 0; t < history.length; t++) {
            history[t] = PATTERN[t % 12];
        }
        assertEquals(1200, ForecastMethods.ets(history, 8).orElseThrow().fullYear(), EPS);
    }

    @Test
    void etsReproducesALinePlusASeasonalPattern() {
        double[] history = new double[24 + 6];
        double fullYear = 0;
        for (int t = 0; t < 36; t++) {
            double v = 500 + 3 * t + PATTERN[t % 12] - 100;
            if (t < history.length) {
                history[t] = v;
            }
            if (t >= 24) {
                fullYear += v;
            }
        }
        assertEquals(fullYear, ForecastMethods.ets(history, 6).orElseThrow().fullYear(), 1e-6);
    }

    @Test
    void etsNeedsTwentyFourMonths() {
        assertTrue(ForecastMethods.ets(constant(23, 1), 11).isEmpty());
        assertFalse(ForecastMethods.ets(constant(24, 1), 12).isEmpty());
    }

    @Test
    void seasonalNeedsAFullPreviousYearWithSomethingBookedByTheMonth() {
        assertTrue(ForecastMethods.seasonal(new double[] {1, 2, 3}, new double[] {1, 2, 3}).isEmpty());
        double[] nothingEarly = new double[12];
        nothingEarly[11] = 100;
        assertTrue(ForecastMethods.seasonal(new double[] {1, 2, 3}, nothingEarly).isEmpty());
    }

    @Test
    void backtestComparesLastYearsForecastAtTheSameMonthWithLastYearsOutcome() {
        // three years of the seasonal pattern, the middle one 10 % higher: the seasonal profile of the
        // first year forecasts the second exactly, run-rate misses by its seasonal bias
        Map<YearMonth, Double> values = new HashMap<>();
        for (int m = 1; m <= 12; m++) {
            values.put(YearMonth.of(2023, m), PATTERN[m - 1]);
            values.put(YearMonth.of(2024, m), PATTERN[m - 1] * 1.1);
            if (m <= 8) {
                values.put(YearMonth.of(2025, m), PATTERN[m - 1]);
            }
        }
        Map<Method, Double> errors = ForecastAnalysis.backtest(values, 2025, 8);
        assertEquals(0, errors.get(Method.SEASONAL), 1e-6);
        double soFar2024 = (100 + 90 + 100 + 100 + 100 + 95 + 60 + 90) * 1.1;
        assertEquals(soFar2024 / 8 * 12 - 1320, errors.get(Method.RUN_RATE), 1e-6);
        assertTrue(errors.containsKey(Method.TREND));
        assertFalse(errors.containsKey(Method.ETS), "only 20 months before August 2024");
        assertFalse(errors.containsKey(Method.BUDGET_REMAINDER), "no budget for last year");
        List<Estimate> now = ForecastAnalysis.estimates(values, 2025, 8, null, null);
        assertEquals(List.of(Method.RUN_RATE, Method.SEASONAL, Method.TREND, Method.ETS),
                now.stream().map(Estimate::method).toList());
        assertEquals(1200 / 1.0, now.get(1).fullYear(), 1e-6, "2024's profile is 2023's scaled");
    }
}
