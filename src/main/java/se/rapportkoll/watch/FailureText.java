package se.rapportkoll.watch;

import se.rapportkoll.i18n.Messages;

/** The text of {@code NAME.fel.txt}: what is wrong, what to do, where the original is. */
final class FailureText {

    private FailureText() {
    }

    /** What is wrong: the text's first part, and what the log line of the file says. */
    static String reason(Messages m, Status status, WatchOptions options) {
        return switch (status.kind()) {
            case INPUT -> status.message();
            case TIMEOUT -> m.get("watch.fel.timeout", options.timeout().toSeconds());
            case MEMORY -> m.get("watch.fel.memory", options.maxHeapMb());
            case INTERNAL, OK -> m.get("watch.fel.internal", status.message());
        };
    }

    static String render(Messages m, String name, String original, Status status, WatchOptions options, String time, String version) {
        String what = reason(m, status, options);
        String todo = m.get("watch.fel.todo." + status.kind().name().toLowerCase(java.util.Locale.ROOT));
        String nl = System.lineSeparator();
        return m.get("watch.fel.title", name) + nl + nl
                + m.get("watch.fel.what") + nl + what + nl + nl
                + m.get("watch.fel.do") + nl + todo + nl + nl
                + m.get("watch.fel.where", original) + nl
                + m.get("watch.fel.when", time, version) + nl;
    }
}
