package se.rapportkoll.gui;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.TransferHandler;

/** Accepts files dropped from Explorer (or pasted) and hands them on; everything else is refused. */
final class FileDropHandler extends TransferHandler {

    private final Consumer<List<Path>> sink;

    FileDropHandler(Consumer<List<Path>> sink) {
        this.sink = sink;
    }

    @Override
    public boolean canImport(TransferSupport support) {
        if (!support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
            return false;
        }
        if (support.isDrop() && (support.getSourceDropActions() & COPY) != 0) {
            // Copy, never move: Explorer must not delete the user's workbook after the drop.
            support.setDropAction(COPY);
        }
        return true;
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<?> dropped = (List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
            List<Path> paths = dropped.stream().filter(File.class::isInstance).map(f -> ((File) f).toPath()).toList();
            if (paths.isEmpty()) {
                return false;
            }
            sink.accept(paths);
            return true;
        } catch (UnsupportedFlavorException | IOException e) {
            return false;
        }
    }
}
