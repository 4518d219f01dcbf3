package se.rapportkoll.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What of an input package its output no longer has: the content of every part the tool does not
 * own, compared as XML (namespace prefixes, attribute order and whitespace ignored, relationship
 * ids replaced by the type and target they name, since POI may number them anew), binary parts byte
 * for byte. The parts the tool changes on purpose are compared for what it must keep:
 * <ul>
 * <li>worksheets: every element but the cells (whose content {@code CorpusRun.lostCells} compares)
 * and the dimension, and every row's and cell's attributes (styles, heights, outline levels);</li>
 * <li>the workbook: its settings (workbookPr, bookViews, protection, calcPr but for the requested
 * full recalculation), the user's sheets in order with their state, defined names, external
 * references and pivot caches;</li>
 * <li>styles and shared strings: the input's entries keep their positions (the tool only appends);</li>
 * <li>relationships: every relationship of the input is still there (type and target).</li>
 * </ul>
 * Not compared: docProps (the tool records provenance), the calculation chain (a cache POI drops
 * when a sheet is removed), the content types (PackageCheck checks those).
 */
public final class PackageKept {

    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String VML_OFFICE = "urn:schemas-microsoft-com:office:office";
    private static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";

    private record Rel(String type, String target) {
        @Override
        public String toString() {
            return type.substring(type.lastIndexOf('/') + 1) + ":" + target;
        }
    }

    private final Map<String, byte[]> parts = new LinkedHashMap<>();
    private final Map<String, Map<String, Rel>> rels = new HashMap<>();
    private final Map<String, String> contentTypes = new HashMap<>();

    private PackageKept(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    parts.put(("/" + e.getName().replace('\\', '/')).toLowerCase(Locale.ROOT), zip.readAllBytes());
                }
            }
        } catch (java.util.zip.ZipException damaged) {
            // a fuzzed input: what could be read is compared
        }
        Document types = parse(parts.get("/[content_types].xml"));
        if (types != null) {
            Map<String, String> defaults = new HashMap<>();
            for (Element d : children(types.getDocumentElement(), CT, "Default")) {
                defaults.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
            }
            for (String name : parts.keySet()) {
                contentTypes.put(name, defaults.get(name.substring(name.lastIndexOf('.') + 1)));
            }
            for (Element o : children(types.getDocumentElement(), CT, "Override")) {
                contentTypes.put(o.getAttribute("PartName").toLowerCase(Locale.ROOT), o.getAttribute("ContentType"));
            }
        }
    }

    /** What {@code output} lost of {@code input}, one line each; empty when everything is kept. */
    public static List<String> lost(Path input, Path output) throws IOException {
        PackageKept in = new PackageKept(input);
        PackageKept out = new PackageKept(output);
        List<String> lost = new ArrayList<>();
        for (String name : in.parts.keySet()) {
            if (!out.parts.containsKey(name)) {
                continue; // a lost part: CorpusRun.lostParts reports it
            }
            String type = in.contentTypes.getOrDefault(name, "");
            try {
                if (name.endsWith(".rels")) {
                    in.compareRelationships(out, name, lost);
                } else if (skipped(name, type)) {
                    continue;
                } else if (type.endsWith(".worksheet+xml")) {
                    in.compareWorksheet(out, name, lost);
                } else if (type.endsWith(".sheet.main+xml") || type.endsWith(".sheet.macroEnabled.main+xml")
                        || type.endsWith(".template.main+xml")) {
                    in.compareWorkbook(out, name, lost);
                } else if (type.endsWith(".styles+xml")) {
                    in.comparePrefixes(out, name, List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs",
                            "cellStyles", "dxfs"), lost);
                } else if (type.endsWith(".sharedStrings+xml")) {
                    in.comparePrefixes(out, name, List.of(), lost);
                } else if (type.endsWith(".pivotCacheDefinition+xml")) {
                    // the one attribute the tool sets on purpose (docs/fidelity.md)
                    in.compareWhole(out, name, lost, e -> e.removeAttribute("refreshOnLoad"));
                } else {
                    in.compareWhole(out, name, lost, e -> { });
                }
            } catch (RuntimeException e) {
                lost.add(name + ": not compared (" + e + ")");
            }
        }
        return lost;
    }

    private static boolean skipped(String name, String type) {
        return name.equals("/[content_types].xml") || name.startsWith("/docprops/") || type.endsWith(".calcChain+xml");
    }

    // --- relationships ---

    private void compareRelationships(PackageKept out, String relsPart, List<String> lost) {
        String source = sourceOf(relsPart);
        Set<Rel> kept = new java.util.HashSet<>(out.relationships(source).values());
        for (Rel rel : relationships(source).values()) {
            if (!kept.contains(rel) && !rel.type().endsWith("/calcChain")) {
                lost.add(source + ": relationship " + rel);
            }
        }
    }

    private Map<String, Rel> relationships(String source) {
        return rels.computeIfAbsent(source, s -> {
            Map<String, Rel> byId = new HashMap<>();
            String relsPart = s.substring(0, s.lastIndexOf('/') + 1) + "_rels/" + s.substring(s.lastIndexOf('/') + 1) + ".rels";
            Document doc = parse(parts.get(relsPart));
            if (doc != null) {
                for (Element r : children(doc.getDocumentElement(), PR, "Relationship")) {
                    String target = r.getAttribute("Target");
                    boolean external = "External".equals(r.getAttribute("TargetMode"));
                    byId.put(r.getAttribute("Id"), new Rel(r.getAttribute("Type"), external ? target : resolve(s, target)));
                }
            }
            return byId;
        });
    }

    private static String sourceOf(String relsPart) {
        int slash = relsPart.lastIndexOf("/_rels/");
        String name = relsPart.substring(slash + "/_rels/".length(), relsPart.length() - ".rels".length());
        return name.isEmpty() ? "/" : relsPart.substring(0, slash + 1) + name;
    }

    private static String resolve(String source, String target) {
        try {
            String path = URI.create(source.equals("/") ? "/" : source.replace(" ", "%20"))
                    .resolve(new URI(null, null, target.replace('\\', '/'), null)).getPath();
            return path.toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            return target;
        }
    }

    // --- parts compared whole ---

    private void compareWhole(PackageKept out, String name, List<String> lost, java.util.function.Consumer<Element> adjust) {
        byte[] a = parts.get(name);
        byte[] b = out.parts.get(name);
        Document da = parse(a);
        Document db = da == null ? null : out.parse(b);
        if (da == null || db == null) {
            if (!Arrays.equals(a, b)) {
                lost.add(name + ": bytes differ");
            }
            return;
        }
        adjust.accept(da.getDocumentElement());
        adjust.accept(db.getDocumentElement());
        String ca = canonical(da.getDocumentElement(), relationships(name));
        String cb = canonical(db.getDocumentElement(), out.relationships(name));
        if (!ca.equals(cb)) {
            lost.add(name + ": content differs " + firstDifference(ca, cb));
        }
    }

    // --- worksheets ---

    private void compareWorksheet(PackageKept out, String name, List<String> lost) {
        Element a = root(name);
        Element b = out.root(name);
        if (a == null || b == null) {
            return;
        }
        Map<String, Rel> ra = relationships(name);
        Map<String, Rel> rb = out.relationships(name);
        Map<String, List<String>> inElements = elements(a, ra, Set.of("sheetData", "dimension"));
        Map<String, List<String>> outElements = out.elements(b, rb, Set.of("sheetData", "dimension"));
        inElements.forEach((element, content) -> {
            if (!content.equals(outElements.get(element))) {
                lost.add(name + ": " + element + " differs " + firstDifference(String.join("", content),
                        String.join("", outElements.getOrDefault(element, List.of()))));
            }
        });
        Element dataA = first(a, MAIN, "sheetData");
        Element dataB = first(b, MAIN, "sheetData");
        if (dataA == null) {
            return;
        }
        Map<String, Element> rowsB = new HashMap<>();
        Map<String, Element> cellsB = new HashMap<>();
        index(dataB, rowsB, cellsB);
        Map<String, Element> rowsA = new HashMap<>();
        Map<String, Element> cellsA = new HashMap<>();
        index(dataA, rowsA, cellsA);
        for (var row : rowsA.entrySet()) {
            Element other = rowsB.get(row.getKey());
            String want = attributes(row.getValue(), Set.of("spans", "r"));
            String got = other == null ? "(no row)" : attributes(other, Set.of("spans", "r"));
            if (!want.equals(got)) {
                lost.add(name + ": row " + row.getKey() + " " + want + " -> " + got);
                return;
            }
        }
        for (var cell : cellsA.entrySet()) {
            Element other = cellsB.get(cell.getKey());
            if (other != null && blank(cell.getValue()) && first(other, MAIN, "f") != null) {
                continue; // a filled cell: it takes its neighbour's format on purpose
            }
            String want = cell.getValue().getAttribute("s");
            String got = other == null ? "(no cell)" : other.getAttribute("s");
            if (!(want.isEmpty() ? "0" : want).equals(got.isEmpty() ? "0" : got) && !(other == null && want.isEmpty())) {
                lost.add(name + ": cell " + cell.getKey() + " style " + want + " -> " + got);
                return;
            }
        }
    }

    private static boolean blank(Element cell) {
        return first(cell, MAIN, "v") == null && first(cell, MAIN, "f") == null && first(cell, MAIN, "is") == null;
    }

    /** Rows by number and cells by reference, numbering those that leave r out as Excel does. */
    private static void index(Element sheetData, Map<String, Element> rows, Map<String, Element> cells) {
        if (sheetData == null) {
            return;
        }
        int rowNumber = 0;
        for (Element row : children(sheetData, MAIN, "row")) {
            rowNumber = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) : rowNumber + 1;
            rows.put(String.valueOf(rowNumber), row);
            int column = 0;
            for (Element c : children(row, MAIN, "c")) {
                String ref = c.getAttribute("r");
                column = ref.isEmpty() ? column + 1 : column(ref);
                cells.put(column + ":" + rowNumber, c);
            }
        }
    }

    private static int column(String ref) {
        int n = 0;
        for (char ch : ref.toCharArray()) {
            if (Character.isLetter(ch)) {
                n = n * 26 + (Character.toUpperCase(ch) - 'A' + 1);
            }
        }
        return n;
    }

    /** Each top-level element's canonical form, by name, except those named in {@code except}. */
    private Map<String, List<String>> elements(Element root, Map<String, Rel> relsOf, Set<String> except) {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && !except.contains(e.getLocalName())) {
                byName.computeIfAbsent(e.getLocalName(), k -> new ArrayList<>()).add(canonical(e, relsOf));
            }
        }
        return byName;
    }

    // --- the workbook ---

    private void compareWorkbook(PackageKept out, String name, List<String> lost) {
        Element a = root(name);
        Element b = out.root(name);
        if (a == null || b == null) {
            return;
        }
        Map<String, Rel> ra = relationships(name);
        Map<String, Rel> rb = out.relationships(name);
        for (String setting : List.of("fileSharing", "workbookPr", "workbookProtection", "bookViews", "fileRecoveryPr",
                "webPublishing", "oleSize", "customWorkbookViews", "smartTagPr", "fileVersion")) {
            Element kept = first(a, MAIN, setting);
            if (kept != null && !canonical(kept, ra).equals(out.canonicalOf(first(b, MAIN, setting), rb))) {
                lost.add(name + ": " + setting + " differs");
            }
        }
        Element calcA = first(a, MAIN, "calcPr");
        Element calcB = first(b, MAIN, "calcPr");
        if (calcA != null) {
            String want = attributes(calcA, Set.of("fullCalcOnLoad"));
            String got = calcB == null ? "(none)" : attributes(calcB, Set.of("fullCalcOnLoad"));
            if (!want.equals(got)) {
                lost.add(name + ": calcPr " + want + " -> " + got);
            }
        }
        // The user's sheets, in their order, then the tool's.
        List<String> sheetsA = list(first(a, MAIN, "sheets"), "sheet", ra);
        List<String> sheetsB = out.list(first(b, MAIN, "sheets"), "sheet", rb);
        if (sheetsB.size() < sheetsA.size() || !sheetsB.subList(0, sheetsA.size()).equals(sheetsA)) {
            lost.add(name + ": sheets " + sheetsA + " -> " + sheetsB);
        }
        for (String container : List.of("definedNames", "externalReferences", "pivotCaches")) {
            List<String> want = list(first(a, MAIN, container), null, ra);
            List<String> got = out.list(first(b, MAIN, container), null, rb);
            for (String item : want) {
                if (!got.contains(item)) {
                    lost.add(name + ": " + container + " lost " + item.strip());
                }
            }
        }
    }

    private List<String> list(Element container, String local, Map<String, Rel> relsOf) {
        List<String> items = new ArrayList<>();
        if (container != null) {
            for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && (local == null || local.equals(e.getLocalName()))) {
                    items.add(canonical(e, relsOf));
                }
            }
        }
        return items;
    }

    // --- styles and shared strings: the input's entries keep their positions ---

    private void comparePrefixes(PackageKept out, String name, List<String> lists, List<String> lost) {
        Element a = root(name);
        Element b = out.root(name);
        if (a == null || b == null) {
            return;
        }
        if (lists.isEmpty()) {
            prefix(name, "si", list(a, "si", Map.of()), out.list(b, "si", Map.of()), lost);
            return;
        }
        for (String list : lists) {
            Element la = first(a, MAIN, list);
            Element lb = first(b, MAIN, list);
            if (list.equals("numFmts")) { // by id: POI writes them in the order of their ids
                List<String> got = out.list(lb, null, Map.of());
                for (String format : list(la, null, Map.of())) {
                    if (!got.contains(format)) {
                        lost.add(name + ": numFmt lost " + format.strip());
                    }
                }
            } else {
                prefix(name, list, list(la, null, Map.of()), out.list(lb, null, Map.of()), lost);
            }
        }
    }

    private static void prefix(String name, String list, List<String> want, List<String> got, List<String> lost) {
        for (int i = 0; i < want.size(); i++) {
            if (i >= got.size() || !want.get(i).equals(got.get(i))) {
                lost.add(name + ": " + list + " entry " + i + " changed " + (i < got.size() ? firstDifference(want.get(i), got.get(i)) : "(gone)"));
                return;
            }
        }
    }

    // --- XML ---

    private Element root(String name) {
        Document doc = parse(parts.get(name));
        return doc == null ? null : doc.getDocumentElement();
    }

    private String canonicalOf(Element e, Map<String, Rel> relsOf) {
        return e == null ? "" : canonical(e, relsOf);
    }

    private static Document parse(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        Document doc = parseXml(bytes);
        if (doc == null && new String(bytes, 0, Math.min(bytes.length, 400), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("urn:schemas-microsoft-com:vml")) {
            // VML as Excel writes it has unclosed <br> elements; POI reads it with them closed, and so does this
            doc = parseXml(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("<br>", "<br/>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return doc;
    }

    private static Document parseXml(byte[] bytes) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // quiet: a failed parse is an answer here
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            return null; // binary, or XML that does not parse (some VML): compared as bytes
        }
    }

    /**
     * An XML part in the canonical form the comparisons use (see below), relationship ids left as
     * they are: equal for documents that differ only in namespace prefixes, attribute order,
     * whitespace between elements or spellings of the same value. Null when it is not XML.
     */
    public static String canonical(byte[] xml) {
        Document doc = parse(xml);
        return doc == null ? null : canonical(doc.getDocumentElement());
    }

    /** An element in the canonical form, relationship ids left as they are. */
    public static String canonical(Element element) {
        return canonical(element, Map.of());
    }

    /**
     * An element as namespace-qualified names with sorted attributes, whitespace between elements
     * dropped, and relationship ids (r:id, r:embed, VML's o:relid) replaced by what they name.
     */
    private static String canonical(Element element, Map<String, Rel> relsOf) {
        StringBuilder b = new StringBuilder();
        canonical(element, relsOf, b, "");
        return b.toString();
    }

    private static void canonical(Element e, Map<String, Rel> relsOf, StringBuilder b, String indent) {
        b.append(indent).append('{').append(e.getNamespaceURI()).append('}').append(e.getLocalName());
        b.append(' ').append(attributeSet(e, Set.of(), relsOf)).append('\n');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                canonical(child, relsOf, b, indent + " ");
            } else if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !n.getNodeValue().isBlank()) {
                b.append(indent).append(" \"").append(n.getNodeValue()).append("\"\n");
            }
        }
    }

    private static String attributes(Element e, Set<String> except) {
        return attributeSet(e, except, Map.of()).toString();
    }

    private static TreeSet<String> attributeSet(Element e, Set<String> except, Map<String, Rel> relsOf) {
        NamedNodeMap attributes = e.getAttributes();
        TreeSet<String> sorted = new TreeSet<>();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String ns = a.getNamespaceURI();
            if ("http://www.w3.org/2000/xmlns/".equals(ns) || except.contains(a.getLocalName())) {
                continue;
            }
            String value = a.getNodeValue();
            if (REL.equals(ns) || (VML_OFFICE.equals(ns) && "relid".equals(a.getLocalName()))) {
                Rel rel = relsOf.get(value);
                value = rel != null ? rel.toString() : relsOf.isEmpty() ? value : "(no relationship " + value + ")";
            }
            if (e.getNamespaceURI() != null && e.getNamespaceURI().startsWith("urn:schemas-microsoft-com:")) {
                value = value.replaceAll("\\s+", " "); // VML's style attributes: line breaks are spaces
            }
            sorted.add((ns == null ? "" : "{" + ns + "}") + a.getLocalName() + "=" + typed(value));
        }
        return sorted;
    }

    /** The same boolean or number written differently ("true" and "1", "28.0" and "28") is the same value. */
    private static String typed(String value) {
        if (value.equals("true")) {
            return "1";
        }
        if (value.equals("false")) {
            return "0";
        }
        if (NUMBER.matcher(value).matches()) {
            try {
                return new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, a.lastIndexOf('\n', Math.max(0, i - 1)) + 1);
        String want = a.substring(from, Math.min(a.length(), i + 80)).strip();
        String got = b.substring(Math.min(from, b.length()), Math.min(b.length(), i + 80)).strip();
        return "[" + want.replace('\n', ' ') + "] -> [" + got.replace('\n', ' ') + "]";
    }

    private static Element first(Element parent, String ns, String local) {
        List<Element> found = parent == null ? List.of() : children(parent, ns, local);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String ns, String local) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && local.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                found.add(e);
            }
        }
        return found;
    }
}
