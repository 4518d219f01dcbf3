package se.rapportkoll.xlsx.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file really contains, whatever its name says, by looking at its first bytes and,
 * for zips, at the central directory only. Nothing is decompressed except the tiny ODF
 * {@code mimetype} entry, so a zip bomb cannot hurt us here; POI's own guard catches it later.
 */
final class ContentSniffer {

    enum Kind {
        WORKBOOK,
        ENCRYPTED,
        LEGACY_XLS,
        ODS,
        XLSB,
        ZIP_WITHOUT_WORKBOOK,
        TEXT,
        OTHER,
        CORRUPT
    }

    private static final int HEADER_BYTES = 4096;
    private static final String ODF_MIME_PREFIX = "application/vnd.oasis.opendocument";

    private ContentSniffer() {
    }

    /** Result of sniffing; {@code error} is the exception behind CORRUPT, if any. */
    record Result(Kind kind, Exception error) {
        static Result of(Kind kind) {
            return new Result(kind, null);
        }
    }

    static Result sniff(SeekableByteChannel channel) throws IOException {
        byte[] header = readHeader(channel);
        FileMagic magic = magicOf(header);
        return switch (magic) {
            case OLE2 -> sniffOle2(channel);
            case OOXML -> sniffZip(channel, header);
            case XML, HTML, RTF -> Result.of(Kind.TEXT);
            default -> Result.of(looksLikeText(header) ? Kind.TEXT : Kind.OTHER);
        };
    }

    private static byte[] readHeader(SeekableByteChannel channel) throws IOException {
        channel.position(0);
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(HEADER_BYTES, channel.size()));
        while (buffer.hasRemaining() && channel.read(buffer) > 0) {
            // keep reading: a channel may return fewer bytes than asked for
        }
        byte[] header = new byte[buffer.position()];
        buffer.flip().get(header);
        return header;
    }

    private static FileMagic magicOf(byte[] header) {
        try {
            return FileMagic.valueOf(header);
        } catch (RuntimeException e) {
            // Very short inputs may not fit every pattern; they are no known format then.
            return FileMagic.UNKNOWN;
        }
    }

    /** Password-protected OOXML is an OLE2 container with these streams instead of a zip. */
    private static Result sniffOle2(SeekableByteChannel channel) throws IOException {
        channel.position(0);
        InputStream in = Channels.newInputStream(channel);
        try (POIFSFileSystem fs = new POIFSFileSystem(in)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                return Result.of(Kind.ENCRYPTED);
            }
            return Result.of(Kind.LEGACY_XLS);
        } catch (IOException | RuntimeException e) {
            return new Result(Kind.CORRUPT, e);
        }
    }

    private static Result sniffZip(SeekableByteChannel channel, byte[] header) throws IOException {
        channel.position(0);
        // Closing the ZipFile also closes the channel; nothing reads it after this point.
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(channel).get()) {
            return classifyZip(zip);
        } catch (IOException | RuntimeException e) {
            // A damaged ODS is still best answered as "this is ODS"; the mimetype sits at the start.
            if (isOdfHeader(header)) {
                return Result.of(Kind.ODS);
            }
            return new Result(Kind.CORRUPT, e);
        }
    }

    private static Result classifyZip(ZipFile zip) throws IOException {
        boolean contentTypes = false;
        boolean workbookXml = false;
        boolean workbookBin = false;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            String name = entry.getName().toLowerCase(Locale.ROOT);
            if (name.equals("mimetype") && isOdfMimetype(zip, entry)) {
                return Result.of(Kind.ODS);
            }
            contentTypes |= name.equals("[content_types].xml");
            // Excel and LibreOffice always use xl/workbook.xml, but the part name is not fixed by the spec.
            workbookXml |= name.endsWith("workbook.xml");
            workbookBin |= name.endsWith("workbook.bin");
        }
        if (contentTypes && workbookXml) {
            return Result.of(Kind.WORKBOOK);
        }
        if (contentTypes && workbookBin) {
            return Result.of(Kind.XLSB);
        }
        return Result.of(Kind.ZIP_WITHOUT_WORKBOOK);
    }

    private static boolean isOdfMimetype(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            // Read only a few bytes: the entry is attacker-controlled and could be huge.
            byte[] start = in.readNBytes(ODF_MIME_PREFIX.length());
            return new String(start, StandardCharsets.US_ASCII).equals(ODF_MIME_PREFIX);
        }
    }

    /** ODF puts an uncompressed "mimetype" entry first, so its value is visible at byte 38. */
    private static boolean isOdfHeader(byte[] header) {
        String start = new String(header, 0, Math.min(header.length, 200), StandardCharsets.ISO_8859_1);
        return start.startsWith("mimetype", 30) && start.indexOf(ODF_MIME_PREFIX) > 0;
    }

    /** Text if there are no NUL bytes and almost all bytes are printable or line breaks. */
    static boolean looksLikeText(byte[] header) {
        if (header.length == 0) {
            return false;
        }
        int suspicious = 0;
        for (byte b : header) {
            int c = b & 0xFF;
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                suspicious++;
            }
        }
        return suspicious * 100 <= header.length;
    }
}
