package se.rapportkoll.gui;

import se.rapportkoll.launch.SampleRun;

/**
 * Processes the packaged sample once, in the background, as the window opens ({@link SampleRun}):
 * the JVM then has POI, XMLBeans and jxls loaded and partly compiled by the time the user has found
 * a file, and the first file takes about 0.3 s instead of about 2 s. It runs on a low-priority
 * thread beside the window's worker, so a file dropped at once is never queued behind it; it shows
 * nothing and only logs how long it took.
 */
final class WarmUp {

    /** Set to {@code false} to open the window without it. */
    static final String SWITCH = "rapportkoll.warmup";

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
                SampleRun.run();
                GuiLog.info("warm-up done in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } catch (Exception e) {
                GuiLog.info("warm-up skipped: " + e); // nothing the user did; the first file is only slower
            }
        }, "rapportkoll-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
