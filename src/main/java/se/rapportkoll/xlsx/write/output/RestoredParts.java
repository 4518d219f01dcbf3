package se.rapportkoll.xlsx.write.output;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.rapportkoll.xlsx.read.ZipBytes;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts back what POI changes of the user's parts when it writes them.
 * <p>
 * <b>Tables.</b> POI sets each table column's name from the cell above it when it writes a table
 * ({@code XSSFTable.updateHeaders}), also for a table without a header row, whose first row is data
 * ({@code headerRowCount="0"}: the column "Column1" became "99"). The tool changes no table of the
 * user's, so each table part is written as the input had it.
 * <p>
 * <b>Links.</b> Every link target of the user's workbook is kept byte for byte: external targets, and hyperlinks to
 * a place in the workbook (a shape's link to {@code #'Book tour'!A1}). POI reads a target into a
 * {@link java.net.URI}, and one that is no valid URI it cannot keep: {@code mailto:#%@} becomes
 * {@code http://invalid.uri}, {@code javascript://} becomes {@code javascript:///}, and a space in
 * a sheet's name becomes {@code %20}, which names another sheet. Excel accepts such targets, so the
 * original relationship is put back into the written package.
 */
final class RestoredParts {

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** What POI puts in place of a target it cannot parse. */
    private static final String POI_PLACEHOLDER = "http://invalid.uri";

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";

    /** A target POI changes: what the input says, what POI writes instead, and the target mode. */
    private record Changed(String original, String written, String mode) {
    }

    private RestoredParts() {
    }

    /** Writes {@code wb} with the link targets and tables of {@code input} that POI changed restored. */
    static void write(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, byte[] input, OutputStream out) throws IOException {
        Map<String, Map<String, Changed>> changed = changedTargets(input);
        Map<String, byte[]> tables = tables(input);
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        wb.write(written);
        byte[] writtenBytes = written.toByteArray();
        try (ZipFile zip = ZipBytes.open(writtenBytes)) {
            java.util.Set<String> names = new java.util.HashSet<>();
            ZipArchiveEntry typesEntry = null;
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                names.add(partName(e.getName()));
                typesEntry = e.getName().equals(CONTENT_TYPES) ? e : typesEntry;
            }
            byte[] types = typesEntry == null ? null : ZipBytes.read(zip, typesEntry);
            byte[] keptTypes = types == null ? null : withoutOverridesOfMissingParts(types, names);
            if (changed.isEmpty() && tables.isEmpty() && keptTypes == types) {
                out.write(writtenBytes);
                return;
            }
            ZipOutputStream to = new ZipOutputStream(out); // finished, not closed: the caller owns out
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                byte[] bytes = e == typesEntry ? keptTypes : ZipBytes.read(zip, e);
                Map<String, Changed> ofPart = changed.get(e.getName());
                if (ofPart != null) {
                    bytes = restore(bytes, ofPart);
                }
                bytes = tables.getOrDefault(partName(e.getName()), bytes);
                to.putNextEntry(new ZipEntry(e.getName()));
                to.write(bytes);
                to.closeEntry();
            }
            to.finish();
        }
    }

    /**
     * The content types without an override for a part the package does not have. POI writes one
     * for a part named "/.xml" when the input declares its workbook by the default for the xml
     * extension (59021.xlsx of POI's corpus); Excel's rules allow no override without its part.
     * The same bytes when there is none.
     */
    private static byte[] withoutOverridesOfMissingParts(byte[] types, java.util.Set<String> names) throws IOException {
        Document doc = parse(types);
        if (doc == null) {
            return types;
        }
        boolean any = false;
        NodeList overrides = doc.getElementsByTagNameNS(CONTENT_TYPES_NS, "Override");
        for (int i = overrides.getLength() - 1; i >= 0; i--) {
            Element o = (Element) overrides.item(i);
            if (!names.contains(partName(o.getAttribute("PartName")))) {
                o.getParentNode().removeChild(o);
                any = true;
            }
        }
        return any ? serialize(doc) : types;
    }

    /** Per relationship part of the input, by relationship id, the link targets POI would change. */
    static Map<String, Map<String, Changed>> changedTargets(byte[] input) throws IOException {
        Map<String, Map<String, Changed>> changed = new HashMap<>();
        try (ZipFile zip = ZipBytes.open(input)) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                if (!e.getName().endsWith(".rels")) {
                    continue;
                }
                byte[] bytes = ZipBytes.read(zip, e);
                String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (!text.contains("External") && !text.contains("hyperlink")) {
                    continue; // most relationship parts have no link: not parsed
                }
                Document doc = parse(bytes);
                if (doc == null) {
                    continue;
                }
                NodeList rels = doc.getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
                for (int i = 0; i < rels.getLength(); i++) {
                    Element rel = (Element) rels.item(i);
                    String mode = rel.getAttribute("TargetMode");
                    if (!"External".equals(mode) && !HYPERLINK.equals(rel.getAttribute("Type"))) {
                        continue; // a part of the package: POI keeps it under a name of its own
                    }
                    String target = rel.getAttribute("Target");
                    String poi = asPoiWrites(target);
                    if (!poi.equals(target)) {
                        changed.computeIfAbsent(e.getName(), k -> new HashMap<>())
                                .put(rel.getAttribute("Id"), new Changed(target, poi, mode));
                    }
                }
            }
        }
        return changed;
    }

    /** The input's table parts, by part name. */
    private static Map<String, byte[]> tables(byte[] input) throws IOException {
        Map<String, byte[]> tables = new HashMap<>();
        try (ZipFile zip = ZipBytes.open(input)) {
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                String name = partName(e.getName());
                if (name.startsWith("xl/tables/") && name.endsWith(".xml") && name.indexOf('/', "xl/tables/".length()) < 0) {
                    tables.put(name, ZipBytes.read(zip, e));
                }
            }
        }
        return tables;
    }

    /** A zip entry's part name as compared: part names are case-insensitive, and some writers use backslashes. */
    private static String partName(String entry) {
        String name = entry.replace('\\', '/');
        return (name.startsWith("/") ? name.substring(1) : name).toLowerCase(java.util.Locale.ROOT);
    }

    private static String asPoiWrites(String target) {
        try {
            return PackagingURIHelper.toURI(target).toString();
        } catch (URISyntaxException | RuntimeException e) {
            return POI_PLACEHOLDER;
        }
    }

    /** The part with each relationship POI changed given its original target again (only where POI's version is there). */
    private static byte[] restore(byte[] part, Map<String, Changed> changed) throws IOException {
        Document doc = parse(part);
        if (doc == null) {
            return part;
        }
        boolean any = false;
        NodeList rels = doc.getElementsByTagNameNS(RELATIONSHIPS, "Relationship");
        for (int i = 0; i < rels.getLength(); i++) {
            Element rel = (Element) rels.item(i);
            Changed c = changed.get(rel.getAttribute("Id"));
            if (c != null && c.written().equals(rel.getAttribute("Target")) && c.mode().equals(rel.getAttribute("TargetMode"))) {
                rel.setAttribute("Target", c.original());
                any = true;
            }
        }
        if (!any) {
            return part;
        }
        return serialize(doc);
    }

    private static byte[] serialize(Document doc) throws IOException {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            var transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IOException("Could not write a package part again", e);
        }
    }

    private static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return null; // POI read it somehow; without a parse there is nothing to restore
        }
    }
}
