package se.rapportkoll.validate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.rapportkoll.testing.SheetBuilder;
import se.rapportkoll.model.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.Findings.validate;
import static se.rapportkoll.testing.SheetBuilder.row;

/** Each rule on small workbooks built here, in the layouts and wordings other municipalities use. */
class ValidationRulesTest {

    private static final Object[] DRIFT_HEADER = row("Rad", "Budget Jan - Aug 2025", "Utfall Jan - Aug 2025",
            "Avvikelse Jan - Aug 2025", "Budget helår 2025", "Prognos 4", "Avvikelse Budget-Prognos");

    private static XSSFWorkbook drift(Object[]... rows) {
        Object[][] all = new Object[rows.length + 1][];
        all[0] = DRIFT_HEADER;
        System.arraycopy(rows, 0, all, 1, rows.length);
        return new SheetBuilder().sheet("Drift").rows(0, 0, row("Driftredovisning, tkr")).rows(2, 0, all).workbook();
    }

    @Test
    void consistentTableHasNoFindings() {
        XSSFWorkbook wb = drift(
                row("Intäkter", 100, 120, 20, 150, 160, 10),
                row("Kostnader", -500, -530, -30, -750, -760, -10),
                row("Varav kapitalkostnader", -10, -9, 1, -15, -14, 1),
                row("Summa", -400, -410, -10, -600, -600, 0));
        assertEquals(List.of(), describe(validate(wb)));
    }

    @Test
    void roundingWithinHalfAUnitPerPartIsTolerated() {
        // deviations off by 1 (two rounded operands) and a 4-part total off by 2
        XSSFWorkbook wb = drift(
                row("A", 100, 120, 21, 150, 160, 9),
                row("B", 100, 120, 20, 150, 160, 10),
                row("C", 100, 120, 20, 150, 160, 10),
                row("D", 100, 120, 20, 150, 160, 10),
                row("Summa", 401, 480, 80, 600, 640, 40));
        assertEquals(List.of(), describe(validate(wb)));
    }

    @Test
    void realErrorsJustBeyondRoundingAreReported() {
        XSSFWorkbook wb = drift(
                row("A", 100, 120, 22, 150, 160, 10),
                row("B", 100, 120, 20, 150, 160, 10),
                row("C", 100, 120, 20, 150, 160, 10),
                row("D", 100, 120, 20, 150, 160, 10),
                row("Summa", 403, 480, 82, 600, 640, 40));
        assertEquals(List.of(
                "ERROR deviation Drift!D4 20 22",
                "ERROR total Drift!B8 400 403",
                "ERROR deviation Drift!D8 77 82"), describe(validate(wb)));
    }

    @Test
    void aColumnWithTheOppositeSignIsOneConventionFindingPlusItsRealErrors() {
        XSSFWorkbook wb = drift(
                row("A", 100, 120, -20, 150, 160, 10),
                row("B", 200, 150, 50, 250, 260, 10),
                row("C", 300, 310, -10, 350, 360, 10),
                row("D", 400, 380, 99, 450, 460, 10));
        assertEquals(List.of(
                "ERROR deviation Drift!D7 20 99",
                "WARNING deviation-convention Drift!D3 - -"), describe(validate(wb)));
    }

    @Test
    void aSingleRowWithTheSignFlippedIsAnError() {
        XSSFWorkbook wb = drift(
                row("A", 100, 120, 20, 150, 160, 10),
                row("B", 200, 150, 50, 250, 260, 10),
                row("C", 300, 310, 10, 350, 360, 10));
        assertEquals(List.of("ERROR deviation Drift!D5 -50 50"), describe(validate(wb)));
    }

    @Test
    void volumesFollowBudgetMinusOutcome() {
        XSSFWorkbook wb = new SheetBuilder().sheet("Vol").rows(0, 0,
                row("Volymer, antal dygn"),
                row("Insatstyp", "Utfall jan-aug 2025", "Budget jan-aug 2025", "Avvikelse"),
                row("HVB", 100, 120, 20),
                row("Familjehem", 300, 250, -50),
                row("Totalt", 400, 370, -33)).workbook();
        // −31 would be rounding (two rounded operands); −33 is not
        assertEquals(List.of("ERROR deviation Vol!D5 -30 -33"), describe(validate(wb)));
    }

    @Test
    void subtotalsAreRecognisedWithoutTheirNameAndTheGrandTotalAddsThemUp() {
        XSSFWorkbook wb = drift(
                row("Intäkter", null, null, null, null, null, null),
                row("Avgifter", 10, 12, 2, 15, 16, 1),
                row("Bidrag", 20, 22, 2, 30, 31, 1),
                row("Summa intäkter", 30, 34, 4, 45, 47, 2),
                row("Kostnader", null, null, null, null, null, null),
                row("Personal", -100, -90, 10, -150, -140, 10),
                row("Lokaler", -50, -55, -5, -75, -80, -5),
                row("Köpt vård", -200, -230, -30, -300, -330, -30),
                row("Avdelning", -350, -375, -25, -525, -550, -25),
                row("Netto", -320, -341, -21, -480, -503, -23));
        assertEquals(List.of(), describe(validate(wb)));
        // and a wrong grand total is caught against the two subtotals
        XSSFWorkbook wrong = drift(
                row("Avgifter", 10, 12, 2, 15, 16, 1),
                row("Bidrag", 20, 22, 2, 30, 31, 1),
                row("Summa intäkter", 30, 34, 4, 45, 47, 2),
                row("Personal", -100, -90, 10, -150, -140, 10),
                row("Lokaler", -50, -55, -5, -75, -80, -5),
                row("Summa kostnader", -150, -145, 5, -225, -220, 5),
                row("Netto", -120, -111, 9, -190, -173, 7));
        // its full-year deviation G10 (7) only disagrees with −173 − −190 because of E10: one cause, one finding, naming G10
        List<Finding> found = validate(wrong);
        assertEquals(List.of("ERROR total Drift!E10 -180 -190"), describe(found));
        assertTrue(found.get(0).detail().endsWith("Därför blir också avvikelsen i G10 fel; den blir rätt när du rättat summan."),
                found.get(0).detail());
    }

    @Test
    void varavRowsAreNeverParts() {
        XSSFWorkbook wb = drift(
                row("Intäkter", 100, 100, 0, 100, 100, 0),
                row("Kostnader", -300, -300, 0, -300, -300, 0),
                row("därav personal", -200, -200, 0, -200, -200, 0),
                row("Totalt", -200, -200, 0, -200, -200, 0));
        assertEquals(List.of(), describe(validate(wb)));
    }

    @Test
    void numbersStoredAsTextAreReportedAndStillChecked() {
        XSSFWorkbook wb = drift(
                row("A", "1 234", 1300, 66, 1500, 1600, 100),
                row("B", "\u22125\u00a0000", -4990, "10", -7000, -7100, -100),
                row("C", 100, 100, "12,5", 150, 150, 0),
                row("Summa", -3666, -3590, 76, -5350, -5350, 0));
        List<String> found = describe(validate(wb));
        assertEquals(List.of(
                "ERROR deviation Drift!D6 0 12.5", // the column total D7 (76) is right once D6 is: named in D6's finding
                "WARNING number-as-text Drift!B4 - 1234",
                "WARNING number-as-text Drift!B5 - -5000",
                "WARNING number-as-text Drift!D5 - 10",
                "WARNING number-as-text Drift!D6 - 12.5"), found);
    }

    @Test
    void formulaErrorsAnywhereAreReported() {
        XSSFWorkbook wb = drift(
                row("A", 100, 120, 20, 150, 160, 10),
                row("Summa", 100, 120, 20, 150, 160, 10));
        Cell ref = wb.getSheetAt(0).getRow(3).createCell(8);
        ref.setCellErrorValue(FormulaError.REF.getCode());
        Cell div = wb.getSheetAt(0).getRow(4).getCell(3);
        div.setCellFormula("1/0");
        div.setCellErrorValue(FormulaError.DIV0.getCode());
        List<String> found = describe(validate(wb));
        assertTrue(found.contains("ERROR formula-error Drift!I4 - -"), found.toString());
        assertTrue(found.contains("ERROR formula-error Drift!D5 - -"), found.toString());
    }

    @Test
    void periodsThatDisagreeAcrossTheHeaderAreReported() {
        XSSFWorkbook wb = new SheetBuilder().sheet("S").rows(0, 0,
                row("Driftredovisning, tkr"),
                row("Rad", "Budget jan-aug 2025", "Utfall jan-jul 2025", "Avvikelse jan-aug 2025", "Utfall jan-aug 2024"),
                row("A", 100, 120, 20, 90)).workbook();
        assertEquals(List.of("WARNING period S!C2 - -"), describe(validate(wb)));
    }

    @Test
    void utfallLeftEmptyWhereThereIsABudgetIsReported() {
        XSSFWorkbook wb = drift(
                row("A", 100, null, null, 150, 160, 10),
                row("B", 100, 120, 20, 150, 160, 10));
        assertEquals(List.of("WARNING required-empty Drift!C4 - -"), describe(validate(wb)));
    }

    @Test
    void aWorkbookWithoutTablesGetsAFindingAndUnplacedFiguresAreNamed() {
        XSSFWorkbook none = new SheetBuilder().sheet("Blad1").rows(0, 0, row("Hej")).workbook();
        assertEquals(List.of("WARNING no-table  - -"), describe(validate(none)));
        XSSFWorkbook figures = new SheetBuilder().sheet("Blad1").rows(4, 1,
                row("Kvartal 1", 10, 20), row("Kvartal 2", 30, 40), row("Kvartal 3", 50, 60)).workbook();
        assertEquals(List.of("WARNING no-table  - -", "WARNING unplaced-table Blad1!C5 - -"), describe(validate(figures)));
    }

    @Test
    void otherWordingsAndTwoRowHeadersAreRecognised() {
        XSSFWorkbook wb = new SheetBuilder().sheet("Uppföljning").rows(1, 1,
                row("Ekonomisk uppföljning per verksamhet (tkr)"),
                row(null, "Jan–aug 2025", "Jan–aug 2025", "Jan–aug 2025", "Helår 2025", "Helår 2025", "Helår 2025"),
                row("Verksamhet", "Budget", "Redovisat", "Differens", "Årsbudget", "Helårsprognos", "Prognosavvikelse"),
                row("Äldreomsorg", -500, -520, -20, -750, -770, -20),
                row("Individ- och familjeomsorg", -300, -290, 10, -450, -445, 5),
                row("Totalt", -800, -810, -13, -1200, -1215, -15)).workbook();
        // one wrong cell, one finding: the deviation and the deviations' total expect the same figure
        assertEquals(List.of("ERROR deviation Uppföljning!E7 -10 -13"), describe(validate(wb)));
    }

    @Test
    void mnkrWithOneDecimalUsesItsOwnRoundingStep() {
        XSSFWorkbook wb = new SheetBuilder().sheet("S").numberFormat("0.0").rows(0, 0,
                row("Driftredovisning, mnkr"),
                row("Rad", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug 2025"),
                row("A", 12.3, 12.9, 0.8),
                row("B", 4.4, 4.1, -0.3),
                row("Summa", 16.7, 17.0, 0.6)).workbook();
        // 12.9 − 12.3 = 0.6 vs 0.8 is beyond 0.1 (two parts at 0.05 each), and so is 0.3 vs 0.6 on the total
        // row; the deviations' total 0.8 − 0.3 = 0.5 vs 0.6 is rounding
        assertEquals(List.of("ERROR deviation S!D3 0.6 0.8", "ERROR deviation S!D5 0.3 0.6"),
                describe(validate(wb)));
    }

    @Test
    void tablesWithTheSameColumnsAreReconciledOnlyWhenTheyShowTheSameWhole() {
        Object[] header = row("Verksamhet", "Budget 2025", "Utfall 2025", "Prognos 2025");
        XSSFWorkbook related = new SheetBuilder().sheet("S").rows(0, 0,
                row("Driftredovisning, tkr"), header,
                row("Intäkter", 100, 110, 120), row("Kostnader", -500, -520, -530), row("Summa", -400, -410, -410),
                row(),
                row("Per verksamhet, tkr"), header,
                row("Stab", -100, -90, -95), row("Omsorg", -300, -320, -325)).workbook();
        assertEquals(List.of("WARNING cross-table S!D5 -420 -410"), describe(validate(related)));
        XSSFWorkbook unrelated = new SheetBuilder().sheet("S").rows(0, 0,
                row("Äldreomsorg, tkr"), header, row("Hemtjänst", -100, -90, -95), row("Summa", -100, -90, -95),
                row(),
                row("Individ- och familjeomsorg, tkr"), header, row("Placeringar", -300, -330, -340),
                row("Summa", -300, -330, -340)).workbook();
        assertEquals(List.of(), describe(validate(unrelated)));
    }

    @Test
    void aTotalAboveItsPartsAndEnglishWordsAndDatesInHeaders() {
        XSSFWorkbook wb = new SheetBuilder().sheet("Report").rows(0, 0,
                row("Operating statement, tkr"),
                row("Unit", "Budget 2025-08-31", "Actual 2025-08-31", "Variance", "Full-year budget 2025", "Forecast 2025", "Variance FY"),
                row("Total", -800, -812, -12, -1200, -1225, -25),
                row("Elderly care", -500, -520, -20, -750, -770, -20),
                row("Social services", -300, -290, 10, -450, -455, -5)).workbook();
        // the total's actual −812 is not −520 + −290, so its variance (right for its own row) is not −20 + 10 either
        // D3 (−12) is right for the wrong C3: named in C3's finding, one cause one finding
        assertEquals(List.of("ERROR total Report!C3 -810 -812"), describe(validate(wb)));
        var table = se.rapportkoll.testing.Findings.locate(wb).tables().get(0);
        assertEquals("jan-aug 2025", table.mainPeriod().orElseThrow().display());
    }

    @Test
    void formulasSavedWithoutCachedValuesAreComputedNotTakenAsZero(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = new SheetBuilder().sheet("Drift").rows(0, 0,
                row("Driftredovisning, tkr"),
                row("Rad", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug 2025"),
                row("Intäkter", 100, 120, "=C3-B3"),
                row("Kostnader", -500, -530, "=C4-B4"),
                row("Summa", "=SUM(B3:B4)", "=SUM(C3:C4)", 25)).saveWithoutCachedValues(dir.resolve("utan-cache.xlsx"));
        var findings = new se.rapportkoll.pipeline.Pipeline(se.rapportkoll.pipeline.RunOptions.swedish()).validate(file).findings();
        assertEquals(List.of("ERROR deviation Drift!D5 -10 25"), describe(findings));
    }
}
