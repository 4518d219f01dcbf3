package se.rapportkoll.analyse.plan;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.testing.SheetBuilder;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plan years: every plan year of the tables, no assumption unless the controller enters one,
 * what the plan itself implies (worked by hand for Institutionsplaceringar barn &amp; unga of the
 * plan 2025–2027: budget 2025 price 5 885, plan 6 032 and 6 183; volumes 10 089, 10 201, 10 844),
 * and the cost change split into volume and price.
 */
class PlanProjectionTest {

    private static final String INST = "Institutionsplaceringar barn & unga";

    @TempDir
    Path dir;

    @Test
    void withoutAssumptionsTheSheetShowsWhatThePlanImplies() throws Exception {
        Path output = dir.resolve("plan.xlsx");
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).process(Path.of("samples/verksamhetsplan-2025-2027.xlsx"), output, false);
        PlanProjection.Result plan = result.planYears();
        assertEquals(20, plan.lines().size(), "10 care types × 2 plan years");
        assertFalse(plan.hasAssumptions(), "nothing assumed that the workbook or the controller did not give");
        assertEquals(List.of(2026, 2027), plan.assumptions().stream().map(PlanProjection.Assumption::year).toList());
        PlanProjection.Line y2026 = line(plan, INST, 2026);
        assertEquals(5885, y2026.projectedPrice(), 1e-9, "no uplift assumed: the budget year's price");
        assertEquals(6032.0 / 5885 - 1, y2026.impliedUplift(), 1e-12);
        assertEquals(10201.0 / 10089 - 1, y2026.impliedGrowth(), 1e-12);
        assertEquals(61532.432, y2026.planCostTkr(), 1e-9);
        assertEquals(61532.432 - 10089 * 5885 / 1000.0, y2026.costChangeTkr(), 1e-9);
        assertEquals((10201 - 10089) * 5885 / 1000.0, y2026.costChangeVolumeTkr(), 1e-9);
        assertEquals((6032 - 5885) * 10201 / 1000.0, y2026.costChangePriceTkr(), 1e-9);
        for (PlanProjection.Line l : plan.lines()) {
            assertEquals(l.costChangeTkr(), l.costChangeVolumeTkr() + l.costChangePriceTkr(), 1e-6, "split adds up: " + l);
            assertEquals(l.differenceTkr(), l.differenceVolumeTkr() + l.differencePriceTkr(), 1e-6, "split adds up: " + l);
        }
        PlanProjection.Line y2027 = line(plan, INST, 2027);
        assertEquals(6183.0 / 6032 - 1, y2027.impliedUplift(), 1e-12, "against the plan's own year before");
        assertEquals(10844.0 / 10201 - 1, y2027.impliedGrowth(), 1e-12);

        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Planår");
            assertNotNull(sheet);
            assertEquals(CellType.BLANK, sheet.getRow(4).getCell(1).getCellType(), "the 2026 price uplift is left empty");
            assertEquals(CellType.BLANK, sheet.getRow(5).getCell(2).getCellType(), "the 2027 volume growth is left empty");
            assertEquals(20 * 16 + 2 * 8, checkCachedValues(wb, sheet));
        }
    }

    @Test
    void assumptionsEnteredOnTheSheetAreReadBackOnTheNextRun() throws Exception {
        Path first = dir.resolve("plan.xlsx");
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        pipeline.process(Path.of("samples/verksamhetsplan-2025-2027.xlsx"), first, false);
        Path edited = dir.resolve("plan-edited.xlsx");
        try (InputStream in = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Planår");
            sheet.getRow(4).getCell(1).setCellValue(0.035); // 2026 price uplift
            sheet.getRow(5).getCell(1).setCellValue("3,1 %"); // 2027, typed as text
            sheet.getRow(5).getCell(2).setCellValue(0.01); // 2027 volume growth
            try (OutputStream out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Path second = dir.resolve("plan-again.xlsx");
        PlanProjection.Result plan = pipeline.process(edited, second, false).planYears();
        assertTrue(plan.hasAssumptions());
        assertEquals(new PlanProjection.Assumption(2026, 0.035, null), plan.assumptions().get(0));
        assertEquals(new PlanProjection.Assumption(2027, 0.031, 0.01), plan.assumptions().get(1));
        PlanProjection.Line y2027 = line(plan, INST, 2027);
        assertEquals(5885 * 1.035 * 1.031, y2027.projectedPrice(), 1e-9);
        assertEquals(10089 * 1.01, y2027.projectedVolume(), 1e-9);
        assertEquals(10844 * 6183 / 1000.0 - 10089 * 1.01 * 5885 * 1.035 * 1.031 / 1000, y2027.differenceTkr(), 1e-6);
        try (InputStream in = Files.newInputStream(second); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Planår");
            assertEquals(0.035, sheet.getRow(4).getCell(1).getNumericCellValue(), 1e-12, "kept on the new sheet");
            assertEquals(1, wb.getNumberOfSheets() - countUserSheets(wb), "one plan-years sheet, not two");
            checkCachedValues(wb, sheet);
        }
    }

    /** The plan sample moved a year on with a fourth plan year (scripts/forecasts/build.py): 2027–2029 all appear. */
    @Test
    void aPlanForOtherYears() throws Exception {
        Path output = dir.resolve("later.xlsx");
        PlanProjection.Result plan = new Pipeline(RunOptions.swedish())
                .process(Path.of("src", "test", "resources", "forecasts", "plan-2026-2029.xlsx"), output, false).planYears();
        assertEquals(List.of(2027, 2028, 2029), plan.lines().stream().map(PlanProjection.Line::year).distinct().toList());
        assertEquals(2026, plan.lines().get(0).budgetYear());
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            checkCachedValues(wb, wb.getSheet("Planår"));
        }
    }

    /** A plan the tool has never seen: budget 2025 and three plan years, other care types, other words. */
    @Test
    void everyPlanYearAppears() throws Exception {
        Path input = new SheetBuilder().sheet("Volymer").rows(0, 0,
                SheetBuilder.row("Vårddygn per insats"),
                SheetBuilder.row(),
                SheetBuilder.row("Insats", "Budget 2025", "Plan 2026", "Plan 2027", "Plan 2028"),
                SheetBuilder.row("HVB vuxna", 1200.0, 1250.0, 1300.0, 1300.0),
                SheetBuilder.row("Stödboende", 800.0, 800.0, 820.0, 850.0),
                SheetBuilder.row("Summa", 2000.0, 2050.0, 2120.0, 2150.0))
                .sheet("Priser").rows(0, 0,
                        SheetBuilder.row("Kostnad per dygn, kr"),
                        SheetBuilder.row(),
                        SheetBuilder.row("Insats", "Budget 2025", "Plan 2026", "Plan 2027", "Plan 2028"),
                        SheetBuilder.row("HVB vuxna", 4000.0, 4100.0, 4200.0, 4300.0),
                        SheetBuilder.row("Stödboende", 1500.0, 1550.0, 1600.0, 1650.0))
                .save(dir.resolve("plan-2026-2028.xlsx"));
        Path output = dir.resolve("out.xlsx");
        PlanProjection.Result plan = new Pipeline(RunOptions.swedish()).process(input, output, false).planYears();
        assertEquals(List.of(2026, 2027, 2028), plan.lines().stream().map(PlanProjection.Line::year).distinct().toList());
        assertEquals(6, plan.lines().size());
        PlanProjection.Line hvb2028 = line(plan, "HVB vuxna", 2028);
        assertEquals(0, hvb2028.impliedGrowth(), 1e-12);
        assertEquals(4300.0 / 4200 - 1, hvb2028.impliedUplift(), 1e-12);
        assertEquals(0, hvb2028.costChangeVolumeTkr(), 1e-12, "no more days in 2028: all of the change is price");
        assertEquals(1300 * 100 / 1000.0, hvb2028.costChangePriceTkr(), 1e-9);
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            checkCachedValues(wb, wb.getSheet("Planår"));
        }
    }

    @Test
    void aMunicipalitysOwnAssumptionsBesideTheWorkbook() throws Exception {
        Files.writeString(dir.resolve(PlanProjection.ASSUMPTIONS_FILE), "# egna\n2026\t2,5\t1\n2027\t3\n");
        var assumptions = PlanProjection.assumptions(dir);
        assertEquals(new PlanProjection.Assumption(2026, 0.025, 0.01), assumptions.get(0));
        assertEquals(new PlanProjection.Assumption(2027, 0.03, null), assumptions.get(1));
        assertEquals(List.of(), PlanProjection.assumptions(dir.resolve("nowhere")), "no file, no assumption");
    }

    @Test
    void noAssumptionMeansUnchanged() {
        PlanProjection.Assumption none = new PlanProjection.Assumption(2026, null, null);
        assertNull(none.priceUplift());
        assertEquals(0, none.price());
        assertEquals(0, none.volume());
    }

    private static int countUserSheets(XSSFWorkbook wb) {
        int n = 0;
        for (Sheet s : wb) {
            if (!s.getSheetName().startsWith("Planår")) {
                n++;
            }
        }
        return n;
    }

    /** Every numeric formula's cached value equals POI's evaluation; returns how many there are. */
    private static int checkCachedValues(XSSFWorkbook wb, Sheet sheet) {
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
        return formulas;
    }

    private static PlanProjection.Line line(PlanProjection.Result plan, String careType, int year) {
        return plan.lines().stream().filter(l -> l.careType().equals(careType) && l.year() == year).findFirst().orElseThrow();
    }
}
