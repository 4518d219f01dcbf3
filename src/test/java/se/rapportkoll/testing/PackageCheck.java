package se.rapportkoll.testing;

import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks an xlsx/xlsm package as strictly as we can without Excel: every XML part against the
 * ECMA-376 transitional schemas (the XMLBeans types of poi-ooxml-full), after Markup Compatibility
 * processing as an ECMA consumer does it, and the rules Excel applies that the schemas do not state
 * (relationships, content types, style limits, names, hyperlinks, chart references).
 * <p>
 * Each problem is one line, {@code part: message}. Compare an output's problems with its input's
 * ({@link #added}): the tool must add none.
 */
public final class PackageCheck {

    /** Excel's limits: cell formats per workbook, and the practical limit on fonts. */
    public static final int MAX_CELL_FORMATS = 64_000;
    public static final int MAX_FONTS = 512;

    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String REL_TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    /**
     * Relationship types whose target the source finds by type, not by an r:id in its XML.
     * (ECMA-376 Part 1, the parts' "implicit relationship" clauses, and Microsoft's additions.)
     */
    private static final Set<String> IMPLICIT = Set.of(
            "styles", "theme", "sharedStrings", "calcChain", "comments", "pivotCacheDefinition", "volatileDependencies",
            "connections", "queryTable", "metadata", "customXml", "customXmlProps", "vbaProject", "tableSingleCells",
            "core-properties", "metadata/core-properties", "extended-properties", "custom-properties", "officeDocument",
            "thumbnail", "metadata/thumbnail", "revisionHeaders", "usernames", "persons", "threadedComment",
            "chartStyle", "chartColorStyle", "revisionLog", "package", "digital-signature/origin",
            "digital-signature/signature", "sheetMetadata", "rdRichValue", "rdRichValueStructure",
            "rdRichValueTypes", "richValueRel", "rdArray", "rdSupportingPropertyBag",
            "rdSupportingPropertyBagStructure", "slicerCache", "timelineCache", "ctrlProp", "webextension",
            "webextensiontaskpanes", "printerSettings", "vmlDrawing", "image", "customData", "FeaturePropertyBag",
            "classificationlabels", "sensitivitylabels", "keyMapCustomizations", "attachedToolbars", "wsSortMap");

    private static final Set<String> SHEET_NAME_FORBIDDEN = Set.of("\\", "/", "?", "*", "[", "]", ":");
    private static final Pattern NAME = Pattern.compile("[\\p{L}_\\\\][\\p{L}\\p{N}_.?\\\\]*");
    private static final Pattern A1 = Pattern.compile("(?i)\\$?[A-Z]{1,3}\\$?[0-9]+");
    private static final Pattern R1C1 = Pattern.compile("(?i)(R[0-9]*C[0-9]*|R|C)");
    /** A sheet qualifier in a formula: 'quoted name'! or plain name!. */
    private static final Pattern SHEET_REF = Pattern.compile("(?:'((?:[^']|'')+)'|([\\p{L}\\p{N}_.]+))!");

    /** The ECMA-376 transitional types compiled by POI (poi-ooxml-full). */
    private static final SchemaTypeLoader ECMA = XmlBeans.typeLoaderUnion(
            org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder.typeSystem, XmlBeans.getBuiltinTypeSystem());

    private final Map<String, byte[]> parts = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final Map<String, Document> docs = new HashMap<>();

    private PackageCheck() {
    }

    /** Every problem of the package, sorted. */
    public static List<String> problems(Path file) throws IOException {
        PackageCheck check = new PackageCheck();
        try (InputStream in = Files.newInputStream(file)) {
            check.read(in);
        }
        check.run();
        List<String> sorted = new ArrayList<>(check.problems);
        sorted.sort(null);
        return sorted;
    }

    /** The problems of {@code output} that {@code input} does not have (part names' numbers ignored). */
    public static List<String> added(Path input, Path output) throws IOException {
        Map<String, Integer> known = new HashMap<>();
        for (String p : problems(input)) {
            known.merge(normalised(p), 1, Integer::sum);
        }
        List<String> added = new ArrayList<>();
        for (String p : problems(output)) {
            String key = normalised(p);
            Integer n = known.get(key);
            if (n == null || n == 0) {
                added.add(p);
            } else {
                known.put(key, n - 1);
            }
        }
        return added;
    }

    /**
     * Counts of what re-processing must not grow: parts (and per kind), relationships, defined
     * names, and the style records (cell formats, fonts, fills, borders, number formats, dxfs).
     */
    public static Map<String, Integer> counts(Path file) throws IOException {
        PackageCheck check = new PackageCheck();
        try (InputStream in = Files.newInputStream(file)) {
            check.read(in);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("parts", check.parts.size());
        Map<String, Integer> byKind = new TreeMap<>();
        for (String name : check.parts.keySet()) {
            byKind.merge(name.replaceAll("[0-9]+", "#"), 1, Integer::sum);
        }
        byKind.forEach((k, v) -> counts.put("parts " + k, v));
        int relationships = 0;
        for (String name : check.parts.keySet()) {
            Document rels = name.endsWith(".rels") ? check.dom(name) : null;
            relationships += rels == null ? 0 : children(rels.getDocumentElement(), PR, "Relationship").size();
        }
        counts.put("relationships", relationships);
        String workbookPart = check.partOfType(REL_TYPES + "officeDocument", "/");
        Document workbook = workbookPart == null ? null : check.dom(workbookPart);
        if (workbook != null) {
            Element names = first(workbook.getDocumentElement(), MAIN, "definedNames");
            counts.put("definedNames", names == null ? 0 : children(names, MAIN, "definedName").size());
        }
        String styles = check.partOfType(REL_TYPES + "styles", "/xl/workbook.xml");
        Document doc = styles == null ? null : check.dom(styles);
        if (doc != null) {
            counts.put("cellXfs", children(first(doc.getDocumentElement(), MAIN, "cellXfs"), MAIN, "xf").size());
            counts.put("fonts", children(first(doc.getDocumentElement(), MAIN, "fonts"), MAIN, "font").size());
            counts.put("dxfs", children(first(doc.getDocumentElement(), MAIN, "dxfs"), MAIN, "dxf").size());
            counts.put("numFmts", children(first(doc.getDocumentElement(), MAIN, "numFmts"), MAIN, "numFmt").size());
            counts.put("fills", children(first(doc.getDocumentElement(), MAIN, "fills"), MAIN, "fill").size());
            counts.put("borders", children(first(doc.getDocumentElement(), MAIN, "borders"), MAIN, "border").size());
        }
        return counts;
    }

    private static String normalised(String problem) {
        return problem.replaceAll("[0-9]+", "#");
    }

    private void read(InputStream in) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) { // part names are case-insensitive (OPC); some writers use backslashes
                    String name = "/" + e.getName().replace('\\', '/');
                    try {
                        parts.put(name, zip.readAllBytes());
                    } catch (java.util.zip.ZipException damaged) { // a fuzzed input: a problem of its own, not a failed check
                        problem(name, "damaged zip entry (" + damaged.getMessage() + ")");
                        return;
                    }
                }
            }
        }
    }

    private void run() {
        Document types = dom("/[Content_Types].xml");
        if (types == null) {
            problem("/[Content_Types].xml", "missing");
            return;
        }
        for (Element d : children(types.getDocumentElement(), CT, "Default")) {
            defaults.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
        }
        for (Element o : children(types.getDocumentElement(), CT, "Override")) {
            String name = o.getAttribute("PartName");
            overrides.put(name.toLowerCase(Locale.ROOT), o.getAttribute("ContentType"));
            if (!containsIgnoreCase(parts.keySet(), name)) {
                problem("/[Content_Types].xml", "override for a missing part " + name);
            }
        }
        for (String part : parts.keySet()) {
            if (!part.equals("/[Content_Types].xml") && contentType(part) == null) {
                problem(part, "no content type");
            }
        }
        checkRelationships();
        for (String part : parts.keySet()) {
            if (isXml(part)) {
                validate(part);
            }
        }
        checkWorkbook();
    }

    // --- relationships ---

    private record Rel(String source, String id, String type, String target, boolean external) {
    }

    private final Map<String, List<Rel>> rels = new HashMap<>();

    private void checkRelationships() {
        for (String part : parts.keySet()) {
            if (!part.endsWith(".rels")) {
                continue;
            }
            String source = sourceOf(part);
            if (source == null) {
                problem(part, "not a relationship part name");
                continue;
            }
            if (!source.equals("/") && !parts.containsKey(source)) {
                problem(part, "relationships of a missing part " + source);
            }
            Document doc = dom(part);
            if (doc == null) {
                continue;
            }
            Set<String> ids = new HashSet<>();
            Set<String> targets = new HashSet<>();
            List<Rel> list = new ArrayList<>();
            for (Element r : children(doc.getDocumentElement(), PR, "Relationship")) {
                String id = r.getAttribute("Id");
                String type = r.getAttribute("Type");
                String target = r.getAttribute("Target");
                boolean external = "External".equals(r.getAttribute("TargetMode"));
                if (!ids.add(id)) {
                    problem(part, "duplicate relationship id " + id);
                }
                if (external) {
                    list.add(new Rel(source, id, type, target, true));
                    if (type.endsWith("/hyperlink")) {
                        checkHyperlinkTarget(part, target);
                    }
                    continue;
                }
                String resolved = resolve(source, target);
                list.add(new Rel(source, id, type, resolved, false));
                if (resolved == null || !parts.containsKey(resolved)) {
                    problem(part, "relationship " + shortType(type) + " to a missing part " + target);
                } else if (!targets.add(type + " " + resolved)) {
                    problem(part, "duplicate relationship " + shortType(type) + " to " + resolved);
                }
            }
            rels.put(source, list);
        }
        // every relationship used, every part reachable from the package's root
        for (List<Rel> list : rels.values()) {
            for (Rel rel : list) {
                if (rel.source().equals("/") || isImplicit(rel.type())) {
                    continue;
                }
                if (isXml(rel.source()) && !refersTo(rel.source(), rel.id())) {
                    problem(rel.source(), "relationship " + shortType(rel.type()) + " not used by the part");
                }
            }
        }
        Set<String> reached = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        while (!todo.isEmpty()) {
            String p = todo.pop();
            for (Rel rel : rels.getOrDefault(p, List.of())) {
                if (!rel.external() && rel.target() != null && reached.add(rel.target())) {
                    todo.push(rel.target());
                }
            }
        }
        for (String part : parts.keySet()) {
            if (!part.equals("/[Content_Types].xml") && !part.endsWith(".rels") && !reached.contains(part)) {
                problem(part, "part no relationship reaches");
            }
        }
    }

    private static boolean isImplicit(String type) {
        int slash = type.indexOf("/relationships/");
        String name = slash < 0 ? type : type.substring(slash + "/relationships/".length());
        return IMPLICIT.contains(name) || type.contains("/customXml");
    }

    /** Whether the part's XML names the relationship id in an attribute of the relationships namespace. */
    private boolean refersTo(String part, String id) {
        Document doc = dom(part);
        if (doc == null) {
            return true; // not parsed: reported elsewhere
        }
        return refersTo(doc.getDocumentElement(), id);
    }

    private static boolean refersTo(Element e, String id) {
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (id.equals(a.getValue()) && (R.equals(a.getNamespaceURI())
                    || a.getNamespaceURI() != null && a.getNamespaceURI().endsWith("/relationships"))) {
                return true;
            }
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && refersTo(child, id)) {
                return true;
            }
        }
        return false;
    }

    private void checkHyperlinkTarget(String part, String target) {
        if (target.isEmpty()) {
            problem(part, "empty hyperlink target");
        } else if (target.length() > 2079) {
            problem(part, "hyperlink target longer than Excel's 2079 characters");
        }
    }

    private static String sourceOf(String relsPart) {
        int slash = relsPart.lastIndexOf("/_rels/");
        if (slash < 0 || !relsPart.endsWith(".rels")) {
            return null;
        }
        String dir = relsPart.substring(0, slash + 1);
        String name = relsPart.substring(slash + "/_rels/".length(), relsPart.length() - ".rels".length());
        return name.isEmpty() ? "/" : dir + name;
    }

    private static String resolve(String source, String target) {
        try {
            URI base = URI.create(source.equals("/") ? "/" : source);
            String path = base.resolve(new URI(null, null, target, null)).getPath();
            return path;
        } catch (Exception e) {
            return null;
        }
    }

    private static String shortType(String type) {
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private String partOfType(String type, String source) {
        for (Rel rel : rels.getOrDefault(source, List.of())) {
            if (rel.type().equals(type) && !rel.external()) {
                return rel.target();
            }
        }
        // counts() runs without the relationship pass
        Document doc = dom(source.substring(0, source.lastIndexOf('/') + 1) + "_rels/"
                + source.substring(source.lastIndexOf('/') + 1) + ".rels");
        if (doc != null) {
            for (Element r : children(doc.getDocumentElement(), PR, "Relationship")) {
                if (r.getAttribute("Type").equals(type)) {
                    return resolve(source, r.getAttribute("Target"));
                }
            }
        }
        return null;
    }

    // --- schema ---

    private void validate(String part) {
        Document doc = dom(part);
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        Set<String> ignorable = new HashSet<>();
        applyMarkupCompatibility(root, ignorable);
        SchemaType type = ECMA.findDocumentType(
                new QName(root.getNamespaceURI(), root.getLocalName()));
        if (type == null) {
            return; // no ECMA schema for this part (Microsoft extension parts): nothing to validate against
        }
        try {
            XmlObject xml = ECMA.parse(doc, type, new XmlOptions());
            List<XmlError> errors = new ArrayList<>();
            xml.validate(new XmlOptions().setErrorListener(errors));
            for (XmlError error : errors) {
                if (error.getSeverity() == XmlError.SEVERITY_ERROR) {
                    problem(part, "schema: " + error.getMessage());
                }
            }
        } catch (Exception e) {
            problem(part, "schema: not parsed: " + e.getMessage());
        }
    }

    /**
     * ECMA-376 Part 3 as a consumer that understands only the transitional namespaces: content in
     * an ignorable namespace is removed, an AlternateContent is replaced by its first Choice whose
     * namespaces are all understood, else by its Fallback, and the MC attributes go.
     */
    private static void applyMarkupCompatibility(Element e, Set<String> inheritedIgnorable) {
        Set<String> ignorable = new HashSet<>(inheritedIgnorable);
        String declared = e.getAttributeNS(MC, "Ignorable");
        if (!declared.isEmpty()) {
            for (String prefix : declared.trim().split("\\s+")) {
                String ns = e.lookupNamespaceURI(prefix);
                if (ns != null && !understood(ns)) {
                    ignorable.add(ns);
                }
            }
        }
        NamedNodeMap attributes = e.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attributes.item(i);
            String ns = a.getNamespaceURI();
            // xml:space belongs to XML itself (Excel writes it on every text with spaces at its ends)
            if (MC.equals(ns) || ns != null && ignorable.contains(ns) || XMLConstants.XML_NS_URI.equals(ns)) {
                e.removeAttributeNode(a);
            }
        }
        for (Node n = e.getFirstChild(); n != null; ) {
            Node next = n.getNextSibling();
            if (n instanceof Element child) {
                if (MC.equals(child.getNamespaceURI()) && "AlternateContent".equals(child.getLocalName())) {
                    Element chosen = choose(child);
                    if (chosen != null) {
                        for (Node c = chosen.getFirstChild(); c != null; ) {
                            Node after = c.getNextSibling();
                            e.insertBefore(c, child);
                            if (c instanceof Element ce) {
                                applyMarkupCompatibility(ce, ignorable);
                            }
                            c = after;
                        }
                    }
                    e.removeChild(child);
                } else if (child.getNamespaceURI() != null && ignorable.contains(child.getNamespaceURI())) {
                    e.removeChild(child);
                } else {
                    applyMarkupCompatibility(child, ignorable);
                }
            }
            n = next;
        }
    }

    private static Element choose(Element alternate) {
        for (Element choice : children(alternate, MC, "Choice")) {
            boolean all = true;
            for (String prefix : choice.getAttribute("Requires").trim().split("\\s+")) {
                String ns = choice.lookupNamespaceURI(prefix);
                all &= ns != null && understood(ns);
            }
            if (all) {
                return choice;
            }
        }
        List<Element> fallback = children(alternate, MC, "Fallback");
        return fallback.isEmpty() ? null : fallback.get(0);
    }

    /** The namespaces of ECMA-376 transitional (and the VML ones it includes). */
    private static boolean understood(String ns) {
        return ns.startsWith("http://schemas.openxmlformats.org/") || ns.startsWith("urn:schemas-microsoft-com:")
                || ns.startsWith("http://purl.org/dc/") || ns.equals(XMLConstants.XML_NS_URI)
                || ns.equals(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI);
    }

    // --- the workbook's own rules ---

    private void checkWorkbook() {
        String workbook = partOfType(REL_TYPES + "officeDocument", "/");
        Document wb = workbook == null ? null : dom(workbook);
        if (wb == null) {
            problem("/", "no workbook part");
            return;
        }
        Map<String, String> sheetPartByName = new LinkedHashMap<>();
        Set<String> lowerNames = new HashSet<>();
        Map<String, Rel> byId = new HashMap<>();
        rels.getOrDefault(workbook, List.of()).forEach(r -> byId.put(r.id(), r));
        for (Element s : descendants(wb.getDocumentElement(), MAIN, "sheet")) {
            String name = s.getAttribute("name");
            if (name.isEmpty() || name.length() > 31 || SHEET_NAME_FORBIDDEN.stream().anyMatch(name::contains)
                    || name.startsWith("'") || name.endsWith("'")) {
                problem(workbook, "sheet name not allowed: " + name);
            }
            if (!lowerNames.add(name.toLowerCase(Locale.ROOT))) {
                problem(workbook, "duplicate sheet name " + name);
            }
            Rel rel = byId.get(s.getAttributeNS(R, "id"));
            sheetPartByName.put(name, rel == null ? null : rel.target());
        }
        int sheetCount = sheetPartByName.size();
        Set<String> names = new HashSet<>();
        for (Element n : descendants(wb.getDocumentElement(), MAIN, "definedName")) {
            String name = n.getAttribute("name");
            String scope = n.getAttribute("localSheetId");
            if (!validName(name)) {
                problem(workbook, "defined name not allowed: " + name);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT) + "@" + scope)) {
                problem(workbook, "duplicate defined name " + name + (scope.isEmpty() ? "" : " in sheet " + scope));
            }
            if (!scope.isEmpty() && (!scope.matches("[0-9]+") || Integer.parseInt(scope) >= sheetCount)) {
                problem(workbook, "defined name " + name + " scoped to a missing sheet " + scope);
            }
            if (n.getTextContent().isBlank()) {
                problem(workbook, "defined name " + name + " refers to nothing");
            }
            checkSheetReferences(workbook, "defined name " + name, n.getTextContent(), sheetPartByName.keySet());
        }
        checkStyles(workbook, sheetPartByName);
        for (Map.Entry<String, String> sheet : sheetPartByName.entrySet()) {
            if (sheet.getValue() == null) {
                problem(workbook, "sheet " + sheet.getKey() + " without its part");
                continue;
            }
            checkHyperlinks(sheet.getValue());
            for (Rel drawing : rels.getOrDefault(sheet.getValue(), List.of())) {
                if (drawing.type().endsWith("/drawing") && !drawing.external()) {
                    for (Rel chart : rels.getOrDefault(drawing.target(), List.of())) {
                        if (chart.type().endsWith("/chart") && !chart.external() && dom(chart.target()) != null) {
                            for (Element f : descendants(dom(chart.target()).getDocumentElement(), CHART, "f")) {
                                checkSheetReferences(chart.target(), "chart reference", f.getTextContent(),
                                        sheetPartByName.keySet());
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean validName(String name) {
        if (name.isEmpty() || name.length() > 255 || !NAME.matcher(name).matches()) {
            return false;
        }
        String plain = name.startsWith("_xlnm.") ? name.substring(6) : name;
        return !A1.matcher(plain).matches() && !R1C1.matcher(plain).matches()
                && !plain.equalsIgnoreCase("TRUE") && !plain.equalsIgnoreCase("FALSE");
    }

    private void checkSheetReferences(String part, String what, String formula, Set<String> sheets) {
        String outsideStrings = formula.replaceAll("\"(?:[^\"]|\"\")*\"", "\"\"");
        Matcher m = SHEET_REF.matcher(outsideStrings);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
            if (name.startsWith("[") || name.contains("]")) {
                continue; // an external workbook's sheet
            }
            int colon = name.indexOf(':'); // Sheet1:Sheet3!A1
            List<String> each = colon < 0 ? List.of(name) : List.of(name.substring(0, colon), name.substring(colon + 1));
            for (String sheet : each) {
                if (sheets.stream().noneMatch(s -> s.equalsIgnoreCase(sheet))) {
                    problem(part, what + " to a missing sheet " + sheet + ": " + formula);
                }
            }
        }
    }

    private void checkStyles(String workbook, Map<String, String> sheets) {
        String stylesPart = partOfType(REL_TYPES + "styles", workbook);
        Document styles = stylesPart == null ? null : dom(stylesPart);
        if (styles == null) {
            return;
        }
        Element root = styles.getDocumentElement();
        List<Element> xfs = children(first(root, MAIN, "cellXfs"), MAIN, "xf");
        int fonts = children(first(root, MAIN, "fonts"), MAIN, "font").size();
        int fills = children(first(root, MAIN, "fills"), MAIN, "fill").size();
        int borders = children(first(root, MAIN, "borders"), MAIN, "border").size();
        int dxfs = children(first(root, MAIN, "dxfs"), MAIN, "dxf").size();
        int styleXfs = children(first(root, MAIN, "cellStyleXfs"), MAIN, "xf").size();
        Set<Integer> numFmts = new HashSet<>();
        for (Element f : children(first(root, MAIN, "numFmts"), MAIN, "numFmt")) {
            numFmts.add(Integer.parseInt(f.getAttribute("numFmtId")));
        }
        if (xfs.size() > MAX_CELL_FORMATS) {
            problem(stylesPart, "more cell formats than Excel's " + MAX_CELL_FORMATS + ": " + xfs.size());
        }
        if (fonts > MAX_FONTS) {
            problem(stylesPart, "more fonts than Excel's " + MAX_FONTS + ": " + fonts);
        }
        for (Element xf : xfs) {
            checkIndex(stylesPart, "cell format's font", xf.getAttribute("fontId"), fonts);
            checkIndex(stylesPart, "cell format's fill", xf.getAttribute("fillId"), fills);
            checkIndex(stylesPart, "cell format's border", xf.getAttribute("borderId"), borders);
            checkIndex(stylesPart, "cell format's style", xf.getAttribute("xfId"), styleXfs);
            String numFmt = xf.getAttribute("numFmtId");
            if (!numFmt.isEmpty() && Integer.parseInt(numFmt) >= 164 && !numFmts.contains(Integer.parseInt(numFmt))) {
                problem(stylesPart, "cell format's number format " + numFmt + " not defined");
            }
        }
        for (String sheet : sheets.values()) {
            Document doc = sheet == null ? null : dom(sheet);
            if (doc == null) {
                continue;
            }
            for (String element : List.of("c", "row", "col")) {
                for (Element c : descendants(doc.getDocumentElement(), MAIN, element)) {
                    checkIndex(sheet, element + " style", c.getAttribute(element.equals("col") ? "style" : "s"), xfs.size());
                }
            }
            for (Element rule : descendants(doc.getDocumentElement(), MAIN, "cfRule")) {
                checkIndex(sheet, "conditional format's dxf", rule.getAttribute("dxfId"), dxfs);
            }
        }
    }

    private void checkIndex(String part, String what, String value, int size) {
        if (value.isEmpty()) {
            return;
        }
        try {
            long i = Long.parseLong(value);
            if (i < 0 || i >= size) {
                problem(part, what + " " + value + " beyond the " + size + " defined");
            }
        } catch (NumberFormatException e) {
            problem(part, what + " not a number: " + value);
        }
    }

    private void checkHyperlinks(String sheet) {
        Document doc = dom(sheet);
        if (doc == null) {
            return;
        }
        Map<String, Rel> byId = new HashMap<>();
        rels.getOrDefault(sheet, List.of()).forEach(r -> byId.put(r.id(), r));
        for (Element link : descendants(doc.getDocumentElement(), MAIN, "hyperlink")) {
            String id = link.getAttributeNS(R, "id");
            if (id.isEmpty()) {
                if (link.getAttribute("location").isEmpty()) {
                    problem(sheet, "hyperlink " + link.getAttribute("ref") + " with neither a target nor a location");
                }
                continue;
            }
            Rel rel = byId.get(id);
            if (rel == null || !rel.type().endsWith("/hyperlink")) {
                problem(sheet, "hyperlink " + link.getAttribute("ref") + " without its relationship");
            } else if (!rel.external()) {
                problem(sheet, "hyperlink " + link.getAttribute("ref") + " relationship not external");
            }
        }
    }

    // --- helpers ---

    private String contentType(String part) {
        String override = overrides.get(part.toLowerCase(Locale.ROOT));
        if (override != null) {
            return override;
        }
        int dot = part.lastIndexOf('.');
        return dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private boolean isXml(String part) {
        String type = contentType(part);
        return type != null && (type.endsWith("+xml") || type.endsWith("/xml") || type.endsWith("vmlDrawing"));
    }

    private Document dom(String part) {
        if (docs.containsKey(part)) {
            return docs.get(part);
        }
        byte[] bytes = parts.get(part);
        Document doc = null;
        if (bytes != null) {
            try {
                doc = builder().parse(new ByteArrayInputStream(bytes));
            } catch (Exception e) {
                problem(part, "not well-formed XML: " + e.getMessage());
            }
        }
        docs.put(part, doc);
        return doc;
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        DocumentBuilder builder = f.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler()); // a part that does not parse is reported, not printed
        return builder;
    }

    private static boolean containsIgnoreCase(Set<String> set, String value) {
        return set.stream().anyMatch(s -> s.equalsIgnoreCase(value));
    }

    static Element first(Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, ns, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** In document order; a walk of our own, as the DOM's live node lists are slow on large sheets. */
    private static List<Element> descendants(Element root, String ns, String name) {
        List<Element> found = new ArrayList<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (n instanceof Element e && e != root && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                found.add(e);
            }
            for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
                if (c instanceof Element) {
                    todo.push(c);
                }
            }
        }
        return found;
    }

    private void problem(String part, String message) {
        problems.add(part + ": " + message);
    }

    /** For a look at one file: {@code java ... PackageCheck file.xlsx}. */
    public static void main(String[] args) throws IOException {
        for (String arg : args) {
            List<String> found = problems(Path.of(arg));
            System.out.println(arg + ": " + found.size() + " problem(s)");
            found.forEach(p -> System.out.println("  " + p));
        }
        if (args.length == 0) {
            System.err.println("usage: PackageCheck FILE.xlsx... " + Arrays.toString(args));
        }
    }
}
