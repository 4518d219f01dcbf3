package se.rapportkoll.gui;

/** Where one dropped file is in its run. */
public enum FileStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
