package se.rapportkoll.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One file to process: read {@code input}, write {@code result} and {@code report}, then the
 * {@link Status} to {@code status}. The labels are what the JSON report names as input and output
 * (paths relative to DIR, where the files end up), not the private work paths.
 */
public record Job(Path input, Path result, Path report, Path status, String inputLabel, String outputLabel,
                  String lang, Duration timeout) {

    List<String> toArgs() {
        return List.of(input.toString(), result.toString(), report.toString(), status.toString(), inputLabel, outputLabel, lang);
    }

    static Job fromArgs(String[] a) {
        return new Job(Path.of(a[0]), Path.of(a[1]), Path.of(a[2]), Path.of(a[3]), a[4], a[5], a[6], Duration.ZERO);
    }
}
