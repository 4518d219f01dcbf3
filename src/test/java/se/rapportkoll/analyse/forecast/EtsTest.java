package se.rapportkoll.analyse.forecast;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EtsTest {

    /** The grid search done the plain way: a whole run per grid point, the first of equal fits kept. */
    private static Ets.Fit bruteForce(double[] y) {
        Ets.Fit best = null;
        for (double a = 0.05; a < 1; a += 0.05) {
            for (double b = 0.05; b < 1; b += 0.05) {
                for (double g = 0.05; g < 1; g += 0.05) {
                    Ets.Fit f = Ets.run(y, a, b, g);
                    if (best == null || f.sse() < best.sse() - 1e-9) {
                        best = f;
                    }
                }
            }
        }
        return best;
    }

    @Test
    void theFitIsTheBestRunOfTheGrid() {
        Random random = new Random(7);
        for (int k = 0; k < 4; k++) {
            double[] y = new double[24 + 4 * k];
            for (int t = 0; t < y.length; t++) {
                y[t] = 1000 + 5 * t + 200 * Math.sin(t * Math.PI / 6) + random.nextGaussian() * 40 * k;
            }
            Ets.Fit fit = Ets.fit(y);
            Ets.Fit expected = bruteForce(y);
            assertEquals(expected.alpha(), fit.alpha());
            assertEquals(expected.beta(), fit.beta());
            assertEquals(expected.gamma(), fit.gamma());
            assertEquals(expected.sse(), fit.sse());
            assertEquals(expected.level(), fit.level());
            assertEquals(expected.slope(), fit.slope());
            assertArrayEquals(expected.seasonal(), fit.seasonal());
        }
    }

    @Test
    void aLinePlusAFixedSeasonIsReproducedExactly() {
        double[] y = new double[30];
        for (int t = 0; t < y.length; t++) {
            y[t] = 500 + 3 * t + (t % 12 == 6 ? -120 : 10);
        }
        Ets.Fit fit = Ets.fit(y);
        assertEquals(0, fit.sse(), 1e-6);
        // month 31 (t = 30) is t mod 12 = 6: the summer dip
        assertEquals(500 + 3 * 30 - 120, fit.forecast(1), 1e-6);
    }
}
