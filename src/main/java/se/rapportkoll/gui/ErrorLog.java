package se.rapportkoll.gui;

import java.nio.file.Path;

/** The window's log: unexpected errors with their details (and where they went, so the user can be told), and each file's result. */
public interface ErrorLog {

    /** Records the error and returns the log file it went to. */
    Path record(String context, Throwable error);

    /** Records one line: a file processed and its result, or a detail behind a message the user saw. */
    default void note(String line) {
    }
}
