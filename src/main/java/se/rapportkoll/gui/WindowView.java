package se.rapportkoll.gui;

/**
 * What the presenter tells the window. Every call comes on the UI thread (the presenter's
 * {@code ui} executor), so a Swing view need not hop threads itself.
 */
public interface WindowView {

    void fileAdded(FileState file);

    void fileChanged(FileState file);

    /** The line at the bottom ("Checking 2 of 3 ...") and whether a run can be cancelled. */
    void runChanged(String status, boolean running);

    /** An expected problem the user can act on (opening a file failed, settings not saved). */
    void showProblem(String message);

    /** Something that should not happen: a short explanation and where the details are. */
    void showUnexpectedError(String message);
}
