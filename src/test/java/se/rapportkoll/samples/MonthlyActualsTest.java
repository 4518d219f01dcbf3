package se.rapportkoll.samples;

import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The constructed months add up exactly to the published period totals. */
class MonthlyActualsTest {

    private static long sum(Map<YearMonth, Long> line, int year, int from, int to) {
        long s = 0;
        for (int m = from; m <= to; m++) {
            s += line.get(YearMonth.of(year, m));
        }
        return s;
    }

    @Test
    void monthsAddUpToThePublishedTotals() {
        var lines = MonthlyActuals.upTo(YearMonth.of(2025, 8));
        var rev = lines.get("Intäkter");
        var cost = lines.get("Kostnader");
        var net = lines.get("Summa Driftbudget");
        assertEquals(51993, sum(rev, 2023, 1, 12));
        assertEquals(-367826, sum(cost, 2023, 1, 12));
        assertEquals(2057, sum(rev, 2024, 1, 2));
        assertEquals(-48208, sum(cost, 2024, 1, 2));
        assertEquals(31529, sum(rev, 2024, 1, 8));
        assertEquals(-270669, sum(cost, 2024, 1, 8));
        assertEquals(-239140, sum(net, 2024, 1, 8));
        assertEquals(MonthlyActuals.REVENUES_2024, sum(rev, 2024, 1, 12));
        assertEquals(MonthlyActuals.COSTS_2024, sum(cost, 2024, 1, 12));
        assertEquals(18724, sum(rev, 2025, 1, 2));
        assertEquals(-68859, sum(cost, 2025, 1, 2));
        assertEquals(48751, sum(rev, 2025, 1, 8));
        assertEquals(-286535, sum(cost, 2025, 1, 8));
        assertEquals(-237784, sum(net, 2025, 1, 8));
        assertEquals(20 + 12, rev.size());
    }
}
