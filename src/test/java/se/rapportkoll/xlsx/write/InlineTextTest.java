package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import se.rapportkoll.testing.LibreOffice;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Texts written inline read back exactly, in POI and in LibreOffice, blanks at the ends included. */
class InlineTextTest {

    @TempDir
    Path dir;

    private static final List<String> TEXTS = List.of("Avvikelse helår", "  Varav köpt vård", "Summa ", "1 234", "");

    private Path written() throws Exception {
        Path file = dir.resolve("inline.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Blad");
            for (int i = 0; i < TEXTS.size(); i++) {
                XSSFCell cell = sheet.createRow(i).createCell(0);
                InlineText.set(cell, TEXTS.get(i));
                assertEquals(STCellType.INLINE_STR, cell.getCTCell().getT());
            }
            XSSFCell shared = sheet.getRow(0).createCell(1);
            shared.setCellValue(1.0);
            InlineText.set(shared, "was a number"); // not a new cell: through POI
            assertEquals(STCellType.S, shared.getCTCell().getT());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void poiReadsTheTextsBack() throws Exception {
        try (InputStream in = Files.newInputStream(written()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("Blad");
            for (int i = 0; i < TEXTS.size(); i++) {
                XSSFCell cell = sheet.getRow(i).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals(TEXTS.get(i), cell.getStringCellValue());
            }
            assertEquals("was a number", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(0, wb.getSharedStringSource().getCount() - 1, "only the POI-written text is shared");
        }
    }

    @Test
    void libreOfficeReadsTheTextsBack() throws Exception {
        assumeTrue(LibreOffice.available(), "LibreOffice is not installed");
        Path csv = LibreOffice.convert(List.of(written()), "csv:Text - txt - csv (StarCalc):44,34,76", dir.resolve("lo")).get(0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("Avvikelse helår,"), lines.get(0));
        assertEquals("  Varav köpt vård", lines.get(1).replaceAll(",+$", ""));
        assertEquals("Summa ", lines.get(2).replaceAll(",+$", ""));
    }
}
