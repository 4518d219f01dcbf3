package se.rapportkoll.xlsx.read;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook Excel opens without asking, in the form POI reads: one encrypted with Excel's default
 * read-only password is decrypted, and one saved as Strict Open XML gets the transitional
 * namespaces (the same content, as Excel itself reads it). The output is then a normal,
 * unencrypted workbook; each conversion is reported as an info finding.
 */
public final class Readable {

    /** What was done to the file to read it. */
    public enum Conversion {
        /** Encrypted with Excel's default password "VelvetSweatshop", which Excel opens without asking. */
        DEFAULT_PASSWORD,
        /** Saved as Strict Open XML. */
        STRICT
    }

    /** The bytes to open and what was done to get them; {@code bytes} is the input itself when nothing was. */
    public record Result(byte[] bytes, List<Conversion> conversions) {
    }

    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    /**
     * Strict namespaces and relationship types and their transitional equivalents (ECMA-376 Part 1,
     * 5th edition, and Part 4's transitional schemas), longest first where one begins another.
     */
    private static final Map<String, String> STRICT_TO_TRANSITIONAL = new java.util.LinkedHashMap<>();

    static {
        String strict = "http://purl.oclc.org/ooxml/";
        String transitional = "http://schemas.openxmlformats.org/";
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/relationships/extendedProperties",
                transitional + "officeDocument/2006/relationships/extended-properties");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/relationships/customProperties",
                transitional + "officeDocument/2006/relationships/custom-properties");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/relationships", transitional + "officeDocument/2006/relationships");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/extendedProperties", transitional + "officeDocument/2006/extended-properties");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/customProperties", transitional + "officeDocument/2006/custom-properties");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/docPropsVTypes", transitional + "officeDocument/2006/docPropsVTypes");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/sharedTypes", transitional + "officeDocument/2006/sharedTypes");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/math", transitional + "officeDocument/2006/math");
        STRICT_TO_TRANSITIONAL.put(strict + "officeDocument/bibliography", transitional + "officeDocument/2006/bibliography");
        STRICT_TO_TRANSITIONAL.put(strict + "spreadsheetml/main", transitional + "spreadsheetml/2006/main");
        for (String drawing : List.of("main", "chart", "chartDrawing", "diagram", "picture", "spreadsheetDrawing",
                "wordprocessingDrawing", "lockedCanvas", "compatibility")) {
            STRICT_TO_TRANSITIONAL.put(strict + "drawingml/" + drawing + "\"", transitional + "drawingml/2006/" + drawing + "\"");
        }
    }

    private Readable() {
    }

    /** {@code content} as POI can open it. */
    static Result of(byte[] content) throws IOException {
        List<Conversion> conversions = new ArrayList<>();
        byte[] bytes = content;
        if (isOle2(bytes)) {
            byte[] decrypted = decryptWithDefaultPassword(bytes);
            if (decrypted == null) {
                return new Result(content, List.of());
            }
            bytes = decrypted;
            conversions.add(Conversion.DEFAULT_PASSWORD);
        }
        if (isStrict(bytes)) {
            bytes = transitional(bytes);
            conversions.add(Conversion.STRICT);
        }
        return new Result(bytes, List.copyOf(conversions));
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 8 && (b[0] & 0xFF) == 0xD0 && (b[1] & 0xFF) == 0xCF && (b[2] & 0xFF) == 0x11 && (b[3] & 0xFF) == 0xE0;
    }

    /** The package inside an encrypted workbook whose password is Excel's default, or null. */
    static byte[] decryptWithDefaultPassword(byte[] ole2) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(ole2))) {
            if (!fs.getRoot().hasEntry("EncryptionInfo")) {
                return null;
            }
            Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                return null;
            }
            try (InputStream in = decryptor.getDataStream(fs)) {
                return in.readAllBytes();
            }
        } catch (Exception e) {
            return null; // a real password, or an encryption POI cannot read: refused as encrypted
        }
    }

    private static boolean isStrict(byte[] zip) throws IOException {
        byte[] rels = entry(zip, "_rels/.rels");
        return rels != null && new String(rels, StandardCharsets.UTF_8).contains(STRICT_OFFICE_DOCUMENT);
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipFile file = ZipBytes.open(zip)) {
            ZipArchiveEntry entry = file.getEntry(name);
            if (entry == null) {
                return null;
            }
            try (InputStream in = file.getInputStream(entry)) {
                return in.readNBytes(1 << 20);
            }
        } catch (IOException | RuntimeException e) {
            return null; // a damaged zip: POI says what is wrong with it
        }
    }

    /** The package with every XML part's Strict namespaces replaced by the transitional ones. */
    private static byte[] transitional(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 4096);
        try (ZipFile in = ZipBytes.open(zip); ZipOutputStream to = new ZipOutputStream(out)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] bytes = ZipBytes.read(in, e);
                String name = e.getName().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(".xml") || name.endsWith(".rels")) {
                    String text = new String(bytes, StandardCharsets.UTF_8);
                    if (text.contains("purl.oclc.org/ooxml/")) {
                        for (Map.Entry<String, String> m : STRICT_TO_TRANSITIONAL.entrySet()) {
                            text = text.replace(m.getKey(), m.getValue());
                        }
                        // Strict's alone: "false" says dates need no 1900 leap-year compatibility,
                        // which the ISO date cells, as serial numbers, then have (IsoDateCells).
                        text = text.replaceAll("(<workbookPr\\b[^>]*?)\\s+dateCompatibility=\"[^\"]*\"", "$1");
                        bytes = text.getBytes(StandardCharsets.UTF_8);
                    }
                }
                to.putNextEntry(new ZipEntry(e.getName()));
                to.write(bytes);
                to.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
