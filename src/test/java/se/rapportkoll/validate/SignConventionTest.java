package se.rapportkoll.validate;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Convention;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.testing.Grid;
import se.rapportkoll.testing.SheetBuilder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.SheetBuilder.row;

/** Sign conventions other municipalities use, decided per table from the rows that agree, told once as information. */
class SignConventionTest {

    @Test
    void positiveNetCostsWithBudgetMinusForecastAreOneInfoAndNoErrors() {
        Grid grid = Grid.sheet("Nämnder").rows(0,
                row("Nettokostnad per nämnd, mnkr"),
                row("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Kommunstyrelse", 120.5, 118.2, 2.3),
                row("Barn- och utbildningsnämnd", 850.0, 861.4, -11.4),
                row("Socialnämnd", 640.2, 655.0, -14.8),
                row("Summa nämnder", 1610.7, 1634.6, -23.9));
        assertEquals(Convention.POSITIVE_COSTS, grid.locate().tables().get(0).convention());
        assertEquals(List.of("INFO sign-convention Nämnder!D2 - -"), describe(grid.validate()));
    }

    @Test
    void aRevenueRowAmongPositiveCostsCountsTheOtherWay() {
        Grid grid = Grid.sheet("Drift").rows(0,
                row("Driftredovisning, tkr"),
                row("Rad", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug 2025"),
                row("Intäkter", 200, 230, 30),
                row("Personalkostnader", 600, 640, -40),
                row("Övriga kostnader", 400, 420, -25));
        assertEquals(Convention.POSITIVE_COSTS, grid.locate().tables().get(0).convention());
        // budget − utfall for the costs (400 − 420 = −20), utfall − budget for the revenues
        assertEquals(List.of("ERROR deviation Drift!D5 -20 -25", "INFO sign-convention Drift!D2 - -"), describe(grid.validate()));
    }

    @Test
    void aDebitPositiveExportIsBudgetMinusForecastThroughout() {
        Grid grid = Grid.sheet("Export").rows(0,
                row("Prognosrapport BUN, tkr"),
                row("Verksamhet", "Budget helår 2025", "Prognos 2025", "Avvikelse budget-prognos"),
                row("- varav kostnader", 1739519, 1750000, -10481),
                row("- varav intäkter", -176819, -180000, 3181),
                row("Övrigt", 1000, 900, 100));
        assertEquals(Convention.DEBIT_POSITIVE, grid.locate().tables().get(0).convention());
        assertEquals(List.of("INFO sign-convention Export!D2 - -"), describe(grid.validate()));
    }

    @Test
    void aVolumeTableCountingMoreAsPositiveIsInformationNotAWarning() {
        Grid grid = Grid.sheet("Volymer").rows(0,
                row("Volymer, antal dygn"),
                row("Insats", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("HVB", 1000, 1100, 100),
                row("Familjehem", 2000, 1900, -100),
                row("Stödboende", 500, 510, 10),
                row("Totalt", 3500, 3510, 10));
        assertEquals(Convention.VOLUME_OUTCOME_MINUS_BUDGET, grid.locate().tables().get(0).convention());
        assertEquals(List.of("INFO sign-convention Volymer!D2 - -"), describe(grid.validate()));
    }

    @Test
    void aColumnStatingItsOwnSignIsCheckedThatWayAndToldOnce() {
        Grid grid = Grid.sheet("Drift").rows(0,
                row("Driftredovisning, tkr"),
                row("Rad", "Budget 2025", "Utfall 2025", "Avvikelse budget/utfall överskott (-) underskott (+)"),
                row("Intäkter", 100, 120, -20),
                row("Kostnader", -500, -530, 30),
                row("Övrigt", -50, -45, -15),
                row("Summa", -450, -455, -5));
        assertEquals(Convention.SIGNED, grid.locate().tables().get(0).convention());
        // Övrigt: −(−45 − −50) = −5, not −15; and the total of the column is then off too
        List<String> found = describe(grid.validate());
        assertTrue(found.contains("ERROR deviation Drift!D5 -5 -15"), found.toString());
        assertTrue(found.contains("INFO sign-convention Drift!D2 - -"), found.toString());
    }

    @Test
    void fillsAndTheDeviationSheetFollowTheTablesConvention(@TempDir Path dir) throws Exception {
        Path in = new SheetBuilder().sheet("Drift").rows(0, 0,
                row("Nettokostnad per verksamhet, tkr"),
                row("Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug 2025"),
                row("Äldreomsorg", 500, 520, -20),
                row("Individ- och familjeomsorg", 300, 290, 10),
                row("Funktionsstöd", 200, 230, null),
                row("Summa", 1000, 1040, -40)).save(dir.resolve("positiva.xlsx"));
        Path out = dir.resolve("positiva-ut.xlsx");
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).process(in, out, false);
        assertEquals(1, result.fills().size());
        assertEquals("B5-C5", result.fills().get(0).formula(), "budget − utfall, as the table counts");
        assertEquals(-30, result.fills().get(0).value(), 1e-9);
        try (InputStream s = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(s)) {
            Sheet sheet = wb.getSheet("Avvikelser");
            // the overspent Äldreomsorg (520 against 500) is unfavourable, the underspent IFO favourable
            assertTrue(deviationOf(sheet, "Äldreomsorg") < 0);
            assertTrue(deviationOf(sheet, "Individ- och familjeomsorg") > 0);
            assertTrue(deviationOf(sheet, "Funktionsstöd") < 0);
        }
    }

    /** The period deviation shown for a row: the first formula cell right of its label after budget and actual. */
    private static double deviationOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().equals(label)) {
                    Cell deviation = row.getCell(5); // F: Avvikelse period
                    return deviation.getNumericCellValue();
                }
            }
        }
        throw new AssertionError("no row " + label);
    }
}
