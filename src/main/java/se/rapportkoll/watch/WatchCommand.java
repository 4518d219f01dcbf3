package se.rapportkoll.watch;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

import se.rapportkoll.i18n.Messages;

/** {@code rapportkoll watch DIR [--once]}: the command line's entry into the drop folder. */
public final class WatchCommand {

    /** Every file in inkorg went to klart or fel (--once), or the watcher was stopped. */
    public static final int OK = 0;
    /** DIR cannot be used (not a folder, no write permission). */
    public static final int DIR_UNUSABLE = 2;
    /** --once: some file could not be handled (left in inkorg or a move failed); see the log. */
    public static final int NOT_ALL_HANDLED = 4;

    private WatchCommand() {
    }

    public static int run(Path dir, boolean once, WatchOptions options, PrintWriter out, PrintWriter err) {
        Messages m = Messages.forLanguage(options.lang());
        Watcher watcher;
        try {
            watcher = Watcher.start(dir, options, new ChildProcessor(options.maxHeapMb()), out);
        } catch (IOException e) {
            err.println(m.get("watch.dirProblem", dir, e.getMessage()));
            err.flush();
            return DIR_UNUSABLE;
        }
        // Ctrl+C or a service stop: finish cleanly; an unfinished claim is completed on the next start.
        Thread main = Thread.currentThread();
        Thread hook = new Thread(() -> {
            watcher.stop();
            main.interrupt();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            if (once) {
                int problems = watcher.runOnce();
                if (problems > 0) {
                    err.println(m.get("watch.once.problems", problems, watcher.folder().root()));
                    err.flush();
                    return NOT_ALL_HANDLED;
                }
            } else {
                watcher.runForever();
            }
            return OK;
        } catch (InterruptedException e) {
            return OK;
        } finally {
            try {
                watcher.close();
            } catch (IOException ignored) {
                // the log and lock go with the process anyway
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }
}
