package se.rapportkoll.gui;

import java.nio.file.Path;

/** Records an unexpected error with its details, and says where, so the user can be told. */
public interface ErrorLog {

    /** Records the error and returns the log file it went to. */
    Path record(String context, Throwable error);
}
