package se.rapportkoll.xlsx.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import java.io.IOException;
import java.io.InputStream;

/**
 * A workbook's zip held in memory, read through its central directory: a part may sit anywhere in
 * the zip, and streaming readers fail on entries with data descriptors (SXSSF writes those). The one
 * way the tool opens the bytes of an input or of an output it is about to write.
 */
public final class ZipBytes {

    private ZipBytes() {
    }

    public static ZipFile open(byte[] zip) throws IOException {
        return ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
    }

    public static byte[] read(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
