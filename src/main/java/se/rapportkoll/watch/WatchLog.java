package se.rapportkoll.watch;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** One line per file on stdout, and everything in a rotating log file {@code DIR/rapportkoll-watch.N.log}. */
final class WatchLog implements Closeable {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final int LIMIT_BYTES = 1024 * 1024;
    private static final int FILES = 5;

    private final PrintWriter out;
    private final Logger logger;
    private final FileHandler handler;

    WatchLog(Path root, PrintWriter out) throws IOException {
        this.out = out;
        // Its own logger, not a named one: two watchers in one JVM must not share handlers.
        this.logger = Logger.getAnonymousLogger();
        logger.setUseParentHandlers(false);
        this.handler = new FileHandler(root.resolve("rapportkoll-watch.%g.log").toString(), LIMIT_BYTES, FILES, true);
        handler.setEncoding("UTF-8");
        handler.setFormatter(new LineFormatter());
        logger.addHandler(handler);
    }

    /** The per-file line: on stdout and in the log. */
    synchronized void line(String text) {
        String line = LocalDateTime.now().format(TIME) + "\t" + text;
        out.println(line);
        out.flush();
        logger.info(text);
    }

    void info(String text) {
        logger.info(text);
    }

    void warn(String text, Throwable e) {
        logger.log(Level.WARNING, text, e);
    }

    /** Said to the user on stdout too (start, stop). */
    synchronized void say(String text) {
        out.println(text);
        out.flush();
        logger.info(text);
    }

    @Override
    public void close() {
        handler.close();
    }

    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder();
            sb.append(LocalDateTime.now().format(TIME)).append(' ').append(r.getLevel().getName()).append(' ')
                    .append(r.getMessage()).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
