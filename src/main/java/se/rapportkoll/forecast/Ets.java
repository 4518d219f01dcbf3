package se.rapportkoll.forecast;

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
        Fit best = null;
        for (double a = STEP; a < 1; a += STEP) {
            for (double b = STEP; b < 1; b += STEP) {
                for (double g = STEP; g < 1; g += STEP) {
                    Fit f = run(y, a, b, g);
                    if (best == null || f.sse() < best.sse() - 1e-9) {
                        best = f;
                    }
                }
            }
        }
        return best;
    }

    static Fit run(double[] y, double alpha, double beta, double gamma) {
        double mean1 = mean(y, 0);
        double mean2 = mean(y, SEASON);
        double slope = (mean2 - mean1) / SEASON;
        // the first year's mean sits at its middle (t = 5.5 for t = 0..11); the level is that of t = 11
        double level = mean1 + slope * (SEASON - 1 - (SEASON - 1) / 2.0);
        double[] seasonal = new double[SEASON];
        for (int t = 0; t < SEASON; t++) {
            seasonal[t] = y[t] - (mean1 + slope * (t - (SEASON - 1) / 2.0));
        }
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
        return new Fit(level, slope, seasonal, y.length, alpha, beta, gamma, sse);
    }

    private static double mean(double[] y, int from) {
        double s = 0;
        for (int t = from; t < from + SEASON; t++) {
            s += y[t];
        }
        return s / SEASON;
    }
}
