package se.rapportkoll.gui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The window's log file, {@code rapportkoll.log} in the {@link AppFolder}: under javaw nothing
 * printed is ever seen, so details of unexpected errors must go somewhere a person can find them.
 */
public final class GuiLog implements ErrorLog {

    private static final Logger LOG = Logger.getLogger("se.rapportkoll");
    private static final long MAX_BYTES = 1_000_000;

    private final Path file;

    private GuiLog(Path file) {
        this.file = file;
    }

    /** Sends the tool's logging to the file (started afresh when it passes about 1 MB). */
    public static GuiLog install(Path folder) {
        Path file = folder.resolve("rapportkoll.log");
        try {
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(file.toString().replace("%", "%%"), MAX_BYTES, 1, true);
            handler.setEncoding("UTF-8");
            handler.setFormatter(new LineFormatter());
            LOG.addHandler(handler);
            LOG.setLevel(Level.INFO);
        } catch (IOException | RuntimeException e) {
            // No log file is no reason not to open the window; the error dialog still names the path.
        }
        return new GuiLog(file);
    }

    public Path file() {
        return file;
    }

    @Override
    public Path record(String context, Throwable error) {
        LOG.log(Level.SEVERE, context, error);
        return file;
    }

    @Override
    public void note(String line) {
        LOG.info(line);
    }

    public static void info(String message) {
        LOG.info(message);
    }

    /** One line per record, then the stack trace: readable in Notepad. */
    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder()
                    .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME)).append(' ')
                    .append(r.getLevel()).append(' ').append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                sb.append(trace);
            }
            return sb.toString();
        }
    }
}
