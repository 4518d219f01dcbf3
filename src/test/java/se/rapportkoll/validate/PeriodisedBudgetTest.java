package se.rapportkoll.validate;

import org.junit.jupiter.api.Test;
import se.rapportkoll.fill.FillPlanner;
import se.rapportkoll.model.Fill;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.testing.Grid;

import java.nio.file.Path;
import java.util.List;

import se.rapportkoll.model.Severity;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.SheetBuilder.row;

/**
 * A deviation for January–August counted against the full-year budget periodised (Budget · 8/12),
 * where the table has no budget for the same months: the columns' relation is told once, and only
 * a row that disagrees with it is an error.
 */
class PeriodisedBudgetTest {

    private static Grid drift(Object augustDeviationOfEkonomi) {
        return Grid.sheet("Drift").rows(0,
                row("Driftredovisning, tkr"),
                row("Verksamhet", "Budget 2025", "Utfall jan-aug 2025", "Avvikelse"),
                row("Kansli", -1200, -790, 10),
                row("Ekonomi", -600, -420, augustDeviationOfEkonomi),
                row("IT", -900, -610, -10),
                row("Summa", -2700, -1820, -20));
    }

    @Test
    void theColumnIsToldOnceAndNoRowIsAnError() {
        assertEquals(List.of("INFO deviation-periodised Drift!D2 - -"), describe(drift(-20).validate()));
        Finding told = drift(-20).validate().get(0);
        assertEquals("Kolumnen \"Avvikelse\" räknas mot periodiserad årsbudget, 8/12 av \"Budget 2025\". "
                + "rapportkoll kontrollerar raderna så.", told.message());
    }

    @Test
    void aRowThatDisagreesIsOneErrorWithThePeriodisedFormula() {
        List<Finding> findings = drift(-25).validate();
        // −420 − (−600 · 8/12) = −20; the Summa row's −20 agrees with the right figure, so it is not a second error
        assertEquals(List.of("ERROR deviation Drift!D4 -20 -25", "INFO deviation-periodised Drift!D2 - -"), describe(findings));
        Finding error = findings.stream().filter(f -> f.rule().equals(Rules.DEVIATION)).findFirst().orElseThrow();
        assertEquals("'Drift'!C4-'Drift'!B4*8/12", error.expectedFormula());
    }

    @Test
    void anEmptyDeviationIsFilledWithThePeriodisedFormula() {
        List<Fill> fills = FillPlanner.plan(drift(null).locate());
        assertEquals(1, fills.size(), fills.toString());
        assertEquals("C4-B4*8/12", fills.get(0).formula());
        assertEquals(-20, fills.get(0).value(), 1e-9);
    }

    @Test
    void aWorkbookWrittenByXlsxWriterWithPositiveCosts() throws Exception {
        // scripts/blind/b6.py: formulas without cached values, "Avvikelse mot periodiserad budget" = B·8/12 − C
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(Path.of("src", "test", "resources", "blind",
                "periodiserad.xlsxwriter.xlsx"));
        assertEquals(0, r.count(Severity.ERROR) + r.count(Severity.WARNING), describe(r.findings()).toString());
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().equals(Rules.DEVIATION_PERIODISED)
                && f.cell().equals("D3")), describe(r.findings()).toString());
        assertEquals(1, r.fills().size(), r.fills().toString());
        Fill kulturskola = r.fills().get(0);
        assertEquals("D7", kulturskola.address());
        assertEquals("B7*8/12-C7", kulturskola.formula(), "positive costs: budget share − actual");
        assertEquals(6300 * 8 / 12.0 - 4180, kulturskola.value(), 1e-9);
    }
}
