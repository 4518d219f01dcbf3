package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SheetWriterTest {

    @Test
    void writesInlineTextsFormulasWithCachedValuesAndMarksTheSheet() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Volym och pris"); // a user's sheet of that name: the tool's gets another
            SheetWriter w = SheetWriter.toolSheet(wb, Styles.in(wb), "Volym och pris");
            assertEquals("Volym och pris (rapportkoll)", w.sheet().getSheetName());
            assertTrue(ToolSheets.isToolSheet(wb, w.sheet()));
            Cell text = w.text(0, 0, "  Summa ", w.styles().title);
            w.number(1, 0, 1250, w.styles().number);
            Cell sum = w.formula(1, 1, "A2*2", 2500, w.styles().number);
            Cell blank = w.formula(1, 2, "IF(A2=0,\"\",1)", "", w.styles().percent);
            assertEquals(STCellType.INLINE_STR, ((XSSFCell) text).getCTCell().getT(), "texts go inline, not to shared strings");
            assertEquals("  Summa ", text.getStringCellValue());
            assertEquals(0, wb.getSharedStringSource().getCount());
            assertEquals("A2*2", sum.getCellFormula());
            assertEquals(2500, sum.getNumericCellValue());
            assertEquals(CellType.STRING, blank.getCachedFormulaResultType());
            assertEquals(w.styles().number.getIndex(), sum.getCellStyle().getIndex());
            assertEquals(1, w.sheet().getRow(1).getRowNum(), "one row for the cells of a row");
        }
    }

    @Test
    void addressesPastColumnZ() {
        assertEquals("AA12", SheetWriter.a1(11, 26));
        assertEquals("$B$7", SheetWriter.absolute(6, 1));
    }
}
