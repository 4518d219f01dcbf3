package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Processes a packaged sample (the August report) once, in the background, as the window opens:
 * the JVM then has POI, XMLBeans and jxls loaded and partly compiled by the time the user has
 * found a file, and the first file takes about 0.3 s instead of about 2 s. It works in a temporary
 * folder of its own, removed afterwards, on a low-priority thread beside the window's worker, so a
 * file dropped at once is never queued behind it; it shows nothing and only logs how long it took.
 */
final class WarmUp {

    /** Set to {@code false} to open the window without it. */
    static final String SWITCH = "rapportkoll.warmup";
    static final String SAMPLE = "delarsrapport-aug-2025.xlsx";

    private WarmUp() {
    }

    /** Starts it unless switched off; the thread is a daemon, so closing the window never waits for it. */
    static void start() {
        if ("false".equalsIgnoreCase(System.getProperty(SWITCH))) {
            return;
        }
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                run();
                GuiLog.info("warm-up done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (Exception e) {
                GuiLog.info("warm-up skipped: " + e); // nothing the user did; the first file is only slower
            }
        }, "rapportkoll-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** Copies the sample into a new temporary folder, processes it there and removes the folder. */
    static Pipeline.Result run() throws Exception {
        Path folder = Files.createTempDirectory("rapportkoll-warm-up-");
        try {
            Path input = folder.resolve(SAMPLE);
            try (InputStream in = WarmUp.class.getResourceAsStream(SAMPLE)) {
                if (in == null) {
                    throw new IOException(SAMPLE + " is not packaged");
                }
                Files.copy(in, input);
            }
            return new Pipeline(Messages.forLanguage("sv")).process(input, folder.resolve("ut.xlsx"), false);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
