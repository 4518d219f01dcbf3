package se.rapportkoll.analyse.forecast;

import se.rapportkoll.xlsx.write.sheets.ScenarioSettingsSheet;

import se.rapportkoll.xlsx.read.SettingsSheet;

import se.rapportkoll.analyse.forecast.Estimate;
import se.rapportkoll.analyse.forecast.LineForecast;
import se.rapportkoll.analyse.forecast.Method;
import se.rapportkoll.analyse.forecast.NotApplicable;

import se.rapportkoll.analyse.forecast.ActionPlan;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.analyse.forecast.ScenarioSettings.Scenario;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.xlsx.write.LibreOfficeRecalcCheck;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbook's own action plan drives the scenarios: the August sample with a plan in the seeds'
 * template (openpyxl) and in another wording with a year of effect (XlsxWriter), and a February
 * report whose Prognos equals its budget. Built by scripts/forecasts/build.py.
 */
class ActionPlanScenarioTest {

    private static final Path DIR = Path.of("src", "test", "resources", "forecasts");

    @TempDir
    Path dir;

    private static double outcome(Scenarios.Result s, Scenario scenario, String line) {
        return s.outcomes().stream().filter(o -> o.scenario() == scenario && o.line().label().equals(line))
                .findFirst().orElseThrow().fullYear();
    }

    private static double careShock(Scenarios.Result s, Scenario scenario) {
        return s.careCosts().stream().mapToDouble(c -> c.resultChange(scenario)).sum();
    }

    @Test
    void theSeedsTemplateIsATableItsMeasuresByNameAndTheUnrealisedPartFailsInLow() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("aug-atgardsplan-mall.xlsx"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(Rules.UNPLACED_TABLE)), r.findings().toString());
        assertTrue(r.located().tables().stream().anyMatch(t -> t.sheetName().equals("Åtgärdsplan")));
        Scenarios.Result s = r.forecast().scenarios();
        assertEquals(List.of("Hemmaplanslösningar i stället för externa placeringar", "Minskad inhyrning av konsulter"),
                s.settings().measures().stream().map(ScenarioSettings.Measure::name).toList());
        ScenarioSettings.Measure first = s.settings().measures().get(0);
        assertEquals(5600, first.expected(), 0);
        assertEquals(2100, first.realised(), 0);
        assertTrue(first.included() && !first.effectLow() && first.effectHigh(), "the defaults");
        // base = Prognos 4 to the krona; low loses 5 600 − 2 100 of the first measure, nothing of the second (all realised)
        assertEquals(-369528, outcome(s, Scenario.BASE, "Summa Driftbudget"), 1e-9);
        assertEquals(-369528 + careShock(s, Scenario.LOW) - 3500, outcome(s, Scenario.LOW, "Summa Driftbudget"), 1e-6);
        assertEquals(-369528 + careShock(s, Scenario.HIGH), outcome(s, Scenario.HIGH, "Summa Driftbudget"), 1e-6);
    }

    @Test
    void anotherWordingWithAYearOfEffectAndAWrongSum() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("aug-atgardsplan-variant.xlsx"));
        List<Finding> totals = r.findings().stream().filter(f -> f.rule().equals(Rules.TOTAL) && f.sheet().equals("Ekonomi i balans")).toList();
        assertEquals(1, totals.size(), r.findings().toString());
        assertEquals("D7", totals.get(0).cell());
        assertEquals(9800, totals.get(0).expected(), 0);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(Rules.UNPLACED_TABLE)), r.findings().toString());
        Scenarios.Result s = r.forecast().scenarios();
        assertEquals(2, s.settings().measures().size(), "the 2026 measure is not this year's");
        assertEquals(List.of("Ny upphandling av stödboende"), s.otherYears().stream().map(ActionPlan.Measure::name).toList());
        assertEquals(1200, s.settings().measures().get(0).cost(), 0, "Kostnad för genomförande");
        assertEquals(-369528 + careShock(s, Scenario.LOW) - 3500, outcome(s, Scenario.LOW, "Summa Driftbudget"), 1e-6);
    }

    /** Prognos 3 beside Prognos 4: the change per line on the forecast sheet, and in the draft with the plan's status. */
    @Test
    void aSecondForecastRoundAndThePlansStatusInTheDraft() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("aug-atgardsplan-variant.xlsx"));
        List<Forecasting.RoundChange> changes = r.forecast().roundChanges();
        assertEquals(List.of("Intäkter", "Kostnader", "Varav kapitalkostnader", "Summa Driftbudget"),
                changes.stream().map(c -> c.line().label()).toList());
        Forecasting.RoundChange total = changes.get(3);
        assertEquals("Prognos 3", total.previousHeader());
        assertEquals("Prognos 4", total.currentHeader());
        assertEquals(-369528 - -374700, total.change(), 1e-9, "better by 5 172");
        List<String> draft = draft(r);
        assertTrue(draft.contains("Jämfört med prognos 3 har prognosen förbättrats med 5\u00a0200\u00a0tkr."), draft.toString());
        // 5 600 + 2 400 expected this year (the 2026 measure is not), 2 100 + 2 400 realised
        assertTrue(draft.contains("Åtgärderna i åtgärdsplanen beräknas ge en effekt om 8\u00a0000\u00a0tkr innevarande år, varav "
                + "4\u00a0500\u00a0tkr har realiserats per augusti."), draft.toString());
        // the committee's own figures still from Prognos 4, the latest round
        assertTrue(draft.get(0).endsWith("prognostiserar ett överskott om 3\u00a0400\u00a0tkr."), draft.get(0));
    }

    /** "Prognos feb | Prognos apr" (another municipality's rounds, positive net costs): April is the current round. */
    @Test
    void roundsNamedByMonth() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(Path.of("src", "test", "resources", "layouts",
                "prognos-apr.xlsxwriter.xlsx"));
        List<String> draft = draft(r);
        assertTrue(draft.contains("Jämfört med prognosen i februari har prognosen försämrats med 1\u00a0300\u00a0tkr."), draft.toString());
        Forecasting.RoundChange total = r.forecast().roundChanges().stream().filter(c -> c.line().label().equals("Totalt"))
                .findFirst().orElseThrow();
        assertEquals("Prognos feb", total.previousHeader());
        assertTrue(total.change() < 0, "more net cost in April: worse");
    }

    private static List<String> draft(Pipeline.Result r) {
        return se.rapportkoll.prose.TextDraft.draft(se.rapportkoll.prose.WorkbookFigures.of(r.located()), r.volumePrice(),
                Messages.swedish()).sentences().stream().map(se.rapportkoll.prose.TextDraft.Sentence::text).toList();
    }

    @Test
    void settingsFollowThePlanLiveAndTheControllersChangeIsKept() throws Exception {
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        Path first = dir.resolve("first.xlsx");
        pipeline.process(DIR.resolve("aug-atgardsplan-mall.xlsx"), first, false);
        Path edited = dir.resolve("edited.xlsx");
        try (InputStream is = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet settings = wb.getSheet("Scenarioinställningar");
            ScenarioSettings read = SettingsSheet.read(settings);
            ScenarioSettings.Measure m = read.measures().get(0);
            assertEquals("'Åtgärdsplan'!B4", settings.getRow(m.row()).getCell(2).getCellFormula(), "the plan's cell, live");
            assertEquals(ScenarioSettingsSheet.how(m, Messages.swedish()), settings.getRow(m.row()).getCell(7).getStringCellValue());
            // the controller: the first measure is not in the Prognos, and its effect is expected in high only
            // (typed over the tool's inline text, as Excel replaces a cell's content: POI's setCellValue on an
            // inline string would keep the old text beside the new one)
            settings.getRow(m.row()).getCell(4).setBlank();
            settings.getRow(m.row()).getCell(4).setCellValue("nej");
            // as Excel does on the edit: the sentence beside it recalculates
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(settings.getRow(m.row()).getCell(7));
            try (var out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Path second = dir.resolve("second.xlsx");
        Scenarios.Result s = pipeline.process(edited, second, false).forecast().scenarios();
        assertEquals(2, s.settings().measures().size(), "not added twice");
        assertEquals(-369528 + careShock(s, Scenario.LOW), outcome(s, Scenario.LOW, "Summa Driftbudget"), 1e-6);
        assertEquals(-369528 + careShock(s, Scenario.HIGH) + 3500, outcome(s, Scenario.HIGH, "Summa Driftbudget"), 1e-6);
        if (LibreOfficeRecalcCheck.soffice().isPresent()) {
            Path converted = Files.createDirectories(dir.resolve("lo"));
            LibreOfficeRecalcCheck.convert(converted, dir.resolve("profile"), List.of(second));
            LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(second, converted.resolve(second.getFileName()));
            assertTrue(report.agrees(), report.differences().toString());
        }
    }

    /** February, two months booked: the methods that scale them up do not apply, and say why; no alarm. */
    @Test
    void februaryWithPrognosEqualToBudget() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(DIR.resolve("feb-prognos-lika-budget.xlsx"));
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(Forecasting.RULE_OUTSIDE)), r.findings().toString());
        for (LineForecast f : r.forecast().lines()) {
            assertEquals(List.of(Method.BUDGET_REMAINDER), f.estimates().stream().map(Estimate::method).toList(), f.label());
            assertEquals(List.of(Method.RUN_RATE, Method.SEASONAL, Method.TREND, Method.ETS),
                    f.notApplicable().stream().map(NotApplicable::method).toList());
            assertEquals("months", f.notApplicable().get(0).reason());
            assertTrue(f.best().isEmpty() || f.backtestErrors().size() >= 2);
        }
        Scenarios.Result s = r.forecast().scenarios();
        assertEquals(-372965, outcome(s, Scenario.BASE, "Summa Driftbudget"), 1e-9, "base = Prognos 1 = budget");
        assertEquals(List.of(), s.settings().measures());
        assertNull(s.lines().stream().filter(l -> l.label().equals("Intäkter")).findFirst().orElse(null), "costs and the total only");
    }
}
