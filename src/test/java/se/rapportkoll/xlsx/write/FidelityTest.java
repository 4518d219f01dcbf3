package se.rapportkoll.xlsx.write;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import se.rapportkoll.model.Fill;
import se.rapportkoll.pipeline.Pipeline;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static se.rapportkoll.testing.PackageKept.canonical;
import static se.rapportkoll.xlsx.write.FidelityFixtures.ZipParts;
import static se.rapportkoll.xlsx.write.WorkbookDescriptions.cell;

/**
 * Every feature of the user's workbook survives processing (issue 7): each fixture is processed,
 * the empty Avvikelse cell Drift!D4 must be filled, every user cell must be unchanged
 * ({@link PreservationTest#assertPreserved}), and the feature must be intact in the output,
 * compared part by part with the input. Fixtures: see {@link FidelityFixtures} and docs/fidelity.md.
 */
class FidelityTest {

    static final String FEATURES = "features.xlsx";
    static final String OBJECTS = "objects.xlsx";
    static final String EXCEL = "excel-features.xlsx";
    static final String MACROS = "makron.xlsm";

    /** An input fixture, its output and the run's result. */
    record Processed(Path input, Path output, Pipeline.Result result) {
        ZipParts in() throws Exception {
            return ZipParts.read(input);
        }

        ZipParts out() throws Exception {
            return ZipParts.read(output);
        }
    }

    @TempDir
    static Path dir;
    static final Map<String, Processed> PROCESSED = new HashMap<>();

    @BeforeAll
    static void processFixtures() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> inputs = List.of(FidelityFixtures.FEATURES, FidelityFixtures.OBJECTS,
                FidelityFixtures.excelFeatures(in), FidelityFixtures.macroWorkbook(in));
        for (Path input : inputs) {
            Path output = out.resolve(input.getFileName());
            PROCESSED.put(input.getFileName().toString(), new Processed(input, output, OutputFixtures.process(input, output)));
        }
    }

    /** The fixture processed; the fill happened and every user cell is as it was. */
    static Processed processed(String fixture) throws Exception {
        Processed p = PROCESSED.get(fixture);
        List<String> fills = new ArrayList<>();
        for (Fill fill : p.result().fills()) {
            fills.add(fill.sheet() + "!" + fill.address() + " =" + fill.formula());
        }
        assertTrue(fills.contains("Drift!D4 =B4-C4") || fills.contains("Drift!D3 =B3-C3"),
                fixture + ": the empty Avvikelse cell is filled: " + fills);
        PreservationTest.assertPreserved(p.input(), p.output(), p.result());
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {FEATURES, OBJECTS, EXCEL, MACROS})
    void userCellsAreUnchangedAndTheDeviationIsFilled(String fixture) throws Exception {
        Processed p = processed(fixture);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            Cell filled = out.getSheet("Drift").getRow(fixture.equals(OBJECTS) ? 2 : 3).getCell(3);
            assertEquals(-60.0, filled.getNumericCellValue(), 0.0, fixture + ": 800 - 860");
        }
    }

    // --- formulas ---

    @Test
    void sharedFormulas() throws Exception {
        Processed p = processed(EXCEL);
        String sheet = p.out().text("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("<f t=\"shared\" ref=\"B6:C6\" si=\"0\">SUM(B3:B5)</f>"), sheet);
        assertTrue(sheet.matches("(?s).*<c r=\"C6\"[^>]*><f t=\"shared\" si=\"0\"/>.*"), sheet);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals("SUM(C3:C5)", cell(out.getSheet("Drift"), 5, 2).getCellFormula());
        }
    }

    @Test
    void arrayFormula() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            Cell c = cell(out.getSheet("Kontroll"), 3, 1);
            assertTrue(c.isPartOfArrayFormulaGroup(), "Kontroll!B4 is an array formula");
            assertEquals("B4", c.getArrayFormulaRange().formatAsString());
            assertEquals("SUM(Drift!B3:B5-Drift!C3:C5)", c.getCellFormula());
        }
    }

    @Test
    void crossSheetReference() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals("Underlag!B2", cell(out.getSheet("Drift"), 4, 2).getCellFormula());
            assertEquals("Drift!B6*(1+Momssats)", cell(out.getSheet("Kontroll"), 2, 1).getCellFormula());
        }
    }

    @Test
    void definedNameUsedInAFormula() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            Name name = out.getName("Momssats");
            assertNotNull(name, "the name Momssats");
            assertEquals("Underlag!$B$3", name.getRefersToFormula());
            assertEquals(-1, name.getSheetIndex(), "workbook scope");
            assertEquals("Momssats", cell(out.getSheet("Kontroll"), 1, 1).getCellFormula());
        }
    }

    @Test
    void structuredReferenceToAnExcelTable() throws Exception {
        Processed p = processed(EXCEL);
        assertTrue(p.out().text("xl/worksheets/sheet2.xml").contains("<f>SUM(Tabell1[Budget jan-aug 2025])</f>"));
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            Cell c = cell(out.getSheet("Kontroll"), 6, 1);
            assertEquals("SUM(Tabell1[Budget jan-aug 2025])", c.getCellFormula());
            assertEquals(2300.0, c.getNumericCellValue(), 0.0);
        }
    }

    // --- cell features ---

    @Test
    void conditionalFormatting() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook in = OutputFixtures.open(p.input()); XSSFWorkbook out = OutputFixtures.open(p.output())) {
            List<String> before = conditionalFormats(in.getSheet("Drift"));
            assertEquals(List.of("D3:D6: type 1 op 6 '0' null font bold true"), before);
            assertEquals(before, conditionalFormats(out.getSheet("Drift")));
        }
        // The rule's format, the first dxf; the tool's sheets may add formats after the user's.
        assertEquals(part(p.in(), "xl/styles.xml", "dxf"), part(p.out(), "xl/styles.xml", "dxf"), "the rule's format (dxf)");
    }

    @Test
    void dataValidationList() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook in = OutputFixtures.open(p.input()); XSSFWorkbook out = OutputFixtures.open(p.output())) {
            List<String> before = validations(in.getSheet("Kontroll"));
            assertEquals(List.of("B5: list [Klar, Pågår, Ej påbörjad] blank true error true"), before);
            assertEquals(before, validations(out.getSheet("Kontroll")));
        }
        assertEquals(part(p.in(), "xl/worksheets/sheet2.xml", "dataValidations"),
                part(p.out(), "xl/worksheets/sheet2.xml", "dataValidations"));
    }

    @Test
    void commentsAndNotes() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals(Map.of("A3", "Ekonomienheten: Grundskola och gymnasium."),
                    WorkbookDescriptions.comments(out.getSheet("Drift")));
        }
        assertTrue(p.out().parts.keySet().stream().anyMatch(n -> n.startsWith("xl/drawings/vmlDrawing")),
                "the note's VML shape");
    }

    @Test
    void hyperlinks() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            Cell c = cell(out.getSheet("Kontroll"), 5, 0);
            assertNotNull(c.getHyperlink(), "Kontroll!A6 links");
            assertEquals("https://www.example.se/budgetanvisning", c.getHyperlink().getAddress());
            assertEquals("Budgetanvisning 2025", c.getStringCellValue());
        }
    }

    @Test
    void mergedCells() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals(List.of("A1:D1"), WorkbookDescriptions.mergedRegions(out.getSheet("Drift")));
        }
    }

    @Test
    void frozenPanes() throws Exception {
        Processed p = processed(EXCEL);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals("split 1,2 top-left 1,2 frozen active LOWER_RIGHT", WorkbookDescriptions.panes(out.getSheet("Drift")));
        }
        assertEquals(part(p.in(), "xl/worksheets/sheet1.xml", "sheetViews"), part(p.out(), "xl/worksheets/sheet1.xml", "sheetViews"));
    }

    @Test
    void printSettings() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            XSSFSheet drift = out.getSheet("Drift");
            assertEquals("Drift!$A$1:$D$6", out.getPrintArea(0));
            assertTrue(drift.getPrintSetup().getLandscape(), "landscape");
            assertEquals("2:2", drift.getRepeatingRows().formatAsString());
        }
        for (String element : List.of("pageSetup", "pageMargins", "printOptions")) {
            assertEquals(part(p.in(), "xl/worksheets/sheet1.xml", element), part(p.out(), "xl/worksheets/sheet1.xml", element), element);
        }
    }

    @Test
    void hiddenSheet() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals(SheetVisibility.HIDDEN, out.getSheetVisibility(out.getSheetIndex("Underlag")));
            assertEquals(SheetVisibility.VISIBLE, out.getSheetVisibility(out.getSheetIndex("Drift")));
        }
    }

    @Test
    void veryHiddenSheet() throws Exception {
        Processed p = processed(EXCEL);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals(SheetVisibility.VERY_HIDDEN, out.getSheetVisibility(out.getSheetIndex("Underlag")));
        }
    }

    @Test
    void sheetProtection() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            XSSFSheet kontroll = out.getSheet("Kontroll");
            assertTrue(kontroll.getProtect(), "Kontroll is protected");
            assertTrue(kontroll.isObjectsLocked() && kontroll.isScenariosLocked(), "objects and scenarios locked");
            assertFalse(out.getSheet("Drift").getProtect(), "Drift is not");
        }
        assertEquals(part(p.in(), "xl/worksheets/sheet2.xml", "sheetProtection"),
                part(p.out(), "xl/worksheets/sheet2.xml", "sheetProtection"));
    }

    @Test
    void customNumberFormats() throws Exception {
        Processed p = processed(FEATURES);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals("#,##0\" tkr\"", cell(out.getSheet("Drift"), 2, 1).getCellStyle().getDataFormatString());
            assertEquals("#,##0\" tkr\"", cell(out.getSheet("Drift"), 3, 3).getCellStyle().getDataFormatString(), "the filled cell too");
            assertEquals("0.0\\ %", cell(out.getSheet("Kontroll"), 1, 1).getCellStyle().getDataFormatString());
        }
        String before = part(p.in(), "xl/styles.xml", "numFmts");
        String after = part(p.out(), "xl/styles.xml", "numFmts");
        for (String format : List.of("#,##0\" tkr\"", "0.0\\ %")) {
            assertTrue(before.contains(format) && after.contains(format), format + " in " + after);
        }
    }

    @Test
    void theme() throws Exception {
        Processed p = processed(EXCEL);
        assertEquals(canonical(p.in().bytes("xl/theme/theme1.xml")), canonical(p.out().bytes("xl/theme/theme1.xml")));
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals("005A9C", hex(out.getTheme().getThemeColor(4).getRGB()), "accent1");
        }
    }

    /**
     * Kontroll's column A has a style, and A7 has none of its own: Excel shows A7 in style 0. POI
     * writes the column's style onto such a cell unless told otherwise; the output must not.
     */
    @Test
    void unstyledCellInAStyledColumn() throws Exception {
        Processed p = processed(EXCEL);
        String kontroll = p.out().text("xl/worksheets/sheet2.xml");
        assertTrue(kontroll.matches("(?s).*<c r=\"A7\"( s=\"0\"| t=\"(s|inlineStr)\")*>.*"), kontroll);
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            assertEquals(0, WorkbookDescriptions.shownStyle(cell(out.getSheet("Kontroll"), 6, 0)).getIndex());
            assertEquals(3, out.getSheet("Kontroll").getColumnStyle(0).getIndex(), "the column's style is kept");
        }
    }

    // --- objects ---

    @Test
    void charts() throws Exception {
        Processed p = processed(OBJECTS);
        ZipParts in = p.in();
        ZipParts out = p.out();
        assertEquals(canonical(in.bytes("xl/charts/chart1.xml")), canonical(out.bytes("xl/charts/chart1.xml")));
        assertEquals(relationships(in, "xl/drawings/_rels/drawing1.xml.rels"), relationships(out, "xl/drawings/_rels/drawing1.xml.rels"));
        assertEquals(canonical(in.bytes("xl/drawings/drawing1.xml")), canonical(out.bytes("xl/drawings/drawing1.xml")));
        try (XSSFWorkbook wb = OutputFixtures.open(p.output())) {
            assertEquals(1, wb.getSheet("Drift").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void images() throws Exception {
        Processed p = processed(OBJECTS);
        assertArrayEquals(p.in().bytes("xl/media/image1.png"), p.out().bytes("xl/media/image1.png"));
        assertTrue(relationships(p.out(), "xl/drawings/_rels/drawing1.xml.rels").contains("image -> ../media/image1.png"));
        try (XSSFWorkbook wb = OutputFixtures.open(p.output())) {
            assertEquals(1, wb.getAllPictures().size());
        }
    }

    @Test
    void pivotTableKeptAndItsCacheRefreshesOnOpen() throws Exception {
        Processed p = processed(OBJECTS);
        ZipParts in = p.in();
        ZipParts out = p.out();
        assertEquals(canonical(in.bytes("xl/pivotTables/pivotTable1.xml")), canonical(out.bytes("xl/pivotTables/pivotTable1.xml")));
        assertEquals(canonical(in.bytes("xl/pivotCache/pivotCacheRecords1.xml")),
                canonical(out.bytes("xl/pivotCache/pivotCacheRecords1.xml")));
        Element cache = document(out.bytes("xl/pivotCache/pivotCacheDefinition1.xml")).getDocumentElement();
        assertEquals("1", cache.getAttribute("refreshOnLoad").replace("true", "1"), "refreshOnLoad");
        // Apart from refreshOnLoad the cache definition is the user's.
        cache.removeAttribute("refreshOnLoad");
        assertEquals(canonical(in.bytes("xl/pivotCache/pivotCacheDefinition1.xml")), canonical(cache));
        try (XSSFWorkbook wb = OutputFixtures.open(p.output())) {
            assertEquals(1, wb.getPivotTables().size());
        }
    }

    @Test
    void excelTable() throws Exception {
        Processed p = processed(EXCEL);
        assertEquals(canonical(p.in().bytes("xl/tables/table1.xml")), canonical(p.out().bytes("xl/tables/table1.xml")));
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            List<XSSFTable> tables = out.getSheet("Drift").getTables();
            assertEquals(1, tables.size());
            assertEquals("Tabell1", tables.get(0).getName());
            assertEquals("A2:D5", tables.get(0).getArea().formatAsString());
        }
    }

    @Test
    void externalLinks() throws Exception {
        Processed p = processed(EXCEL);
        assertEquals(canonical(p.in().bytes("xl/externalLinks/externalLink1.xml")),
                canonical(p.out().bytes("xl/externalLinks/externalLink1.xml")));
        assertTrue(relationships(p.out(), "xl/externalLinks/_rels/externalLink1.xml.rels")
                .contains("externalLinkPath -> " + FidelityFixtures.EXTERNAL_TARGET + " (External)"));
        assertTrue(p.out().text("xl/workbook.xml").contains("<externalReference "), "the workbook refers to the link");
        try (XSSFWorkbook out = OutputFixtures.open(p.output())) {
            Cell c = cell(out.getSheet("Kontroll"), 7, 1);
            assertEquals("[1]Blad1!$B$2", c.getCellFormula());
            assertEquals(5000.0, c.getNumericCellValue(), 0.0, "the linked value as cached");
        }
    }

    @Test
    void vbaProjectInXlsm() throws Exception {
        Processed p = processed(MACROS);
        assertTrue(p.output().getFileName().toString().endsWith(".xlsm"));
        assertArrayEquals(p.in().bytes("xl/vbaProject.bin"), p.out().bytes("xl/vbaProject.bin"), "vbaProject.bin byte for byte");
        try (InputStream in = Files.newInputStream(p.output()); OPCPackage pkg = OPCPackage.open(in)) {
            PackagePart workbook = pkg.getPart(PackagingURIHelper.createPartName("/xl/workbook.xml"));
            assertEquals(FidelityFixtures.MACRO_MAIN, workbook.getContentType());
            PackagePart vba = pkg.getPart(PackagingURIHelper.createPartName("/xl/vbaProject.bin"));
            assertEquals("application/vnd.ms-office.vbaProject", vba.getContentType());
        }
        assertTrue(relationships(p.out(), "xl/_rels/workbook.xml.rels").contains("vbaProject -> vbaProject.bin"));
    }

    // --- a real client ---

    /**
     * LibreOffice opens each output, recalculates every formula (the user's, the filled ones and
     * the tool's sheets) and agrees with the cached values; see {@link LibreOfficeRecalcCheck}.
     * The .xlsm is given to LibreOffice under an .xlsx name: {@link LibreOfficeRecalcCheck#convert}
     * finds the converted copy by the same file name.
     */
    @Test
    void libreOfficeRecalculatesTheCachedValues() throws Exception {
        assumeTrue(LibreOfficeRecalcCheck.soffice().isPresent(), "soffice is not on PATH");
        Path copies = Files.createDirectories(dir.resolve("lo-in"));
        Map<Path, Path> outputs = new LinkedHashMap<>();
        for (String fixture : List.of(FEATURES, OBJECTS, EXCEL, MACROS)) {
            Path output = processed(fixture).output();
            outputs.put(output, Files.copy(output, copies.resolve(fixture.replace(".xlsm", "-xlsm.xlsx"))));
        }
        Path converted = Files.createDirectories(dir.resolve("lo-out"));
        LibreOfficeRecalcCheck.convert(converted, dir.resolve("lo-profile"), List.copyOf(outputs.values()));
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Path, Path> e : outputs.entrySet()) {
            LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(e.getKey(), converted.resolve(e.getValue().getFileName()));
            assertTrue(report.compared() >= 5, e.getKey().getFileName() + ": formula cells compared " + report.compared());
            report.differences().forEach(d -> problems.add(e.getKey().getFileName() + ": " + d));
        }
        assertEquals(List.of(), problems);
    }

    // --- helpers ---

    private static String hex(byte[] rgb) {
        StringBuilder b = new StringBuilder();
        for (byte x : rgb) {
            b.append(String.format("%02X", x));
        }
        return b.toString();
    }

    private static List<String> conditionalFormats(XSSFSheet sheet) {
        List<String> formats = new ArrayList<>();
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
            ConditionalFormatting f = cf.getConditionalFormattingAt(i);
            StringBuilder b = new StringBuilder();
            for (var range : f.getFormattingRanges()) {
                b.append(range.formatAsString());
            }
            for (int r = 0; r < f.getNumberOfRules(); r++) {
                ConditionalFormattingRule rule = f.getRule(r);
                b.append(": type ").append(rule.getConditionType().id).append(" op ").append(rule.getComparisonOperation())
                        .append(" '").append(rule.getFormula1()).append("' ").append(rule.getFormula2())
                        .append(" font bold ").append(rule.getFontFormatting() != null && rule.getFontFormatting().isBold());
            }
            formats.add(b.toString());
        }
        return formats;
    }

    private static List<String> validations(XSSFSheet sheet) {
        List<String> result = new ArrayList<>();
        for (DataValidation v : sheet.getDataValidations()) {
            DataValidationConstraint c = v.getValidationConstraint();
            result.add(v.getRegions().getCellRangeAddress(0).formatAsString() + ": "
                    + (c.getValidationType() == DataValidationConstraint.ValidationType.LIST ? "list" : "type " + c.getValidationType())
                    + " " + (c.getExplicitListValues() == null ? c.getFormula1() : List.of(c.getExplicitListValues()))
                    + " blank " + v.getEmptyCellAllowed() + " error " + v.getShowErrorBox());
        }
        return result;
    }

    /** The relationships of a part as "type -> target", sorted, ids left out (they may be renumbered). */
    private static String relationships(ZipParts zip, String rels) throws Exception {
        TreeSet<String> result = new TreeSet<>();
        Element root = document(zip.bytes(rels)).getDocumentElement();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                String type = e.getAttribute("Type");
                result.add(type.substring(type.lastIndexOf('/') + 1) + " -> " + e.getAttribute("Target")
                        + ("External".equals(e.getAttribute("TargetMode")) ? " (External)" : ""));
            }
        }
        return String.join("\n", result);
    }

    /** The canonical form of the first element called {@code local} in a part; "" when there is none. */
    private static String part(ZipParts zip, String name, String local) throws Exception {
        var nodes = document(zip.bytes(name)).getElementsByTagNameNS("*", local);
        return nodes.getLength() == 0 ? "" : canonical((Element) nodes.item(0));
    }

    static Document document(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
