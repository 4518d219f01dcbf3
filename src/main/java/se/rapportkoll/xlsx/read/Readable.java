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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
        STRICT,
        /**
         * The shared strings' {@code count} (how many cells use them) is larger than any workbook can
         * have, as only a damaged file has it: POI would read it into an int and write it back negative.
         */
        STRING_COUNT,
        /**
         * Styles inside Markup Compatibility's {@code mc:AlternateContent} (Hancom Office writes its
         * fonts so): POI skips them and counts the fonts after them wrong. They are read as Excel
         * reads them, the variant for a consumer of the standard (the {@code mc:Fallback}).
         */
        ALTERNATE_STYLES
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
        byte[] styles = withStylesAsExcelReadsThem(bytes);
        if (styles != null) {
            bytes = styles;
            conversions.add(Conversion.ALTERNATE_STYLES);
        }
        byte[] recounted = withStringCountRecounted(bytes);
        if (recounted != null) {
            bytes = recounted;
            conversions.add(Conversion.STRING_COUNT);
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
        // Through the central directory: the relationship part may sit anywhere in the zip.
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
        return rewritten(zip, (name, bytes) -> {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.endsWith(".xml") && !lower.endsWith(".rels")) {
                return bytes;
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (!text.contains("purl.oclc.org/ooxml/")) {
                return bytes;
            }
            for (Map.Entry<String, String> m : STRICT_TO_TRANSITIONAL.entrySet()) {
                text = text.replace(m.getKey(), m.getValue());
            }
            // Strict's alone: "false" says dates need no 1900 leap-year compatibility,
            // which the ISO date cells, as serial numbers, then have (IsoDateCells).
            text = text.replaceAll("(<workbookPr\\b[^>]*?)\\s+dateCompatibility=\"[^\"]*\"", "$1");
            return text.getBytes(StandardCharsets.UTF_8);
        });
    }

    private static final Pattern SST_COUNT = Pattern.compile("(<(?:\\w+:)?sst\\b[^>]*?\\scount\\s*=\\s*[\"'])(\\d+)([\"'])");
    private static final Pattern SHARED_STRING_CELL = Pattern.compile("<(?:\\w+:)?c\\s[^>]*?\\bt\\s*=\\s*[\"']s[\"']");
    private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");
    private static final Pattern PART_NAME = Pattern.compile("PartName\\s*=\\s*[\"']/?([^\"']+)[\"']");
    /** More than this many bytes of worksheets are not counted through (the count is then left to POI). */
    private static final int MAX_COUNTED_BYTES = 64 << 20;

    /**
     * The package with the shared strings' count replaced by the number of cells that use them,
     * when the count it has cannot be true (it does not fit an int, as no real workbook's does);
     * null when the count is fine or cannot be recounted.
     */
    static byte[] withStringCountRecounted(byte[] zip) {
        try (ZipFile file = ZipBytes.open(zip)) {
            List<ZipArchiveEntry> sst = partsOfType(file, "spreadsheetml.sharedStrings+xml");
            if (sst.size() != 1) {
                return null;
            }
            Matcher count = SST_COUNT.matcher(read(file, sst.get(0), 4096));
            if (!count.find() || count.group(2).length() < 10
                    || new java.math.BigInteger(count.group(2)).compareTo(java.math.BigInteger.valueOf(Integer.MAX_VALUE)) <= 0) {
                return null;
            }
            long cells = 0;
            long bytes = 0;
            for (ZipArchiveEntry sheet : partsOfType(file, "spreadsheetml.worksheet+xml")) {
                String text = read(file, sheet, MAX_COUNTED_BYTES);
                bytes += text.length();
                if (bytes >= MAX_COUNTED_BYTES) {
                    return null;
                }
                for (Matcher m = SHARED_STRING_CELL.matcher(text); m.find(); ) {
                    cells++;
                }
            }
            String name = sst.get(0).getName();
            String counted = String.valueOf(cells);
            return rewritten(zip, (entry, content) -> !entry.equals(name) ? content
                    : SST_COUNT.matcher(new String(content, StandardCharsets.UTF_8))
                            .replaceFirst(m -> Matcher.quoteReplacement(m.group(1) + counted + m.group(3)))
                            .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged zip: POI says what is wrong with it
        }
    }

    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /**
     * The package with each {@code mc:AlternateContent} of the styles part replaced by what an
     * ECMA-376 consumer that knows only the standard's namespaces takes from it: the first
     * {@code mc:Choice} whose required namespaces are the standard's, otherwise the
     * {@code mc:Fallback} (nothing when there is none). Null when the styles have none.
     */
    static byte[] withStylesAsExcelReadsThem(byte[] zip) {
        try (ZipFile file = ZipBytes.open(zip)) {
            List<ZipArchiveEntry> styles = partsOfType(file, "spreadsheetml.styles+xml");
            if (styles.size() != 1) {
                return null;
            }
            String text = read(file, styles.get(0), 16 << 20);
            if (!text.contains("AlternateContent")) {
                return null;
            }
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
            org.w3c.dom.NodeList found = doc.getElementsByTagNameNS(MC, "AlternateContent");
            if (found.getLength() == 0) {
                return null;
            }
            List<org.w3c.dom.Element> alternates = new ArrayList<>();
            for (int i = 0; i < found.getLength(); i++) {
                alternates.add((org.w3c.dom.Element) found.item(i));
            }
            for (org.w3c.dom.Element alternate : alternates) {
                org.w3c.dom.Element taken = null;
                for (org.w3c.dom.Node n = alternate.getFirstChild(); n != null && taken == null; n = n.getNextSibling()) {
                    if (n instanceof org.w3c.dom.Element e && MC.equals(e.getNamespaceURI())
                            && (e.getLocalName().equals("Fallback") || e.getLocalName().equals("Choice") && understood(e))) {
                        taken = e;
                    }
                }
                org.w3c.dom.Node parent = alternate.getParentNode();
                if (parent == null) {
                    continue; // inside another one already replaced
                }
                while (taken != null && taken.getFirstChild() != null) {
                    parent.insertBefore(taken.getFirstChild(), alternate);
                }
                parent.removeChild(alternate);
            }
            java.io.StringWriter written = new java.io.StringWriter();
            javax.xml.transform.Transformer t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(javax.xml.transform.OutputKeys.ENCODING, "UTF-8");
            t.transform(new javax.xml.transform.dom.DOMSource(doc), new javax.xml.transform.stream.StreamResult(written));
            byte[] replaced = written.toString().getBytes(StandardCharsets.UTF_8);
            String name = styles.get(0).getName();
            return rewritten(zip, (entry, content) -> entry.equals(name) ? replaced : content);
        } catch (Exception e) {
            return null; // not XML that can be read: POI says what is wrong with it
        }
    }

    /** A Choice whose every required prefix names one of the standard's (transitional) namespaces. */
    private static boolean understood(org.w3c.dom.Element choice) {
        for (String prefix : choice.getAttribute("Requires").trim().split("\\s+")) {
            String ns = prefix.isEmpty() ? null : choice.lookupNamespaceURI(prefix);
            if (ns == null || !ns.startsWith("http://schemas.openxmlformats.org/")) {
                return false;
            }
        }
        return true;
    }

    /** The entries the content types' overrides give a type ending in {@code type}, in their order. */
    private static List<ZipArchiveEntry> partsOfType(ZipFile file, String type) throws IOException {
        Map<String, ZipArchiveEntry> entries = new java.util.HashMap<>();
        for (ZipArchiveEntry e : java.util.Collections.list(file.getEntries())) {
            entries.putIfAbsent(e.getName().toLowerCase(java.util.Locale.ROOT), e);
        }
        List<ZipArchiveEntry> parts = new ArrayList<>();
        ZipArchiveEntry types = entries.get("[content_types].xml");
        if (types == null) {
            return parts;
        }
        Matcher override = OVERRIDE.matcher(read(file, types, 1 << 20));
        while (override.find()) {
            Matcher name = PART_NAME.matcher(override.group());
            ZipArchiveEntry part = name.find() ? entries.get(name.group(1).toLowerCase(java.util.Locale.ROOT)) : null;
            if (part != null && override.group().contains(type + "\"")) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static String read(ZipFile file, ZipArchiveEntry entry, int limit) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readNBytes(limit), StandardCharsets.UTF_8);
        }
    }

    /** The package with each entry's content as {@code change} makes it, in the same order. */
    private static byte[] rewritten(byte[] zip, java.util.function.BiFunction<String, byte[], byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 4096);
        try (ZipFile in = ZipBytes.open(zip); ZipOutputStream to = new ZipOutputStream(out)) {
            for (ZipArchiveEntry e : java.util.Collections.list(in.getEntriesInPhysicalOrder())) {
                byte[] bytes = ZipBytes.read(in, e);
                to.putNextEntry(new ZipEntry(e.getName()));
                to.write(change.apply(e.getName(), bytes));
                to.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
