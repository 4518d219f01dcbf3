package se.rapportkoll.analyse.forecast;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the forecast sheet charts per line: this year's and last year's cumulative actuals by month,
 * and from the last month booked the trend forecast to December with its interval (straight lines
 * from the last month booked to December's bounds) and the controller's Prognos.
 */
public final class ChartSeries {

    /**
     * Charts beyond this many would bury the sheet (a whole municipality's monthly table has
     * thousands of cost centres) and cost more than the rest of the run: the lines the report
     * matches come first, then those with the largest actuals so far.
     */
    public static final int MAX_CHARTS = 20;

    private ChartSeries() {
    }

    /**
     * The lines to chart, at most {@code max}, in their table order: those matched to a row of the
     * report first, then by the size of this year's actuals so far.
     */
    public static List<LineForecast> charted(List<LineForecast> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        // Each line's actuals are summed once, not at every comparison of the sort.
        Map<LineForecast, Double> size = new IdentityHashMap<>();
        lines.forEach(f -> size.put(f, Math.abs(ForecastMethods.sum(f.line().months(f.year(), f.month())))));
        Comparator<LineForecast> weight = Comparator.comparing((LineForecast f) -> f.report() == null)
                .thenComparing(f -> -size.get(f));
        Set<LineForecast> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        lines.stream().sorted(weight).limit(max).forEach(chosen::add);
        return lines.stream().filter(chosen::contains).toList();
    }

    /**
     * Cumulative series by month (NaN = no point): this year, last year, trend, lower, upper, and the
     * controller's Prognos as a straight line from the last month booked to December.
     */
    public static double[][] series(LineForecast f) {
        double[][] methods = methodSeries(f);
        double[][] all = java.util.Arrays.copyOf(methods, 6);
        int m = f.month();
        all[5] = f.controllerForecast().filter(p -> m < 12).map(p -> {
            double[] path = nan();
            double booked = methods[0][m - 1];
            for (int k = m; k <= 12; k++) {
                path[k - 1] = booked + (p - booked) * (k - m) / (12 - m);
            }
            return path;
        }).orElse(null);
        return all;
    }

    private static double[][] methodSeries(LineForecast f) {
        int m = f.month();
        double[] current = f.line().months(f.year(), m);
        double[] last = f.line().months(f.year() - 1, 12);
        double[] thisYear = nan();
        double cum = 0;
        for (int k = 1; k <= m; k++) {
            cum += current[k - 1];
            thisYear[k - 1] = cum;
        }
        double[] lastYear = null;
        if (last != null) {
            lastYear = nan();
            double c = 0;
            for (int k = 1; k <= 12; k++) {
                c += last[k - 1];
                lastYear[k - 1] = c;
            }
        }
        var trend = f.estimate(Method.TREND);
        if (trend.isEmpty() || m == 12) {
            return new double[][] {thisYear, lastYear, null, null, null};
        }
        SimpleRegression ols = new SimpleRegression();
        for (int k = 1; k <= m; k++) {
            ols.addData(k, current[k - 1]);
        }
        double[] path = nan();
        double[] low = nan();
        double[] high = nan();
        path[m - 1] = cum;
        double c = cum;
        for (int k = m + 1; k <= 12; k++) {
            c += ols.getIntercept() + ols.getSlope() * k;
            path[k - 1] = c;
        }
        Estimate e = trend.get();
        if (e.lower() == null) {
            return new double[][] {thisYear, lastYear, path, null, null};
        }
        // straight from the last month booked to December's bounds: a cumulative path never turns back
        for (int k = m; k <= 12; k++) {
            double share = (k - m) / (double) (12 - m);
            low[k - 1] = cum + (e.lower() - cum) * share;
            high[k - 1] = cum + (e.upper() - cum) * share;
        }
        return new double[][] {thisYear, lastYear, path, low, high};
    }

    private static double[] nan() {
        double[] a = new double[12];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

}
