package se.rapportkoll.launch;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Processes a packaged sample (the August report) in a temporary folder of its own, removed
 * afterwards: what the window does as it opens, so that the user's first file finds POI, XMLBeans
 * and jxls loaded and compiled, and what the JVM that writes the class archive runs ({@link #main}),
 * so that the archive holds the classes a real run needs.
 */
public final class SampleRun {

    static final String SAMPLE = "delarsrapport-aug-2025.xlsx";

    private SampleRun() {
    }

    /** The JVM that writes the class archive as it exits: exit 0 when the sample was processed. */
    public static void main(String[] args) {
        try {
            run();
            System.exit(0);
        } catch (Exception e) {
            System.exit(2);
        }
    }

    /** Copies the sample into a new temporary folder, processes it there and removes the folder. */
    public static Pipeline.Result run() throws Exception {
        Path folder = Files.createTempDirectory("rapportkoll-sample-");
        try {
            Path input = folder.resolve(SAMPLE);
            try (InputStream in = SampleRun.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IOException(SAMPLE + " is not packaged");
                }
                Files.copy(in, input);
            }
            return new Pipeline(RunOptions.swedish()).process(input, folder.resolve("ut.xlsx"), false);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
