package se.rapportkoll.watch;

import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;

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
 * empty when there is none. {@code run} is what {@code process} would be given: language and analyses.
 */
public record Job(Path input, Path result, Path report, Path status, String inputLabel, String outputLabel,
                  RunOptions run, Duration timeout, String text) {

    public Job(Path input, Path result, Path report, Path status, String inputLabel, String outputLabel, RunOptions run,
               Duration timeout) {
        this(input, result, report, status, inputLabel, outputLabel, run, timeout, "");
    }

    /** The job as one line for a worker JVM's input: each field in Base64, so no file name can break the line. */
    String toLine() {
        return Stream.of(input.toString(), result.toString(), report.toString(), status.toString(), inputLabel, outputLabel,
                        run.language(), run.volumePrice().split().name(), Boolean.toString(run.volumePrice().mix()), text)
                .map(field -> Base64.getEncoder().encodeToString(field.getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(" "));
    }

    /** The job a line from {@link #toLine} describes; the time limit is the watcher's business, not the worker's. */
    static Job fromLine(String line) {
        String[] a = Arrays.stream(line.strip().split(" "))
                .map(field -> new String(Base64.getDecoder().decode(field), StandardCharsets.UTF_8)).toArray(String[]::new);
        if (a.length != 9 && a.length != 10) { // an empty text encodes as nothing at the end of the line
            throw new IllegalArgumentException("a job line has 10 fields, not " + a.length);
        }
        RunOptions run = new RunOptions(a[6], new VolumePriceOptions(VolumePriceOptions.Split.valueOf(a[7]), Boolean.parseBoolean(a[8])));
        return new Job(Path.of(a[0]), Path.of(a[1]), Path.of(a[2]), Path.of(a[3]), a[4], a[5], run, Duration.ZERO,
                a.length == 10 ? a[9] : "");
    }
}
