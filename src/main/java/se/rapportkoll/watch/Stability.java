package se.rapportkoll.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a dropped file is completely written. A file is ready when its size and modification
 * time have not changed for {@code stable}. A workbook that is not a complete zip yet (a copy that
 * paused) is not ready even then; only after it has stayed unchanged for {@code incomplete} is it
 * handed on (and then fails with the reader's message). An empty file is handed on (to fail as
 * empty) once it has been unchanged for {@link #EMPTY_WAIT}: a copy leaves a file at 0 bytes only
 * for a moment, but the wait for an incomplete zip is minutes. Time is passed in, so this is testable.
 */
public final class Stability {

    /** What the scan saw of one file. */
    public record Observation(long size, long modifiedMillis) {
    }

    public enum Verdict { WAIT, READY, CHECK_ZIP }

    /**
     * How long an empty file must stay unchanged before it is taken as the empty file it is: longer
     * than a copy program takes between creating a file and writing its first bytes, even on a
     * network share, and short enough that a controller who dropped it sees it in fel at once.
     */
    static final Duration EMPTY_WAIT = Duration.ofSeconds(10);

    private record Seen(Observation observation, long since) {
    }

    private final long stableMillis;
    private final long incompleteMillis;
    private final long emptyMillis;
    private final Map<String, Seen> seen = new HashMap<>();

    public Stability(Duration stable, Duration incomplete) {
        this.stableMillis = stable.toMillis();
        this.incompleteMillis = Math.max(incomplete.toMillis(), stable.toMillis());
        this.emptyMillis = Math.max(stableMillis, Math.min(incompleteMillis, EMPTY_WAIT.toMillis()));
    }

    /**
     * Records what a scan saw at {@code now}. WAIT: still changing or not unchanged long enough;
     * CHECK_ZIP: stable, a workbook should now be checked for being a complete zip; READY: process.
     */
    public Verdict observe(String name, Observation observation, long now, boolean expectsZip) {
        Seen last = seen.get(name);
        if (last == null || !last.observation().equals(observation)) {
            seen.put(name, new Seen(observation, now));
            return Verdict.WAIT;
        }
        long unchanged = now - last.since();
        if (unchanged < stableMillis) {
            return Verdict.WAIT;
        }
        if (expectsZip && unchanged < longestWait(observation).toMillis()) {
            return Verdict.CHECK_ZIP;
        }
        return Verdict.READY;
    }

    /** How long a stable workbook that is not a complete zip is waited for: shorter when it is empty. */
    public Duration longestWait(Observation observation) {
        return Duration.ofMillis(observation.size() == 0 ? emptyMillis : incompleteMillis);
    }

    /** Forgets files no longer in the inbox (claimed, or taken back by the user). */
    public void retain(Set<String> present) {
        seen.keySet().retainAll(present);
    }

    public void forget(String name) {
        seen.remove(name);
    }

    /** Whether any file is being watched for stability: the loop then looks again soon. */
    public boolean pending() {
        return !seen.isEmpty();
    }
}
