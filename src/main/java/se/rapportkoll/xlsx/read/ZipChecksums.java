package se.rapportkoll.xlsx.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.zip.CRC32;

/**
 * Finds a zip entry whose content does not match its checksum: the file was damaged (or made so),
 * and what it holds there is not what was written. POI reads such an entry without noticing and
 * may drop the part (a chart whose drawing then points nowhere) or read garbage into it; Excel
 * offers to repair the file. The tool refuses it and says so instead of writing an output that
 * silently lacks a part.
 */
final class ZipChecksums {

    private ZipChecksums() {
    }

    /** The name of the first damaged entry of the zip, or null when every entry matches its checksum. */
    static String firstDamaged(byte[] zip) {
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile file = ZipBytes.open(zip)) {
            for (ZipArchiveEntry e : Collections.list(file.getEntriesInPhysicalOrder())) {
                if (e.isDirectory() || e.getCrc() < 0 || !file.canReadEntryData(e)) {
                    continue;
                }
                CRC32 crc = new CRC32();
                long inflated = 0;
                try (InputStream in = file.getInputStream(e)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        crc.update(buffer, 0, n);
                        inflated += n;
                        if (inflated > WorkbookOpener.BOMB_GRACE_BYTES && inflated > 100 * Math.max(1, e.getCompressedSize())) {
                            return null; // a zip bomb, not damage: POI's guard refuses it as one
                        }
                    }
                } catch (IOException | RuntimeException damaged) {
                    return e.getName();
                }
                if (crc.getValue() != e.getCrc()) {
                    return e.getName();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null; // not a zip the checks can read: the other checks say what it is
        }
    }
}
