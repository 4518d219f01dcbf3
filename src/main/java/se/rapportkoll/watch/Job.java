package se.rapportkoll.watch;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One file to process: read {@code input}, write {@code result} and {@code report}, then the
 * {@link Status} to {@code status}. The labels are what the JSON report names as input and output
 * (paths relative to DIR, where the files end up), not the private work paths. {@code text} is the
 * report text dropped beside the workbook in inkorg (NAME.docx), checked too and left where it is;
 * empty when there is none.
 */
public record Job(Path input, Path result, Path report, Path status, String inputLabel, String outputLabel,
                  String lang, Duration timeout, String text) {

    public Job(Path input, Path result, Path report, Path status, String inputLabel, String outputLabel, String lang,
               Duration timeout) {
        this(input, result, report, status, inputLabel, outputLabel, lang, timeout, "");
    }

    /** The job as one line for a worker JVM's input: each field in Base64, so no file name can break the line. */
    String toLine() {
        return Stream.of(input.toString(), result.toString(), report.toString(), status.toString(), inputLabel, outputLabel, lang, text)
                .map(field -> Base64.getEncoder().encodeToString(field.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(" "));
    }

    /** The job a line from {@link #toLine} describes; the time limit is the watcher's business, not the worker's. */
    static Job fromLine(String line) {
        String[] a = Arrays.stream(line.strip().split(" "))
                .map(field -> new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8)).toArray(String[]::new);
        if (a.length != 7 && a.length != 8) { // an empty text encodes as nothing at the end of the line
            throw new IllegalArgumentException("a job line has 8 fields, not " + a.length);
        }
        return new Job(Path.of(a[0]), Path.of(a[1]), Path.of(a[2]), Path.of(a[3]), a[4], a[5], a[6], Duration.ZERO,
                a.length == 8 ? a[7] : "");
    }
}
