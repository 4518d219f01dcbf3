package se.rapportkoll.xlsx.write;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The fidelity fixtures. {@code features.xlsx} and {@code objects.xlsx} are written by LibreOffice
 * from hand-written .fods files (scripts/make-fidelity-fixtures.sh). What LibreOffice cannot
 * write is added here to a copy of features.xlsx as hand-written OOXML parts, at the zip level,
 * so that POI never writes a fixture: a theme, frozen panes, a very hidden sheet, shared
 * formulas, an Excel table with a structured reference, an external link, and a VBA project.
 */
final class FidelityFixtures {

    static final Path DIR = Path.of("src/test/resources/fidelity");
    static final Path FEATURES = DIR.resolve("features.xlsx");
    static final Path OBJECTS = DIR.resolve("objects.xlsx");

    static final String MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    static final String EXTERNAL_TARGET = "file:///C:/Ekonomi/Budget%202025.xlsx";

    private FidelityFixtures() {
    }

    /** A .xlsx/.xlsm as its zip parts, in their order. */
    static final class ZipParts {
        final Map<String, byte[]> parts = new LinkedHashMap<>();

        static ZipParts read(Path file) throws IOException {
            ZipParts zip = new ZipParts();
            try (InputStream in = Files.newInputStream(file); ZipInputStream z = new ZipInputStream(in)) {
                for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                    zip.parts.put(e.getName(), z.readAllBytes());
                }
            }
            return zip;
        }

        void write(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                    z.putNextEntry(new ZipEntry(e.getKey()));
                    z.write(e.getValue());
                    z.closeEntry();
                }
            }
        }

        byte[] bytes(String name) {
            byte[] b = parts.get(name);
            if (b == null) {
                throw new IllegalStateException("no part " + name + " in " + parts.keySet());
            }
            return b;
        }

        String text(String name) {
            return new String(bytes(name), StandardCharsets.UTF_8);
        }

        void put(String name, String text) {
            parts.put(name, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Replaces exactly one occurrence of {@code find} in a part; fails loudly when the fixture changed. */
        void replace(String name, String find, String replacement) {
            String text = text(name);
            int at = text.indexOf(find);
            if (at < 0 || text.indexOf(find, at + 1) >= 0) {
                throw new IllegalStateException("expected one '" + find + "' in " + name);
            }
            put(name, text.substring(0, at) + replacement + text.substring(at + find.length()));
        }

        void addContentType(String element) {
            replace("[Content_Types].xml", "</Types>", element + "</Types>");
        }

        void addRelationship(String relsPart, String id, String type, String target, boolean external) {
            replace(relsPart, "</Relationships>", "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\""
                    + target + "\"" + (external ? " TargetMode=\"External\"" : "") + "/></Relationships>");
        }
    }

    /**
     * features.xlsx plus what only Excel writes: a theme, frozen panes on Drift (column A and rows
     * 1–2), Underlag very hidden, the Summa formulas of Drift as one shared formula (B6:C6), the
     * table Tabell1 over Drift!A2:D5 with a structured reference to it (Kontroll!B7), an
     * external link (Kontroll!B8), and a column style on Kontroll!A whose cells A7 and A8 have none.
     */
    static Path excelFeatures(Path dir) throws IOException {
        ZipParts zip = ZipParts.read(FEATURES);
        addTheme(zip);
        String drift = "xl/worksheets/sheet1.xml";
        zip.replace(drift, "<selection pane=\"topLeft\" activeCell=\"A1\" activeCellId=\"0\" sqref=\"A1\"/>",
                "<pane xSplit=\"1\" ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\"/>"
                        + "<selection pane=\"topRight\" activeCell=\"B1\" sqref=\"B1\"/>"
                        + "<selection pane=\"bottomLeft\" activeCell=\"A3\" sqref=\"A3\"/>"
                        + "<selection pane=\"bottomRight\" activeCell=\"B3\" sqref=\"B3\"/>");
        zip.replace("xl/workbook.xml", "name=\"Underlag\" sheetId=\"3\" state=\"hidden\"",
                "name=\"Underlag\" sheetId=\"3\" state=\"veryHidden\"");
        // Shared formula: Excel writes a formula copied to the right once, with the others pointing to it.
        zip.replace(drift, "<f aca=\"false\">SUM(B3:B5)</f>", "<f t=\"shared\" ref=\"B6:C6\" si=\"0\">SUM(B3:B5)</f>");
        zip.replace(drift, "<f aca=\"false\">SUM(C3:C5)</f>", "<f t=\"shared\" si=\"0\"/>");
        addTable(zip, drift);
        addExternalLink(zip);
        String kontroll = "xl/worksheets/sheet2.xml";
        zip.replace(kontroll, "</sheetData>", "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Budget enligt tabellen</t></is></c>"
                + "<c r=\"B7\" s=\"3\"><f>SUM(Tabell1[Budget jan-aug 2025])</f><v>2300</v></c></row>"
                + "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>Budget 2025 enligt förvaltningen</t></is></c>"
                + "<c r=\"B8\" s=\"3\"><f>[1]Blad1!$B$2</f><v>5000</v></c></row></sheetData>");
        zip.replace(kontroll, "<dimension ref=\"A1:B6\"/>", "<dimension ref=\"A1:B8\"/>");
        // A column style: the texts A7 and A8 have no style of their own, so Excel shows them in style 0.
        zip.replace(kontroll, "max=\"1\" min=\"1\" style=\"0\"", "max=\"1\" min=\"1\" style=\"3\"");
        Path file = dir.resolve("excel-features.xlsx");
        zip.write(file);
        return file;
    }

    /** features.xlsx made macro-enabled: a VBA project part and the macro-enabled workbook content type. */
    static Path macroWorkbook(Path dir) throws IOException {
        ZipParts zip = ZipParts.read(FEATURES);
        zip.parts.put("xl/vbaProject.bin", vbaProject());
        zip.replace("[Content_Types].xml",
                "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"",
                "ContentType=\"" + MACRO_MAIN + "\"");
        zip.addContentType("<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>");
        zip.addRelationship("xl/_rels/workbook.xml.rels", "rIdVba",
                "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin", false);
        Path file = dir.resolve("makron.xlsm");
        zip.write(file);
        return file;
    }

    /**
     * An OLE2 compound file laid out as a VBA project (PROJECT, VBA/dir, VBA/_VBA_PROJECT, a
     * module stream). The streams are not a compiled project Excel would run; the tool must
     * carry the part byte for byte whatever it holds.
     */
    static byte[] vbaProject() throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(ascii("ID=\"{00000000-0000-0000-0000-000000000000}\"\r\n"
                    + "Document=ThisWorkbook/&H00000000\r\nModule=Rapport\r\nName=\"VBAProject\"\r\n")), "PROJECT");
            DirectoryEntry vba = fs.getRoot().createDirectory("VBA");
            vba.createDocument("_VBA_PROJECT", new ByteArrayInputStream(new byte[] {(byte) 0xCC, 0x61, (byte) 0xFF, (byte) 0xFF, 0x00, 0x00, 0x00}));
            vba.createDocument("dir", new ByteArrayInputStream(ascii("rapportkoll fidelity fixture: not a compressed dir stream")));
            vba.createDocument("Rapport", new ByteArrayInputStream(ascii(
                    "Attribute VB_Name = \"Rapport\"\r\nSub Uppdatera()\r\n    Application.CalculateFull\r\nEnd Sub\r\n")));
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void addTheme(ZipParts zip) {
        zip.put("xl/theme/theme1.xml", THEME);
        zip.addContentType("<Override PartName=\"/xl/theme/theme1.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.theme+xml\"/>");
        zip.addRelationship("xl/_rels/workbook.xml.rels", "rIdTheme",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme", "theme/theme1.xml", false);
    }

    private static void addTable(ZipParts zip, String sheet) {
        zip.put("xl/tables/table1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabell1" \
                displayName="Tabell1" ref="A2:D5" totalsRowShown="0"><autoFilter ref="A2:D5"/><tableColumns count="4">\
                <tableColumn id="1" name="Rad"/><tableColumn id="2" name="Budget jan-aug 2025"/>\
                <tableColumn id="3" name="Utfall jan-aug 2025"/><tableColumn id="4" name="Avvikelse jan-aug 2025"/>\
                </tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" \
                showRowStripes="1" showColumnStripes="0"/></table>""");
        zip.addContentType("<Override PartName=\"/xl/tables/table1.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml\"/>");
        zip.addRelationship("xl/worksheets/_rels/sheet1.xml.rels", "rIdTable1",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table", "../tables/table1.xml", false);
        zip.replace(sheet, "</worksheet>", "<tableParts count=\"1\"><tablePart r:id=\"rIdTable1\"/></tableParts></worksheet>");
    }

    private static void addExternalLink(ZipParts zip) {
        zip.put("xl/externalLinks/externalLink1.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1">\
                <sheetNames><sheetName val="Blad1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2">\
                <cell r="B2"><v>5000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>""");
        zip.put("xl/externalLinks/_rels/externalLink1.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship \
                Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" \
                Target="%s" TargetMode="External"/></Relationships>""".formatted(EXTERNAL_TARGET));
        zip.addContentType("<Override PartName=\"/xl/externalLinks/externalLink1.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/>");
        zip.addRelationship("xl/_rels/workbook.xml.rels", "rIdExt1",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink",
                "externalLinks/externalLink1.xml", false);
        zip.replace("xl/workbook.xml", "</sheets>",
                "</sheets><externalReferences><externalReference r:id=\"rIdExt1\"/></externalReferences>");
    }

    /** A small complete theme (colour, font and format schemes), as Excel's parts are laid out. */
    private static final String THEME = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Kommun"><a:themeElements>\
            <a:clrScheme name="Kommun"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>\
            <a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F3A5F"/></a:dk2>\
            <a:lt2><a:srgbClr val="E7ECF2"/></a:lt2><a:accent1><a:srgbClr val="005A9C"/></a:accent1>\
            <a:accent2><a:srgbClr val="C8102E"/></a:accent2><a:accent3><a:srgbClr val="5B8F22"/></a:accent3>\
            <a:accent4><a:srgbClr val="F2A900"/></a:accent4><a:accent5><a:srgbClr val="6F2C91"/></a:accent5>\
            <a:accent6><a:srgbClr val="00857C"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink>\
            <a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>\
            <a:fontScheme name="Kommun"><a:majorFont><a:latin typeface="Georgia"/><a:ea typeface=""/><a:cs typeface=""/>\
            </a:majorFont><a:minorFont><a:latin typeface="Verdana"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont>\
            </a:fontScheme><a:fmtScheme name="Kommun"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
            <a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
            </a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
            <a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>\
            <a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst>\
            <a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>\
            <a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>\
            <a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>\
            <a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements>\
            <a:objectDefaults/><a:extraClrSchemeLst/></a:theme>""";
}
