package se.rapportkoll.gui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** Opens outputs with the desktop: Excel for the workbook, Explorer with the file selected. */
final class DesktopActions implements FileActions {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    @Override
    public void open(Path file) throws IOException {
        desktop(Desktop.Action.OPEN).open(file.toFile());
    }

    @Override
    public void showInFolder(Path file) throws IOException {
        if (WINDOWS) {
            // Explorer can select the file; Desktop.open on the folder could only open it.
            new ProcessBuilder("explorer.exe", "/select,", file.toString()).start();
        } else if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE_FILE_DIR)) {
            Desktop.getDesktop().browseFileDirectory(file.toFile());
        } else {
            desktop(Desktop.Action.OPEN).open(file.toAbsolutePath().getParent().toFile());
        }
    }

    private static Desktop desktop(Desktop.Action action) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(action)) {
            throw new IOException("the desktop cannot " + action.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " files here");
        }
        return Desktop.getDesktop();
    }
}
