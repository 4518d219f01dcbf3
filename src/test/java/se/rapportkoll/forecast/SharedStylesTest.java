package se.rapportkoll.forecast;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.rapportkoll.xlsx.write.Styles;

import java.lang.ref.WeakReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** One set of styles per workbook, and remembering it never keeps a processed workbook in memory. */
class SharedStylesTest {

    @Test
    void theSheetsOfOneWorkbookShareItsStyles() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles first = Styles.of(wb);
            int count = wb.getNumCellStyles();
            ForecastStyles forecast = ForecastStyles.in(wb);
            int withForecast = wb.getNumCellStyles();
            assertEquals(first.number.getIndex(), Styles.of(wb).number.getIndex());
            assertEquals(first.number.getIndex(), forecast.number.getIndex(), "the forecast styles extend the shared ones");
            assertEquals(forecast.best.getIndex(), ForecastStyles.in(wb).best.getIndex());
            assertEquals(count + 4, withForecast, "only the forecast sheet's own four are added");
            assertEquals(withForecast, wb.getNumCellStyles());
        }
    }

    @Test
    void aWorkbookWhoseStylesWereMadeCanStillBeCollected() throws Exception {
        WeakReference<XSSFWorkbook> ref = made();
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertNull(ref.get(), "the style caches keep the workbook alive: a watcher or the window would run out of memory");
    }

    private static WeakReference<XSSFWorkbook> made() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles.of(wb);
        ForecastStyles.in(wb);
        return new WeakReference<>(wb);
    }
}
