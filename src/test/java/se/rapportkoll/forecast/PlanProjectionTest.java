package se.rapportkoll.forecast;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan 2025–2027 projected from its budget year with the uplift its text states (3,5 % for 2026,
 * 3,1 % for 2027), worked by hand for Institutionsplaceringar barn &amp; unga: budget 2025 price 5 885,
 * plan 6 032 and 6 183; volumes 10 089, 10 201, 10 844. 2026: projected price 5 885 · 1,035 =
 * 6 090,975, while the plan's table raises it by 6 032 / 5 885 − 1 = 2,50 %; plan cost
 * 10 201 · 6 032 / 1000 = 61 532,432 tkr, projected 10 089 · 6 090,975 / 1000 = 61 451,847 tkr.
 */
class PlanProjectionTest {

    @TempDir
    Path dir;

    @Test
    void thePlansPriceTableUsesTwoAndAHalfPercentNotTheStatedUplift() throws Exception {
        Path output = dir.resolve("plan.xlsx");
        Pipeline.Result result = new Pipeline(Messages.swedish()).process(Path.of("samples/verksamhetsplan-2025-2027.xlsx"), output, false);
        PlanProjection.Result plan = result.planYears();
        assertEquals(20, plan.lines().size(), "10 care types × 2 plan years");
        PlanProjection.Line y2026 = line(plan, "Institutionsplaceringar barn & unga", 2026);
        assertEquals(6090.975, y2026.projectedPrice(), 1e-9);
        assertEquals(0.024979, y2026.impliedUplift(), 1e-6);
        assertEquals(61532.432, y2026.planCostTkr(), 1e-9);
        assertEquals(61451.846775, y2026.projectedCostTkr(), 1e-6);
        PlanProjection.Line y2027 = line(plan, "Institutionsplaceringar barn & unga", 2027);
        assertEquals(5885 * 1.035 * 1.031, y2027.projectedPrice(), 1e-9);
        assertEquals(6183.0 / 6032 - 1, y2027.impliedUplift(), 1e-12);
        for (PlanProjection.Line l : plan.lines()) {
            assertTrue(l.impliedUplift() < 0.03, "every plan price rises by less than the stated uplift: " + l);
        }

        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Planår");
            assertNotNull(sheet);
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            int formulas = 0;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertEquals(cell.getNumericCellValue(), evaluator.evaluate(cell).getNumberValue(), 1e-6, cell.getAddress().toString());
                        formulas++;
                    }
                }
            }
            assertEquals(20 * 11 + 2 * 3, formulas);
            // a controller trying 2,5 % for 2026 on the sheet sees the projection follow
            Cell uplift2026 = sheet.getRow(4).getCell(1);
            assertEquals(0.035, uplift2026.getNumericCellValue(), 1e-12);
            uplift2026.setCellValue(6032.0 / 5885 - 1);
            evaluator.clearAllCachedResultValues();
            Row first = sheet.getRow(8);
            assertEquals("Institutionsplaceringar barn & unga", first.getCell(0).getStringCellValue());
            assertEquals(0, evaluator.evaluate(first.getCell(5)).getNumberValue(), 1e-9, "price difference gone");
        }
    }

    @Test
    void aMunicipalitysOwnAssumptionsBesideTheWorkbookWin() throws Exception {
        Files.writeString(dir.resolve(PlanProjection.ASSUMPTIONS_FILE), "# egna\n2026\t2,5\t1\n");
        var assumptions = PlanProjection.assumptions(dir);
        assertEquals(new PlanProjection.Assumption(2026, 0.025, 0.01), assumptions.get(0));
        assertEquals(new PlanProjection.Assumption(2027, 0.031, 0), assumptions.get(1));
    }

    private static PlanProjection.Line line(PlanProjection.Result plan, String careType, int year) {
        return plan.lines().stream().filter(l -> l.careType().equals(careType) && l.year() == year).findFirst().orElseThrow();
    }
}
