package se.rapportkoll.watch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;

/** Whether a file is a complete zip: its central directory, written last, can be read. */
final class ZipCheck {

    private ZipCheck() {
    }

    static boolean isCompleteZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
