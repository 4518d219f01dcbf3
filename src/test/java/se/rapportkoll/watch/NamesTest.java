package se.rapportkoll.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"~$budget.xlsx", ".~lock.budget.xlsx#", "budget.tmp", "BUDGET.TMP", ".hidden.xlsx", ".budget.xlsx.1a2b.tmp"})
    void officeLockTempAndHiddenFilesAreIgnored(String name) {
        assertTrue(Names.isIgnored(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"budget.xlsx", "Delårsrapport aug.xlsm", "rapport.csv", "tmp.xlsx"})
    void workbooksAndOtherDropsAreNotIgnored(String name) {
        assertFalse(Names.isIgnored(name));
    }

    @Test
    void resultsFollowProcessNamingAndTakeTheFirstCounterFreeForBoth() {
        assertEquals(List.of("budget-rapportkoll.xlsx", "budget-rapportkoll.json"), Names.results("budget.xlsx", n -> false));
        assertEquals(List.of("m-rapportkoll.xlsm", "m-rapportkoll.json"), Names.results("m.xlsm", n -> false));
        Set<String> taken = Set.of("budget-rapportkoll.json", "budget-rapportkoll (2).xlsx");
        assertEquals(List.of("budget-rapportkoll (3).xlsx", "budget-rapportkoll (3).json"), Names.results("budget.xlsx", taken::contains));
    }

    @Test
    void archiveNameCarriesTheClaimTime() {
        LocalDateTime t = LocalDateTime.of(2025, 6, 1, 14, 3, 22);
        assertEquals("budget_20250601-140322.xlsx", Names.archive("budget.xlsx", t, n -> false));
        assertEquals("budget_20250601-140322 (2).xlsx",
                Names.archive("budget.xlsx", t, Set.of("budget_20250601-140322.xlsx")::contains));
    }

    @Test
    void failureKeepsTheNameAndPairsTheFelText() {
        assertEquals(List.of("budget.xlsx", "budget.fel.txt"), Names.failure("budget.xlsx", n -> false));
        assertEquals(List.of("budget (2).xlsx", "budget (2).fel.txt"), Names.failure("budget.xlsx", Set.of("budget.fel.txt")::contains));
    }

    @Test
    void stableOnlyAfterUnchangedForTheStableTime() {
        Stability s = new Stability(Duration.ofSeconds(2), Duration.ofSeconds(10));
        var half = new Stability.Observation(100, 1);
        var full = new Stability.Observation(200, 2);
        assertEquals(Stability.Verdict.WAIT, s.observe("a.csv", half, 0, false));
        assertEquals(Stability.Verdict.WAIT, s.observe("a.csv", half, 1500, false));
        assertEquals(Stability.Verdict.WAIT, s.observe("a.csv", full, 2500, false), "a change restarts the clock");
        assertEquals(Stability.Verdict.WAIT, s.observe("a.csv", full, 4000, false));
        assertEquals(Stability.Verdict.READY, s.observe("a.csv", full, 4500, false));
    }

    @Test
    void aStableWorkbookIsCheckedForAZipUntilTheIncompleteTimeIsOver() {
        Stability s = new Stability(Duration.ofSeconds(2), Duration.ofSeconds(10));
        var o = new Stability.Observation(100, 1);
        s.observe("a.xlsx", o, 0, true);
        assertEquals(Stability.Verdict.CHECK_ZIP, s.observe("a.xlsx", o, 2000, true));
        assertEquals(Stability.Verdict.CHECK_ZIP, s.observe("a.xlsx", o, 9999, true));
        assertEquals(Stability.Verdict.READY, s.observe("a.xlsx", o, 10000, true));
    }

    @Test
    void anEmptyWorkbookIsHandedOnAfterTheShortEmptyWaitNotTheIncompleteOne() {
        Stability s = new Stability(Duration.ofSeconds(2), Duration.ofSeconds(120));
        var empty = new Stability.Observation(0, 1);
        s.observe("a.xlsx", empty, 0, true);
        assertEquals(Stability.Verdict.CHECK_ZIP, s.observe("a.xlsx", empty, 2000, true), "a copy may not have begun");
        assertEquals(Stability.Verdict.CHECK_ZIP, s.observe("a.xlsx", empty, Stability.EMPTY_WAIT.toMillis() - 1, true));
        assertEquals(Stability.Verdict.READY, s.observe("a.xlsx", empty, Stability.EMPTY_WAIT.toMillis(), true));

        var written = new Stability.Observation(5000, 2);
        s.observe("b.xlsx", empty, 0, true);
        assertEquals(Stability.Verdict.WAIT, s.observe("b.xlsx", written, 9000, true), "the copy began: its clock restarts");
        assertEquals(Stability.Verdict.CHECK_ZIP, s.observe("b.xlsx", written, 9000 + Stability.EMPTY_WAIT.toMillis(), true),
                "and a file with bytes waits for the incomplete time");
    }

    @Test
    void theEmptyWaitIsNeverShorterThanTheStableTimeNorLongerThanTheIncompleteOne() {
        var empty = new Stability.Observation(0, 1);
        Stability slow = new Stability(Duration.ofSeconds(30), Duration.ofSeconds(120));
        slow.observe("a.xlsx", empty, 0, true);
        assertEquals(Stability.Verdict.WAIT, slow.observe("a.xlsx", empty, 29_999, true));
        assertEquals(Stability.Verdict.READY, slow.observe("a.xlsx", empty, 30_000, true));
        Stability impatient = new Stability(Duration.ofSeconds(1), Duration.ofSeconds(4));
        impatient.observe("a.xlsx", empty, 0, true);
        assertEquals(Stability.Verdict.READY, impatient.observe("a.xlsx", empty, 4000, true));
    }
}
