package se.rapportkoll.analyse.forecast;

import se.rapportkoll.analyse.forecast.Estimate;
import se.rapportkoll.analyse.forecast.LineForecast;
import se.rapportkoll.analyse.forecast.Method;
import se.rapportkoll.analyse.plan.PlanProjection;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.analyse.forecast.ScenarioSettings.Scenario;
import se.rapportkoll.locate.Vocabulary;
import se.rapportkoll.model.Severity;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's "Done when" on workbooks that were not made from the seeds (scripts/blind/b5.py,
 * XlsxWriter): a February report whose Prognos equals its budget, an August report with its own
 * action plan in other words than the seeds' template, a plan for 2027–2030.
 */
class BlindForecastWorkbooksTest {

    private static final Path DIR = Path.of("src", "test", "resources", "forecasts");

    @TempDir
    Path dir;

    private static double outcome(Scenarios.Result s, Scenario scenario, String line) {
        return s.outcomes().stream().filter(o -> o.scenario() == scenario && o.line().label().equals(line))
                .findFirst().orElseThrow().fullYear();
    }

    @Test
    void februaryWithPrognosEqualToBudgetRaisesNoWarningAndPairsTheTotals() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("blind5.feb.xlsx"));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO), r.findings().toString());
        assertEquals(5, r.forecast().lines().size());
        for (LineForecast f : r.forecast().lines()) {
            assertEquals(List.of(Method.BUDGET_REMAINDER), f.estimates().stream().map(Estimate::method).toList(), f.label());
            assertTrue(f.gapOutsideMethods().isEmpty(), "one method makes no range: " + f.label());
            assertEquals(f.report().yearBudget().value(), f.controllerForecast().orElseThrow(), 0, "Prognos = budget");
        }
        LineForecast total = r.forecast().lines().stream().filter(f -> f.label().equals("Totalt")).findFirst().orElseThrow();
        assertEquals("Totalt nämnden", total.report().label(), "the month sheet's total with the report's");
    }

    @Test
    void augustWithItsOwnActionPlanMovesOnlyWhatIsLeftOfTheYear() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("blind5.aug.xlsx"));
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO), r.findings().toString());
        assertTrue(r.located().tables().stream().anyMatch(t -> t.sheetName().equals("Åtgärder")), "the plan is a checked table");
        Scenarios.Result s = r.forecast().scenarios();
        assertEquals(List.of("Färre externa korttidsplatser genom egen växelvård", "Samordnad nattbemanning i hemtjänsten",
                "Översyn av bilpoolen"), s.settings().measures().stream().map(ScenarioSettings.Measure::name).toList(),
                "the workbook's measures, and no others");
        assertEquals(-402300, outcome(s, Scenario.BASE, "Kostnader"), 0, "base = Prognos to the krona");
        assertEquals(-368200, outcome(s, Scenario.BASE, "Nettokostnad"), 0);
        assertEquals(2, s.careCosts().size(), "both care types paired, one despite a missing comma");
        for (Scenarios.CareCost c : s.careCosts()) {
            assertEquals(c.volume().value() - c.booked().value(), c.remainingVolume(), 1e-9, c.settings().volumeRow());
        }
        double care = s.careCosts().stream().mapToDouble(c -> c.resultChange(Scenario.LOW)).sum();
        // low loses what the measures have not yet realised: 2 400 − 900, 1 800 − 1 800, 350 − 100
        assertEquals(-402300 + care - 1750, outcome(s, Scenario.LOW, "Kostnader"), 1e-6);
        // ±10 % volume and +3 % price on what is left of the year (730 and 4 090 days), not the whole year
        double remaining = -((730 * 1.1 * 3180 * 1.03 - 730 * 3180) + (4090 * 1.1 * 2490 * 1.03 - 4090 * 2490)) / 1000;
        assertEquals(remaining, care, 1e-6);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(Forecasting.RULE_OUTSIDE)));
    }

    @Test
    void aPlanForOtherYearsHasEveryPlanYearSplitIntoPriceAndVolume() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("blind5.plan.xlsx"));
        List<PlanProjection.Line> lines = r.planYears().lines();
        assertEquals(List.of(2027, 2028, 2029, 2030), lines.stream().map(PlanProjection.Line::year).distinct().sorted().toList());
        assertEquals(8, lines.size(), "two care types, four plan years");
        for (PlanProjection.Line l : lines) {
            assertEquals(2026, l.budgetYear());
            assertEquals(l.costChangeTkr(), l.costChangeVolumeTkr() + l.costChangePriceTkr(), 1e-6, l.careType() + " " + l.year());
        }
    }

    /**
     * Nothing in the tool's sheets that the workbook does not have: no row label of the samples (the
     * seeds' care types, units, measures) appears in the output of a workbook that does not have it.
     */
    @Test
    void noOutputNamesWhatTheWorkbookDoesNotHave() throws Exception {
        Set<String> sampleLabels = new HashSet<>();
        for (String sample : List.of("delarsrapport-aug-2025.xlsx", "manadsrapport-feb-2025.xlsx", "verksamhetsplan-2025-2027.xlsx")) {
            sampleLabels.addAll(texts(Path.of("samples", sample), null));
        }
        sampleLabels.addAll(texts(DIR.resolve("aug-atgardsplan-mall.xlsx"), null));
        sampleLabels.removeIf(t -> t.length() < 12); // headers and words every report shares ("Intäkter", "Budget helår")
        for (String blind : List.of("blind5.feb.xlsx", "blind5.aug.xlsx", "blind5.plan.xlsx")) {
            Path out = dir.resolve(blind);
            Pipeline.Result r = new Pipeline(RunOptions.swedish()).process(DIR.resolve(blind), out, false);
            Set<String> input = texts(DIR.resolve(blind), null);
            Set<String> added = texts(out, new HashSet<>(r.addedSheets()));
            assertFalse(added.isEmpty(), blind);
            for (String t : added) {
                for (String seed : sampleLabels) {
                    if (!input.contains(seed) && Vocabulary.normalise(t).contains(Vocabulary.normalise(seed))) {
                        throw new AssertionError(blind + ": \"" + t + "\" names \"" + seed + "\", which the workbook does not have");
                    }
                }
            }
        }
    }

    /** The texts of a workbook's cells (of the given sheets, or of every sheet), stripped. */
    private static Set<String> texts(Path file, Set<String> sheets) throws Exception {
        Set<String> out = new HashSet<>();
        try (InputStream is = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            for (Sheet sheet : wb) {
                if (sheets != null && !sheets.contains(sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell c : row) {
                        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                        if (type == CellType.STRING && !c.getStringCellValue().isBlank()) {
                            out.add(c.getStringCellValue().strip());
                        }
                    }
                }
            }
        }
        return out;
    }
}
