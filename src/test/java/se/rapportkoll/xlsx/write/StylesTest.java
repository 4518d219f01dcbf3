package se.rapportkoll.xlsx.write;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One set of styles per output, put in by value, and nothing that keeps a processed workbook in memory. */
class StylesTest {

    @Test
    void theStylesEnterAWorkbookByValueSoASecondSetAddsNone() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            int before = wb.getNumCellStyles();
            int fonts = wb.getNumberOfFonts();
            Styles first = Styles.in(wb);
            int with = wb.getNumCellStyles();
            assertTrue(with > before, "the styles are in the workbook");
            Styles second = Styles.in(wb); // as when an output is processed again
            assertEquals(with, wb.getNumCellStyles(), "equal styles are reused, not added again");
            assertEquals(first.number.getIndex(), second.number.getIndex());
            assertEquals(first.best.getIndex(), second.best.getIndex());
            assertTrue(wb.getNumberOfFonts() - fonts <= 5, "fonts reused by value: " + (wb.getNumberOfFonts() - fonts));
        }
    }

    @Test
    void theForecastStylesShareTheNumberFormatAndBoldFontOfTheOthers() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles s = Styles.in(wb);
            assertEquals(s.boldNumber.getFontIndex(), s.best.getFontIndex());
            assertEquals(s.boldNumber.getDataFormat(), s.best.getDataFormat());
            assertEquals(s.percent.getDataFormat(), s.percentInput.getDataFormat());
        }
    }

    @Test
    void aWorkbookWhoseStylesWereMadeCanStillBeCollected() throws Exception {
        WeakReference<XSSFWorkbook> ref = made();
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ref.get(), "something keeps the workbook alive: a watcher or the window would run out of memory");
    }

    private static WeakReference<XSSFWorkbook> made() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles.in(wb);
        return new WeakReference<>(wb);
    }
}
