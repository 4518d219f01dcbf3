package se.rapportkoll.watch;

import java.util.Properties;

/**
 * How processing one claimed file ended, as the worker (child JVM or thread) reports it, or as the
 * watcher concludes when the worker reported nothing (time limit, out of memory, crash).
 */
public record Status(Kind kind, long errors, long warnings, long infos, String message) {

    public enum Kind {
        /** Output and report written (findings of severity fel included). */
        OK,
        /** The input is not a usable workbook; message says why and what to do. */
        INPUT,
        /** Stopped after the time limit. */
        TIMEOUT,
        /** Ran out of memory. */
        MEMORY,
        /** A fault in the tool or the worker died; message holds a short technical detail. */
        INTERNAL;

        /** After such a file the worker JVM may be in a bad state: it exits, and a fresh one takes the next file. */
        boolean endsWorker() {
            return this == MEMORY || this == INTERNAL;
        }
    }

    public static Status ok(long errors, long warnings, long infos) {
        return new Status(Kind.OK, errors, warnings, infos, "");
    }

    public static Status failed(Kind kind, String message) {
        return new Status(kind, 0, 0, 0, message == null ? "" : message);
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("kind", kind.name());
        p.setProperty("errors", Long.toString(errors));
        p.setProperty("warnings", Long.toString(warnings));
        p.setProperty("infos", Long.toString(infos));
        p.setProperty("message", message);
        return p;
    }

    static Status fromProperties(Properties p) {
        return new Status(Kind.valueOf(p.getProperty("kind")), Long.parseLong(p.getProperty("errors", "0")),
                Long.parseLong(p.getProperty("warnings", "0")), Long.parseLong(p.getProperty("infos", "0")),
                p.getProperty("message", ""));
    }
}
