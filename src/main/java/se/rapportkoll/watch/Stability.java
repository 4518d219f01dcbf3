package se.rapportkoll.watch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a dropped file is completely written. A file is ready when its size and modification
 * time have not changed for {@code stable}. A workbook that is not a complete zip yet (a copy that
 * paused) is not ready even then; only after it has stayed unchanged for {@code incomplete} is it
 * handed on (and then fails with the reader's message). Time is passed in, so this is testable.
 */
public final class Stability {

    /** What the scan saw of one file. */
    public record Observation(long size, long modifiedMillis) {
    }

    public enum Verdict { WAIT, READY, CHECK_ZIP }

    private record Seen(Observation observation, long since) {
    }

    private final long stableMillis;
    private final long incompleteMillis;
    private final Map<String, Seen> seen = new HashMap<>();

    public Stability(Duration stable, Duration incomplete) {
        this.stableMillis = stable.toMillis();
        this.incompleteMillis = Math.max(incomplete.toMillis(), stable.toMillis());
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
        if (expectsZip && unchanged < incompleteMillis) {
            return Verdict.CHECK_ZIP;
        }
        return Verdict.READY;
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
