package se.rapportkoll.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import se.rapportkoll.i18n.Messages;

/** {@code rapportkoll watch DIR [--once]}: the command line's entry into the drop folder. */
public final class WatchCommand {

    /** Every file in inkorg went to klart or fel (--once), or the watcher was stopped. */
    public static final int OK = 0;
    /** DIR cannot be used (not a folder, no write permission). */
    public static final int DIR_UNUSABLE = 2;
    /** --once: some file could not be handled (left in inkorg or a move failed); see the log. */
    public static final int NOT_ALL_HANDLED = 4;
    /** How long a stop waits for each watcher's thread to end (a file in hand is interrupted and finished on the next start). */
    private static final long STOP_MILLIS = 10_000;

    private WatchCommand() {
    }

    /** @param workers how many files are processed at once, each by a watcher with its own worker JVM */
    public static int run(Path dir, boolean once, WatchOptions options, int workers, PrintWriter out, PrintWriter err) {
        Messages m = options.run().messages();
        List<Watcher> watchers;
        try {
            watchers = Watcher.startGroup(dir, options, workers, () -> new ChildProcessor(options.maxHeapMb()), out);
        } catch (IOException e) {
            err.println(m.get("watch.dirProblem", dir, e.getMessage()));
            err.flush();
            return DIR_UNUSABLE;
        }
        List<Thread> threads = new ArrayList<>();
        AtomicInteger problems = new AtomicInteger();
        for (Watcher watcher : watchers) {
            threads.add(new Thread(() -> {
                try {
                    if (once) {
                        problems.addAndGet(watcher.runOnce());
                    } else {
                        watcher.runForever();
                    }
                } catch (InterruptedException e) {
                    // stopped
                }
            }, "rapportkoll-watcher-" + (threads.size() + 1)));
        }
        // Ctrl+C or a service stop: finish cleanly; an unfinished claim is completed on the next start.
        // The JVM does not wait for this method's finally, so the hook closes the watchers itself: that
        // ends each worker in order (the first one writes the class archive as it exits).
        AtomicBoolean closed = new AtomicBoolean();
        Thread hook = new Thread(() -> {
            watchers.forEach(Watcher::stop);
            threads.forEach(Thread::interrupt);
            for (Thread t : threads) {
                try {
                    t.join(STOP_MILLIS);
                } catch (InterruptedException e) {
                    break;
                }
            }
            closeAll(watchers, closed);
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            if (problems.get() > 0) {
                err.println(m.get("watch.once.problems", problems.get(), watchers.get(0).folder().root()));
                err.flush();
                return NOT_ALL_HANDLED;
            }
            return OK;
        } catch (InterruptedException e) {
            return OK;
        } finally {
            closeAll(watchers, closed);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    /**
     * Closes the watchers once, the first last (it closes the shared log). The shutdown hook and
     * the ending run may both get here: the second waits until the first has finished, so the JVM
     * never ends while a worker is still being ended.
     */
    private static void closeAll(List<Watcher> watchers, AtomicBoolean closed) {
        synchronized (closed) {
            if (closed.getAndSet(true)) {
                return;
            }
            for (int i = watchers.size() - 1; i >= 0; i--) {
                try {
                    watchers.get(i).close();
                } catch (IOException ignored) {
                    // the log and lock go with the process anyway
                }
            }
        }
    }
}
