package se.rapportkoll.samples;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Constructed monthly actuals for the samples, in tkr: the reports publish only period totals, so
 * the months are spread over a plausible seasonal profile such that they add up exactly to the
 * published figures: Utfall 2023 (the plan's Driftbudget table), Utfall Jan - Feb and Jan - Aug
 * 2024 and 2025 (the two reports). The full year 2024 is not published in the material and is
 * itself constructed ({@link #REVENUES_2024}, {@link #COSTS_2024}).
 */
final class MonthlyActuals {

    static final String NOTE = "Månadsbelopp konstruerade för exempel; summorna stämmer med rapportens periodutfall "
            + "(2023: verksamhetsplanens Utfall 2023; helår 2024 är konstruerat).";
    static final long REVENUES_2024 = 48_600;
    static final long COSTS_2024 = -409_300;

    /** Relative size of each month: revenues are lumpy (grants), costs dip in July and peak in December. */
    private static final double[] REVENUE_PROFILE = {0.5, 0.6, 1.2, 1.0, 0.9, 1.3, 0.7, 1.0, 1.0, 1.1, 1.0, 1.6};
    private static final double[] COST_PROFILE = {0.95, 0.97, 1.0, 1.0, 1.02, 1.05, 0.80, 0.95, 1.0, 1.02, 1.03, 1.2};

    private MonthlyActuals() {
    }

    /** Line label → month → amount, for January 2023 up to and including {@code last}. */
    static Map<String, Map<YearMonth, Long>> upTo(YearMonth last) {
        Map<YearMonth, Long> revenues = new LinkedHashMap<>();
        Map<YearMonth, Long> costs = new LinkedHashMap<>();
        // segment totals: [year, fromMonth, toMonth, revenues, costs]
        long[][] segments = {
                {2023, 1, 12, 51_993, -367_826},
                {2024, 1, 2, 2_057, -48_208},
                {2024, 3, 8, 31_529 - 2_057, -270_669 + 48_208},
                {2024, 9, 12, REVENUES_2024 - 31_529, COSTS_2024 + 270_669},
                {2025, 1, 2, 18_724, -68_859},
                {2025, 3, 8, 48_751 - 18_724, -286_535 + 68_859}};
        for (long[] s : segments) {
            int year = (int) s[0];
            int from = (int) s[1];
            int to = (int) s[2];
            long[] r = spread(s[3], profile(REVENUE_PROFILE, year, from, to));
            long[] c = spread(s[4], profile(COST_PROFILE, year, from, to));
            for (int m = from; m <= to; m++) {
                revenues.put(YearMonth.of(year, m), r[m - from]);
                costs.put(YearMonth.of(year, m), c[m - from]);
            }
        }
        Map<String, Map<YearMonth, Long>> lines = new LinkedHashMap<>();
        lines.put("Intäkter", cut(revenues, last));
        lines.put("Kostnader", cut(costs, last));
        Map<YearMonth, Long> net = new LinkedHashMap<>();
        lines.get("Intäkter").forEach((m, v) -> net.put(m, v + lines.get("Kostnader").get(m)));
        lines.put("Summa Driftbudget", net);
        return lines;
    }

    static List<YearMonth> months(YearMonth last) {
        List<YearMonth> out = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2023, 1); !m.isAfter(last); m = m.plusMonths(1)) {
            out.add(m);
        }
        return out;
    }

    private static Map<YearMonth, Long> cut(Map<YearMonth, Long> all, YearMonth last) {
        Map<YearMonth, Long> out = new LinkedHashMap<>();
        all.forEach((m, v) -> {
            if (!m.isAfter(last)) {
                out.put(m, v);
            }
        });
        return out;
    }

    /** The profile's months, varied a little by year so that the years are not copies of each other. */
    private static double[] profile(double[] base, int year, int from, int to) {
        double[] w = new double[to - from + 1];
        for (int m = from; m <= to; m++) {
            w[m - from] = base[m - 1] * (1 + 0.04 * Math.sin(year * 7.0 + m * 1.3));
        }
        return w;
    }

    /** Whole tkr in proportion to the weights, adding up exactly to the total (largest remainders get the rest). */
    static long[] spread(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] out = new long[weights.length];
        double[] rest = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            out[i] = (long) Math.floor(exact);
            rest[i] = exact - out[i];
            assigned += out[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < rest.length; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
        }
        return out;
    }
}
