package se.rapportkoll.watch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;

/** Whether a file is a zip, whole or still being written. */
final class ZipCheck {

    /** What every zip, so every .xlsx/.xlsm, starts with: its first local file header. */
    private static final byte[] SIGNATURE = {'P', 'K', 3, 4};

    private ZipCheck() {
    }

    /**
     * Whether the file starts as a zip, or is still too short to tell: a copy writes the start
     * first, so a stable file that starts otherwise will never become a workbook.
     */
    static boolean mayBecomeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(SIGNATURE.length);
            return Arrays.equals(start, Arrays.copyOf(SIGNATURE, start.length));
        } catch (IOException | RuntimeException e) {
            return true; // unreadable now (locked by the copy): look again later
        }
    }

    /** Whether its central directory, written last, can be read. */
    static boolean isCompleteZip(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.size() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
