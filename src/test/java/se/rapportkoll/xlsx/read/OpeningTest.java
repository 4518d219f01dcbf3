package se.rapportkoll.xlsx.read;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.model.Rules;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workbooks Excel opens without asking are opened: Strict Open XML, Excel's default read-only
 * password, ISO date cells, and long strings that POI's default zip-bomb guard takes for a bomb;
 * a real bomb is still refused. The files are real ones from POI's test data (poi-corpus/NOTICE.md)
 * and ones other programs wrote.
 */
class OpeningTest {

    private static final Path CORPUS = Path.of("src/test/resources/poi-corpus");

    @TempDir
    Path dir;

    private Pipeline.Result process(Path input, Path output) throws Exception {
        return new Pipeline(RunOptions.swedish()).process(input, output, false);
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String part(Path file, String name) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no part " + name + " in " + file);
    }

    private static long opened(Pipeline.Result result) {
        return result.findings().stream().filter(f -> f.rule().equals(Rules.OPENED_AS)).count();
    }

    @Test
    void strictOpenXmlIsReadAndWrittenAsAnOrdinaryWorkbook() throws Exception {
        Path input = CORPUS.resolve("SimpleStrict.xlsx");
        byte[] before = Files.readAllBytes(input);
        Path out = dir.resolve("strict.xlsx");
        Pipeline.Result result = process(input, out);

        assertEquals(1, opened(result), "one info finding says how it was opened");
        assertTrue(part(input, "xl/workbook.xml").contains("purl.oclc.org/ooxml/spreadsheetml/main"), "the fixture is Strict");
        String workbook = part(out, "xl/workbook.xml");
        assertTrue(workbook.contains("http://schemas.openxmlformats.org/spreadsheetml/2006/main"), workbook);
        assertFalse(workbook.contains("purl.oclc.org"), workbook);
        try (XSSFWorkbook in = open(out)) {
            assertEquals(List.of("Sheet1", "Sheet Number 2"), List.of(in.getSheetName(0), in.getSheetName(1)));
            Cell date = in.getSheetAt(1).getRow(3).getCell(0);
            assertEquals(LocalDateTime.of(1990, 1, 1, 0, 0), date.getLocalDateTimeCellValue(), "the t=\"d\" cell is a date");
            assertTrue(DateUtil.isCellDateFormatted(date));
        }
        assertArrayEquals(before, Files.readAllBytes(input), "the input is never changed");
    }

    @Test
    void strictWorkbookWithStylesAndSeveralSheetsKeepsItsCells() throws Exception {
        Path input = CORPUS.resolve("sample.strict.xlsx");
        Path out = dir.resolve("sample.xlsx");
        assertEquals(1, opened(process(input, out)));
        Path asRead = dir.resolve("as-read.xlsx"); // POI reads Strict only through the conversion
        Files.write(asRead, Readable.of(Files.readAllBytes(input)).bytes());
        try (XSSFWorkbook wb = open(asRead)) {
            assertTrue(wb.getNumberOfSheets() > 0);
        }
        assertEquals("", se.rapportkoll.corpus.CorpusRun.lostCells(asRead, out), "every cell of the input is in the output");
        assertEquals(List.of(), se.rapportkoll.corpus.CorpusRun.lostParts(input, out), "every part of the input");
    }

    @Test
    void excelsDefaultReadOnlyPasswordIsOpenedAndTheOutputIsNotEncrypted() throws Exception {
        Path input = CORPUS.resolve("58616.xlsx");
        Path out = dir.resolve("velvet.xlsx");
        Pipeline.Result result = process(input, out);
        assertEquals(1, opened(result));
        byte[] written = Files.readAllBytes(out);
        assertEquals('P', written[0], "a zip package, not an encrypted OLE2 file");
        assertEquals('K', written[1]);
        try (XSSFWorkbook wb = open(out)) {
            assertTrue(wb.getNumberOfSheets() > 1);
        }
    }

    /**
     * A fuzzed count of the shared strings (8 876 876 876 876, more than any workbook's cells): POI
     * read it into an int and wrote it back negative, which the schema forbids. It is recounted.
     */
    @Test
    void anImpossibleSharedStringCountIsRecounted() throws Exception {
        Path input = CORPUS.resolve("MalformedSSTCount.xlsx");
        assertTrue(part(input, "xl/sharedStrings.xml").contains("count=\"8876876876876\""), "the fixture's count");
        Path out = dir.resolve("sst.xlsx");
        Pipeline.Result result = process(input, out);
        assertEquals(1, opened(result), "an info finding says the count was recounted");
        String sst = part(out, "xl/sharedStrings.xml");
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("<sst[^>]* count=\"(\\d+)\"").matcher(sst);
        assertTrue(count.find(), sst.substring(0, Math.min(300, sst.length())));
        long cells = 0;
        try (XSSFWorkbook wb = open(out)) {
            for (var sheet : wb) {
                for (var row : sheet) {
                    for (Cell c : row) {
                        cells += ((org.apache.poi.xssf.usermodel.XSSFCell) c).getCTCell().getT()
                                == org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.S ? 1 : 0;
                    }
                }
            }
        }
        assertEquals(cells, Long.parseLong(count.group(1)), "the count is the number of cells using a shared string");
        assertEquals("", se.rapportkoll.corpus.CorpusRun.lostCells(input, out), "every cell of the input is in the output");
    }

    @Test
    void isoDateCellsFromAnotherWriterAreDates() throws Exception {
        Path input = Path.of("src/test/resources/fidelity/iso-dates.xlsx"); // openpyxl with iso_dates
        assertTrue(part(input, "xl/worksheets/sheet1.xml").contains("t=\"d\""), "the fixture has ISO date cells");
        Path out = dir.resolve("iso.xlsx");
        Pipeline.Result result = process(input, out);
        assertEquals(0, opened(result), "no conversion of the file to report");
        try (XSSFWorkbook wb = open(out)) {
            assertEquals(LocalDateTime.of(2025, 1, 31, 0, 0), wb.getSheet("Drift").getRow(1).getCell(0).getLocalDateTimeCellValue());
            assertEquals(LocalDateTime.of(2025, 2, 28, 12, 0), wb.getSheet("Drift").getRow(2).getCell(0).getLocalDateTimeCellValue());
            assertEquals("yyyy-mm-dd", wb.getSheet("Drift").getRow(1).getCell(0).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void isoDateTextsBecomeExcelSerialNumbers() {
        assertEquals(45688.0, IsoDateCells.serial("2025-01-31", false));
        assertEquals(45716.5, IsoDateCells.serial("2025-02-28T12:00:00", false));
        assertEquals(45716.5, IsoDateCells.serial("2025-02-28T12:00:00Z", false));
        assertEquals(0.25, IsoDateCells.serial("06:00:00", false));
        assertEquals(null, IsoDateCells.serial("inte ett datum", false));
    }

    @Test
    void longRepeatedStringsAreAnOrdinaryWorkbook() throws Exception {
        Path input = dir.resolve("long-strings.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(input)) {
            var sheet = wb.createSheet("Kommentarer");
            for (int r = 0; r < 400; r++) {
                sheet.createRow(r).createCell(0).setCellValue(("Kommentar till rad " + (r % 7) + ". ").repeat(600) + r);
            }
            wb.write(out);
        }
        double ratio = compressionRatio(input, "xl/sharedStrings.xml");
        assertTrue(ratio < 0.01, "POI's default guard would refuse this part (ratio " + ratio + ")");
        Pipeline.Result result = process(input, dir.resolve("long-strings-out.xlsx"));
        assertTrue(result.findings().stream().noneMatch(f -> f.rule().equals(Rules.OPENED_AS)));
    }

    /**
     * Hancom Office writes fonts, cell formats and dxfs inside mc:AlternateContent (a variant for
     * itself, a Fallback for everyone else). POI skipped them: it read 8 of the 14 fonts, so cells
     * formatted with a later font crashed the reading of bold text, and POI wrote the lists back
     * short. They are read as Excel reads them, the Fallback.
     */
    @Test
    void stylesInAlternateContentAreReadAsExcelReadsThem() throws Exception {
        Path input = CORPUS.resolve("style-alternate-content.xlsx");
        assertTrue(part(input, "xl/styles.xml").contains("<mc:AlternateContent"), "the fixture's styles");
        Path out = dir.resolve("alternate.xlsx");
        assertEquals(1, opened(process(input, out)));
        assertFalse(part(out, "xl/styles.xml").contains("AlternateContent"));
        try (XSSFWorkbook wb = open(out)) {
            assertTrue(wb.getNumberOfFonts() >= 14, "the 14 fonts of the file: " + wb.getNumberOfFonts());
            assertEquals(16.0, wb.getFontAt(11).getFontHeightInPoints(), "the fourth font in an AlternateContent");
            assertTrue(wb.getFontAt(11).getBold());
        }
        Path asRead = dir.resolve("as-read.xlsx");
        Files.write(asRead, Readable.of(Files.readAllBytes(input)).bytes());
        assertEquals(List.of(), se.rapportkoll.testing.PackageKept.lost(asRead, out), "styles and everything else kept");
        assertEquals("", se.rapportkoll.corpus.CorpusRun.lostCells(asRead, out));
    }

    /**
     * Files that cannot be read without guessing (poi-corpus/refused, docs/fidelity.md): two zip
     * entries for one part (an exact duplicate, and one differing only in case, which OPC part
     * names do not tell apart), entries whose content does not match their checksum, and Excel
     * 2007 beta's namespaces. Refused as damaged, with the advice to let Excel repair the file.
     */
    @ParameterizedTest
    @ValueSource(strings = {"duplicate-filename.xlsx", "duplicate-filename-case-insensitive.xlsx",
            "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx",
            "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx", "sample-beta.xlsx"})
    void filesThatCannotBeReadWithoutGuessingAreRefusedAsDamaged(String name) throws Exception {
        Path input = CORPUS.resolve("refused").resolve(name);
        Path out = dir.resolve("out.xlsx");
        InputProblem problem = assertThrows(InputProblem.class, () -> process(input, out));
        assertEquals(InputProblem.Reason.CORRUPT, problem.reason(), problem.getMessage());
        assertFalse(Files.exists(out));
    }

    /** An XML entity bomb (a DTD in the shared strings) is refused with a reason of its own, not as a damaged file. */
    @Test
    void aDocumentTypeDefinitionIsRefusedAsOne() throws Exception {
        Path input = CORPUS.resolve("refused").resolve("poc-xmlbomb.xlsx");
        InputProblem problem = assertThrows(InputProblem.class, () -> process(input, dir.resolve("dtd-out.xlsx")));
        assertEquals(InputProblem.Reason.XML_DTD, problem.reason());
        assertTrue(problem.message().contains("dokumenttypsdefinition (DTD)"), problem.message());
    }

    /** An entry whose content does not match the checksum the zip gives for it is damage, whatever the entry. */
    @Test
    void anEntryThatDoesNotMatchItsChecksumIsDamage() throws Exception {
        byte[] zip = Files.readAllBytes(CORPUS.resolve("47889.xlsx"));
        assertEquals(null, ZipChecksums.firstDamaged(zip), "the fixture is whole");
        // The central directory's checksum of one entry changed: its content no longer matches it.
        byte[] name = "xl/workbook.xml".getBytes(StandardCharsets.US_ASCII);
        int at = -1;
        for (int i = zip.length - name.length; i >= 46 && at < 0; i--) {
            if (java.util.Arrays.equals(zip, i, i + name.length, name, 0, name.length)
                    && zip[i - 46] == 'P' && zip[i - 45] == 'K' && zip[i - 44] == 1 && zip[i - 43] == 2) {
                at = i - 46;
            }
        }
        assertTrue(at >= 0, "the central directory entry of xl/workbook.xml");
        zip[at + 16] ^= 0x55;
        assertEquals("xl/workbook.xml", ZipChecksums.firstDamaged(zip));
        Path damaged = dir.resolve("damaged.xlsx");
        Files.write(damaged, zip);
        InputProblem problem = assertThrows(InputProblem.class, () -> process(damaged, dir.resolve("damaged-out.xlsx")));
        assertEquals(InputProblem.Reason.CORRUPT, problem.reason());
    }

    @Test
    void aZipBombIsStillRefused() throws Exception {
        Path bomb = dir.resolve("bomb.xlsx");
        writeBomb(bomb, 200L << 20);
        InputProblem problem = assertThrows(InputProblem.class, () -> process(bomb, dir.resolve("bomb-out.xlsx")));
        assertEquals(InputProblem.Reason.ZIP_BOMB, problem.reason());
        assertFalse(Files.exists(dir.resolve("bomb-out.xlsx")));
    }

    /** A minimal workbook whose one sheet inflates to {@code inflated} bytes of empty rows. */
    static void writeBomb(Path file, long inflated) throws Exception {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"A\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>".getBytes(StandardCharsets.UTF_8));
            byte[] block = "<row/>".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < inflated; written += block.length) {
                zip.write(block);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static double compressionRatio(Path file, String name) throws Exception {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(name);
            return e.getCompressedSize() / (double) e.getSize();
        }
    }
}
