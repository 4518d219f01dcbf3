package se.rapportkoll.analyse.forecast;

/**
 * Additive Holt-Winters exponential smoothing with a 12-month season. The start values come from
 * the first two seasons (level and slope from their means, the season from the first year's
 * departures from that line), so a series that is exactly a line plus a fixed monthly pattern is
 * reproduced without error. The smoothing parameters are chosen by a grid search minimising the
 * squared one-step errors, which is what Excel fits for FORECAST.ETS, if not its exact optimiser.
 */
final class Ets {

    private static final int SEASON = ForecastMethods.SEASON;
    private static final double STEP = 0.05;

    /** The state after the last observation; {@code seasonal[i]} belongs to month index i (t mod 12). */
    record Fit(double level, double slope, double[] seasonal, int length, double alpha, double beta, double gamma, double sse) {

        /** Forecast h months after the last observation. */
        double forecast(int h) {
            return level + h * slope + seasonal[(length - 1 + h) % SEASON];
        }
    }

    private Ets() {
    }

    static Fit fit(double[] y) {
        // The start values do not depend on the parameters: computed once, then each of the 6 859
        // grid points smooths a copy of them without allocating; the Fit is built for the best only.
        double[] startSeason = new double[SEASON];
        double[] start = start(y, startSeason);
        double[] season = new double[SEASON];
        double[] state = new double[2];
        double bestSse = 0;
        double[] best = null;
        for (double a = STEP; a < 1; a += STEP) {
            for (double b = STEP; b < 1; b += STEP) {
                for (double g = STEP; g < 1; g += STEP) {
                    System.arraycopy(start, 0, state, 0, 2);
                    System.arraycopy(startSeason, 0, season, 0, SEASON);
                    double sse = smooth(y, a, b, g, state, season);
                    if (best == null || sse < bestSse - 1e-9) {
                        bestSse = sse;
                        best = new double[] {a, b, g};
                    }
                }
            }
        }
        return run(y, best[0], best[1], best[2]);
    }

    static Fit run(double[] y, double alpha, double beta, double gamma) {
        double[] seasonal = new double[SEASON];
        double[] state = start(y, seasonal);
        double sse = smooth(y, alpha, beta, gamma, state, seasonal);
        return new Fit(state[0], state[1], seasonal, y.length, alpha, beta, gamma, sse);
    }

    /**
     * Level and slope from the means of the first two seasons, and the first year's departures
     * from that line into {@code seasonal}; returns {level at t = 11, slope}.
     */
    private static double[] start(double[] y, double[] seasonal) {
        double mean1 = mean(y, 0);
        double mean2 = mean(y, SEASON);
        double slope = (mean2 - mean1) / SEASON;
        // the first year's mean sits at its middle (t = 5.5 for t = 0..11); the level is that of t = 11
        double level = mean1 + slope * (SEASON - 1 - (SEASON - 1) / 2.0);
        for (int t = 0; t < SEASON; t++) {
            seasonal[t] = y[t] - (mean1 + slope * (t - (SEASON - 1) / 2.0));
        }
        return new double[] {level, slope};
    }

    /** Smooths from the second season on, updating {level, slope} and the season; returns the squared one-step errors. */
    private static double smooth(double[] y, double alpha, double beta, double gamma, double[] state, double[] seasonal) {
        double level = state[0];
        double slope = state[1];
        double sse = 0;
        for (int t = SEASON; t < y.length; t++) {
            int i = t % SEASON;
            double predicted = level + slope + seasonal[i];
            double error = y[t] - predicted;
            sse += error * error;
            double newLevel = alpha * (y[t] - seasonal[i]) + (1 - alpha) * (level + slope);
            slope = beta * (newLevel - level) + (1 - beta) * slope;
            seasonal[i] = gamma * (y[t] - newLevel) + (1 - gamma) * seasonal[i];
            level = newLevel;
        }
        state[0] = level;
        state[1] = slope;
        return sse;
    }

    private static double mean(double[] y, int from) {
        double s = 0;
        for (int t = from; t < from + SEASON; t++) {
            s += y[t];
        }
        return s / SEASON;
    }
}
