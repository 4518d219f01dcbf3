package se.rapportkoll.watch;

import se.rapportkoll.pipeline.RunOptions;

import java.time.Duration;

/**
 * How a watcher behaves.
 *
 * @param stable     a file is complete when size and modification time stayed unchanged this long
 * @param incomplete an .xlsx/.xlsm that is stable but not yet a complete zip is waited for this long
 *                   (unchanged) before it is processed anyway, and then goes to fel
 * @param timeout    time limit for processing one file
 * @param scan       interval of the authoritative scan of inkorg
 * @param maxHeapMb  heap cap of the JVM that processes one file
 * @param run        language (stdout lines, fel texts, the result's sheets) and analyses, as for {@code process}
 */
public record WatchOptions(Duration stable, Duration incomplete, Duration timeout, Duration scan, int maxHeapMb, RunOptions run) {

    public static WatchOptions defaults() {
        return new WatchOptions(Duration.ofSeconds(3), Duration.ofSeconds(120), Duration.ofSeconds(300),
                Duration.ofSeconds(5), 1024, RunOptions.swedish());
    }

    /** How often to look while a file is waiting to become stable: faster than a full scan interval. */
    Duration pendingPoll() {
        long ms = Math.max(50, Math.min(scan.toMillis(), stable.toMillis() / 4));
        return Duration.ofMillis(ms);
    }
}
