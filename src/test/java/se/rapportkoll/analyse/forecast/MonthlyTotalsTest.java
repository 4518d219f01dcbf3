package se.rapportkoll.analyse.forecast;

import se.rapportkoll.analyse.forecast.LineForecast;
import se.rapportkoll.analyse.forecast.Method;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.testing.SheetBuilder;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monthly table's total row: paired with the report's total over the same rows whatever the
 * two are called, checked like any table's total, and the "outside the methods" column saying
 * something on every line. A March report of positive net costs, as scripts/blind/b4.py makes one.
 */
class MonthlyTotalsTest {

    @TempDir
    Path dir;

    private static final String[] UNITS = {"Hemtjänst", "Särskilt boende", "LSS"};
    private static final double[] YEAR_BUDGET = {61200, 98400, 54300};

    /** Last year's twelve and this year's three months per unit, positive costs, a little uneven. */
    private static double month(int unit, int year, int m) {
        double base = YEAR_BUDGET[unit] / 12 * (year == 2024 ? 0.97 : 1.0);
        return Math.round(base * (1 + 0.01 * ((m * 7 + unit * 3) % 5 - 2)));
    }

    /**
     * {@code monthlyTotal}: the monthly table's total row's label; {@code extra}: a line only the
     * monthly table has, counted in its total (none when null); {@code typo}: added to the total's February 2024 figure.
     */
    private Path workbook(String monthlyTotal, String extra, double typo) throws Exception {
        SheetBuilder b = new SheetBuilder().sheet("Mars").rows(0, 0,
                SheetBuilder.row("Månadsrapport mars 2025"),
                SheetBuilder.row("Nettokostnad, tkr"),
                SheetBuilder.row(),
                SheetBuilder.row("Verksamhet", "Budget jan-mar", "Utfall jan-mar", "Avvikelse jan-mar", "Budget helår",
                        "Prognos helår", "Avvikelse helår"));
        double[] sums = new double[6];
        for (int u = 0; u < UNITS.length; u++) {
            double bj = Math.round(YEAR_BUDGET[u] / 4), uj = 0;
            for (int m = 1; m <= 3; m++) {
                uj += month(u, 2025, m);
            }
            double ph = YEAR_BUDGET[u] + (uj - bj) * 2;
            double[] row = {bj, uj, bj - uj, YEAR_BUDGET[u], ph, YEAR_BUDGET[u] - ph};
            for (int i = 0; i < 6; i++) {
                sums[i] += row[i];
            }
            b.rows(4 + u, 0, SheetBuilder.row(UNITS[u], row[0], row[1], row[2], row[3], row[4], row[5]));
        }
        b.rows(4 + UNITS.length, 0, SheetBuilder.row("Summa nämnden", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]));
        List<Object[]> monthly = new ArrayList<>();
        List<Object> head = new ArrayList<>(List.of("Verksamhet"));
        for (int k = 0; k < 15; k++) {
            head.add(k < 12 ? String.format("2024-%02d", k + 1) : String.format("2025-%02d", k - 11));
        }
        monthly.add(head.toArray());
        double[] total = new double[15];
        for (int u = 0; u < UNITS.length + (extra == null ? 0 : 1); u++) {
            List<Object> line = new ArrayList<>(List.of(u < UNITS.length ? UNITS[u] : extra));
            for (int k = 0; k < 15; k++) {
                double v = u == UNITS.length ? 100 : k < 12 ? month(u, 2024, k + 1) : month(u, 2025, k - 11);
                line.add(v);
                total[k] += v;
            }
            monthly.add(line.toArray());
        }
        List<Object> sum = new ArrayList<>(List.of(monthlyTotal));
        for (int k = 0; k < 15; k++) {
            sum.add(total[k] + (k == 1 ? typo : 0));
        }
        monthly.add(sum.toArray());
        b.sheet("Utfall per månad").rows(0, 0, SheetBuilder.row("Nettokostnad per månad, tkr"), SheetBuilder.row());
        b.rows(2, 0, monthly.toArray(new Object[0][]));
        return b.save(dir.resolve(monthlyTotal + extra + typo + ".xlsx"));
    }

    private static LineForecast line(Pipeline.Result result, String label) {
        return result.forecast().lines().stream().filter(f -> f.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void theMonthlyTotalIsPairedWithTheReportsTotalOverTheSameRowsWhateverItsName() throws Exception {
        for (String name : List.of("Summa", "Totalt", "Hela nämnden")) {
            Pipeline.Result result = new Pipeline(RunOptions.swedish()).validate(workbook(name, null, 0));
            LineForecast total = line(result, name);
            assertEquals("Summa nämnden", total.report() == null ? null : total.report().label(), name);
            assertEquals(result.forecast().lines().stream().filter(f -> !f.label().equals(name))
                    .mapToDouble(f -> f.controllerForecast().orElseThrow()).sum(), total.controllerForecast().orElseThrow(), 1e-9);
            assertTrue(total.estimate(Method.BUDGET_REMAINDER).isPresent(), "the report's budget reaches the total");
        }
    }

    @Test
    void aMonthlyTotalOverOtherRowsThanTheReportsIsNotPaired() throws Exception {
        // "Summa" counts a project the report does not have: it is no total the report has
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).validate(workbook("Summa", "Projekt", 0));
        assertNull(line(result, "Summa").report());
        assertTrue(result.findings().stream().noneMatch(f -> f.sheet() != null && f.sheet().equals("Utfall per månad")),
                "a named total over the rows it adds up is right: " + result.findings());
    }

    @Test
    void aWrongMonthlyTotalIsOneFindingAtItsCellAndRoundingIsTolerated() throws Exception {
        Pipeline.Result wrong = new Pipeline(RunOptions.swedish()).validate(workbook("Summa", null, 100));
        List<Finding> totals = wrong.findings().stream().filter(f -> f.rule().equals(Rules.TOTAL)).toList();
        assertEquals(1, totals.size(), wrong.findings().toString());
        assertEquals("Utfall per månad", totals.get(0).sheet());
        assertEquals("C7", totals.get(0).cell()); // Summa is row 7, February 2024 column C
        assertEquals(100, totals.get(0).actual() - totals.get(0).expected(), 1e-9);
        assertTrue(totals.get(0).message().contains("Summa"), totals.get(0).message());

        Pipeline.Result rounded = new Pipeline(RunOptions.swedish()).validate(workbook("Summa", null, 0.4));
        assertTrue(rounded.findings().stream().noneMatch(f -> f.rule().equals(Rules.TOTAL)), rounded.findings().toString());
    }

    @Test
    void theOutsideColumnSaysWithinWhereThePrognosLiesBetweenTheMethods() throws Exception {
        Path out = dir.resolve("out.xlsx");
        new Pipeline(RunOptions.swedish()).process(workbook("Summa", null, 0), out, false);
        try (InputStream is = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(is)) {
            Sheet sheet = wb.getSheet("Prognos och scenarier");
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(13) != null && row.getCell(13).getCellType() == CellType.STRING
                        && row.getCell(13).getStringCellValue().equals("Din prognos utanför metoderna")) {
                    header = row.getRowNum();
                    break;
                }
            }
            assertTrue(header >= 0);
            for (int r = header + 1; r <= header + UNITS.length + 1; r++) {
                var cell = sheet.getRow(r).getCell(13);
                assertEquals(CellType.FORMULA, cell.getCellType(), sheet.getRow(r).getCell(0).getStringCellValue());
                assertEquals(CellType.STRING, cell.getCachedFormulaResultType());
                assertEquals("inom metoderna", cell.getStringCellValue(), sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
    }
}
