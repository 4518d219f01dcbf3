package se.rapportkoll.gui;

import java.io.IOException;
import java.nio.file.Path;

/** What the desktop does with an output: open it (in Excel) or show it in its folder. */
public interface FileActions {

    void open(Path file) throws IOException;

    void showInFolder(Path file) throws IOException;
}
