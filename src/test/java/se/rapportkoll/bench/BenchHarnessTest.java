package se.rapportkoll.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark's pure parts: statistics, the child's result line, the table and verdicts. Nothing is timed here. */
class BenchHarnessTest {

    @Test
    void medianOfOddAndEvenCountsWithMinAndMax() {
        assertEquals(new Stats(3, 5, 1, 9), Stats.of(List.of(9.0, 1.0, 5.0)));
        assertEquals(new Stats(4, 4, 1, 9), Stats.of(List.of(9.0, 1.0, 5.0, 3.0)));
        assertTrue(Stats.of(List.of()).isEmpty());
    }

    @Test
    void childResultLineRoundTrips() {
        ChildResult r = new ChildResult("process", "kommun-04.xlsx", "ok", 3, List.of(12.5, 10.25), List.of(200.0, 210.5), List.of(2.5, 3.125), 8, 1385, 2877);
        String line = r.toLine();
        assertTrue(line.startsWith("BENCH\t"));
        assertEquals(r, ChildResult.parse(line).orElseThrow());
        assertTrue(ChildResult.parse("Skrev out.xlsx").isEmpty());
    }

    @Test
    void failureWithTabsStaysOneLineAndKeepsTheRunsBeforeIt() {
        ChildResult r = new ChildResult("process", "kommun-30.xlsx", "OutOfMemoryError: Java\theap\nspace", 1, List.of(), List.of(), List.of(), -1, -1, -1);
        ChildResult back = ChildResult.parse(r.toLine()).orElseThrow();
        assertEquals("OutOfMemoryError: Java heap space", back.status());
        assertFalse(back.ok());
        assertEquals(List.of(), back.millis());
    }

    @Test
    void tableShowsMediansRatiosAndFailures() {
        WorkbookResult ok = result("a.xlsx", List.of(150.0, 100.0, 120.0), List.of(100.0, 80.0, 90.0), "ok");
        WorkbookResult oom = result("b.xlsx", List.of(), List.of(1000.0), "OutOfMemoryError: Java heap space");
        String table = BenchReport.table(List.of(ok, oom));
        assertTrue(table.contains("| a.xlsx | 2 / 1 000 / 12 345 | 120 ms (100–150) | 90 ms (80–100) | 1.3 | – | 180 ms (160–200) | 0.7 |"), table);
        assertTrue(table.contains("failed: OutOfMemoryError: Java heap space"), table);
        assertEquals("18.2 s (17.9–19.0)", BenchReport.milliseconds(new Stats(3, 18_200, 17_900, 19_000)));
    }

    @Test
    void thePairedRatioIsShownAndJudgedWhereMeasured() {
        // apart, 120 / 90 = 1.3 is within 1.5; paired in one JVM, the rounds say 1.6, 1.8 and 2.0
        WorkbookResult apart = result("a.xlsx", List.of(150.0, 100.0, 120.0), List.of(100.0, 80.0, 90.0), "ok");
        ChildResult paired = new ChildResult("paired", "a.xlsx", "ok", 2, List.of(160.0, 170.0, 190.0), List.of(), List.of(2.0, 1.6, 1.8), -1, -1, -1);
        WorkbookResult both = new WorkbookResult("a.xlsx", 600, apart.process(), apart.poi(), apart.poiOnOutput(), paired,
                Stats.NONE, Stats.NONE, "–", Stats.NONE, "skipped");
        assertTrue(BenchReport.table(List.of(both)).contains("| 1.3 | 1.8 (1.6–2.0) |"), BenchReport.table(List.of(both)));
        assertEquals("- **not met**: process ≤ 1.5 × bare POI on every workbook: over on a.xlsx 1.8",
                BenchReport.verdicts(List.of(both), List.of(), false).get(0));
        assertEquals("- **met**: process ≤ 1.5 × bare POI on every workbook: all within",
                BenchReport.verdicts(List.of(apart), List.of(), false).get(0), "without a paired child, the separate medians");

        ChildResult failed = ChildResult.failed("paired", "a.xlsx", "no result within 240 s (killed)");
        WorkbookResult killed = new WorkbookResult("a.xlsx", 600, apart.process(), apart.poi(), apart.poiOnOutput(), failed,
                Stats.NONE, Stats.NONE, "–", Stats.NONE, "skipped");
        assertEquals("failed: no result within 240 s (killed)", BenchReport.pairedRatio(killed));
    }

    @Test
    void verdictsSayMetOrNotMetWithTheFigures() {
        WorkbookResult small = result("kommun-04.xlsx", List.of(100.0), List.of(90.0), "ok");
        WorkbookResult large = result("kommun-30.xlsx", List.of(), List.of(900.0), "OutOfMemoryError: Java heap space");
        List<String> verdicts = BenchReport.verdicts(List.of(small, large), List.of(small, large), false);
        assertEquals("- **not met**: process ≤ 1.5 × bare POI on every workbook: over on kommun-30.xlsx failed", verdicts.get(0));
        assertTrue(verdicts.get(1).startsWith("- for comparison, not a target of the issue: process ≤ 1.5 × POI on the output"), verdicts.get(1));
        assertTrue(verdicts.get(1).endsWith("over on kommun-30.xlsx failed"), verdicts.get(1));
        assertTrue(verdicts.get(3).startsWith("- **not met**: largest workbook (kommun-30.xlsx) within -Xmx1g"), verdicts.get(3));
        assertTrue(verdicts.get(4).startsWith("- **not met**: time growing linearly"), verdicts.get(4));

        List<String> linear = BenchReport.verdicts(List.of(small), List.of(small,
                result("kommun-08.xlsx", List.of(190.0), List.of(170.0), "ok")), false);
        // twice the formulas (same count here, so the per-formula time nearly doubles): not linear
        assertTrue(linear.get(4).startsWith("- **not met**: time growing linearly with size: time per formula of kommun-08.xlsx is 1.90"), linear.get(4));
    }

    @Test
    void growthExponentIsTheLogLogSlopeOverAllSizes() {
        // times 100, 200, 400 ms for 1 000, 2 000, 4 000 formulas: linear, k = 1; squares of them: k = 2
        List<WorkbookResult> linear = List.of(sized("a", 1000, 100), sized("b", 2000, 200), sized("c", 4000, 400));
        assertEquals(1.0, BenchReport.growthExponent(linear, WorkbookResult::processMillis), 1e-9);
        List<WorkbookResult> square = List.of(sized("a", 1000, 100), sized("b", 2000, 400), sized("c", 4000, 1600));
        assertEquals(2.0, BenchReport.growthExponent(square, WorkbookResult::processMillis), 1e-9);
        assertTrue(BenchReport.linearity(linear).contains("k = 1.00 for process"), BenchReport.linearity(linear));
    }

    private static WorkbookResult sized(String name, int formulas, double millis) {
        ChildResult p = new ChildResult("process", name, "ok", 1, List.of(millis), List.of(10.0), List.of(), -1, -1, -1);
        ChildResult b = new ChildResult("poi", name, "ok", 1, List.of(millis / 2), List.of(10.0), List.of(), 2, formulas / 2, formulas);
        return new WorkbookResult(name, formulas / 4, p, b, b, notMeasured(name), Stats.NONE, Stats.NONE, "–", Stats.NONE, "skipped");
    }

    private static WorkbookResult result(String name, List<Double> process, List<Double> poi, String status) {
        ChildResult p = new ChildResult("process", name, status, 1, process, process.stream().map(x -> 100.0).toList(), List.of(), -1, -1, -1);
        ChildResult b = new ChildResult("poi", name, "ok", 1, poi, poi.stream().map(x -> 20.0).toList(), List.of(), 2, 1000, 12345);
        ChildResult o = new ChildResult("poi_on_output", name, "ok", 1, poi.stream().map(x -> x * 2).toList(),
                poi.stream().map(x -> 30.0).toList(), List.of(), 4, 2000, 12345);
        return new WorkbookResult(name, 600, p, b, o, notMeasured(name), Stats.NONE, Stats.NONE, "–", Stats.NONE, "skipped");
    }

    /** A paired child that measured nothing (an older run, or -Dbench.runs=0): shown as "–", judged on the separate medians. */
    private static ChildResult notMeasured(String name) {
        return new ChildResult("paired", name, "ok", 0, List.of(), List.of(), List.of(), -1, -1, -1);
    }
}
