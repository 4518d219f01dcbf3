package se.rapportkoll.xlsx.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every sheet the tool writes, in the outputs of the samples, is set up to print as PrintLayout says. */
class PrintLayoutTest {

    @TempDir
    Path tmp;

    static List<String> samples() {
        return OutputFixtures.SAMPLE_FILES;
    }

    private List<XSSFSheet> toolSheets(XSSFWorkbook wb) {
        List<XSSFSheet> sheets = new ArrayList<>();
        for (Sheet s : wb) {
            if (ToolSheets.isToolSheet(wb, s) || se.rapportkoll.xlsx.read.SettingsSheet.isSettingsSheet(wb, s)) {
                sheets.add((XSSFSheet) s);
            }
        }
        return sheets;
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyToolSheetPrintsOnA4OnePageWide(String sample) throws Exception {
        Path out = tmp.resolve("out.xlsx");
        OutputFixtures.process(OutputFixtures.sample(sample), out);
        try (XSSFWorkbook wb = OutputFixtures.open(out)) {
            List<XSSFSheet> sheets = toolSheets(wb);
            assertTrue(sheets.size() >= 2, sample);
            for (XSSFSheet sheet : sheets) {
                String name = sample + " " + sheet.getSheetName();
                PrintSetup setup = sheet.getPrintSetup();
                assertEquals(PrintSetup.A4_PAPERSIZE, setup.getPaperSize(), name + ": the samples set no paper, so A4");
                assertTrue(sheet.getFitToPage(), name);
                assertEquals(1, setup.getFitWidth(), name);
                assertEquals(0, setup.getFitHeight(), name);
                assertHeaderWordsFit(sheet, name);
                assertNoChartCutByABreak(sheet, name);
            }
        }
    }

    /** A wrapped header never breaks inside a word: each word is narrower than its column. */
    private static void assertHeaderWordsFit(XSSFSheet sheet, String name) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText() || isMerged(sheet, cell)) {
                    continue;
                }
                var font = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex());
                for (String word : cell.getStringCellValue().split("\\s+")) {
                    assertTrue(PrintLayout.width(word, font) < sheet.getColumnWidth(cell.getColumnIndex()) / 256.0,
                            name + " " + cell.getAddress() + ": \"" + word + "\" is wider than its column");
                }
            }
        }
    }

    private static boolean isMerged(XSSFSheet sheet, Cell cell) {
        return sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(cell));
    }

    private static void assertNoChartCutByABreak(XSSFSheet sheet, String name) {
        if (sheet.getDrawingPatriarch() == null) {
            return;
        }
        int[] breaks = sheet.getRowBreaks();
        for (XSSFShape shape : sheet.getDrawingPatriarch().getShapes()) {
            XSSFClientAnchor a = (XSSFClientAnchor) shape.getAnchor();
            for (int b : breaks) {
                assertFalse(b >= a.getRow1() && b < a.getRow2() - 1, name + ": a page break at row " + (b + 1)
                        + " cuts the chart in rows " + (a.getRow1() + 1) + "–" + a.getRow2());
            }
        }
        assertTrue(breaks.length > 0, name + ": a sheet with charts gets its page breaks set");
    }

    @Test
    void theUsersOwnPaperIsKept() throws Exception {
        Path letter = tmp.resolve("letter.xlsx");
        try (XSSFWorkbook wb = OutputFixtures.open(OutputFixtures.sample(OutputFixtures.AUG))) {
            wb.getSheetAt(0).getPrintSetup().setPaperSize(PrintSetup.LETTER_PAPERSIZE);
            try (OutputStream os = Files.newOutputStream(letter)) {
                wb.write(os);
            }
        }
        Path out = tmp.resolve("out.xlsx");
        OutputFixtures.process(letter, out);
        try (XSSFWorkbook wb = OutputFixtures.open(out)) {
            for (XSSFSheet sheet : toolSheets(wb)) {
                assertEquals(PrintSetup.LETTER_PAPERSIZE, sheet.getPrintSetup().getPaperSize(), sheet.getSheetName());
            }
        }
    }

    @Test
    void aLongTableRepeatsItsHeaderRow() throws Exception {
        // The August sample's Avvikelser fits on a page; its header repeats once the rows do not.
        Path out = tmp.resolve("out.xlsx");
        OutputFixtures.process(OutputFixtures.sample(OutputFixtures.AUG), out);
        try (XSSFWorkbook wb = OutputFixtures.open(out)) {
            XSSFSheet deviations = wb.getSheet("Avvikelser");
            assertEquals(null, deviations.getRepeatingRows(), "one page: nothing to repeat");
            XSSFSheet copy = wb.cloneSheet(wb.getSheetIndex(deviations));
            Row template = copy.getRow(copy.getLastRowNum());
            for (int i = 0; i < 80; i++) {
                Row row = copy.createRow(copy.getLastRowNum() + 1);
                for (Cell c : template) {
                    Cell n = row.createCell(c.getColumnIndex());
                    n.setCellStyle(c.getCellStyle());
                    if (c.getCellType() == CellType.STRING) {
                        n.setCellValue(c.getStringCellValue());
                    }
                }
            }
            PrintLayout.apply(copy);
            assertTrue(copy.getRepeatingRows() != null, "a header row repeated on every page");
            Row header = copy.getRow(copy.getRepeatingRows().getFirstRow());
            assertEquals(wb.getSheet("Avvikelser").getRow(header.getRowNum()).getCell(0).getStringCellValue(),
                    header.getCell(0).getStringCellValue());
        }
    }
}
