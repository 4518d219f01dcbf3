package se.rapportkoll.locate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which cells a formula refers to, read from its text, and when the text cannot tell. */
class FormulaReferencesTest {

    private static FormulaReferences refs(String formula) {
        return FormulaReferences.of(formula, "Drift").orElseThrow(() -> new AssertionError("no answer for " + formula));
    }

    @Test
    void cellsRangesAndSheets() {
        assertEquals(List.of(new FormulaReferences.Area("Drift", 2, 2, 2, 2), new FormulaReferences.Area("Drift", 2, 1, 2, 1)),
                refs("C3-B3").areas());
        FormulaReferences sum = refs("SUM($B$3:B14)+'Drift SDN10'!G64-Volymer!A1");
        assertTrue(sum.refersTo("Drift", 13, 1));
        assertFalse(sum.refersTo("Drift", 14, 1));
        assertTrue(sum.refersTo("Drift SDN10", 63, 6));
        assertTrue(sum.refersTo("volymer", 0, 0), "sheet names compare as Excel does, case ignored");
        assertFalse(sum.refersTo("Drift", 63, 6));
        assertTrue(refs("SUM(G:G)").refersTo("Drift", 500_000, 6));
        assertTrue(refs("SUM(5:7)").refersTo("Drift", 5, 300));
        assertTrue(refs("'It''s'!A1*2").refersTo("It's", 0, 0));
    }

    @Test
    void functionsNumbersTextsAndLogicalsAreNoReferences() {
        assertEquals(List.of(new FormulaReferences.Area("Drift", 0, 0, 0, 0)), refs("IF(A1>0,LOG10(100)+1.5E3,\"B2 text\")").areas().subList(0, 1));
        assertEquals(1, refs("IF(A1>0,LOG10(100),\"B2\")").areas().size(), "LOG10( is a function, \"B2\" a text");
        assertEquals(1, refs("IF(A1,TRUE,FALSE)").areas().size());
        assertEquals(0, refs("ROUND(2.5,0)").areas().size());
    }

    @Test
    void whatTheTextCannotTellIsNoAnswer() {
        for (String formula : List.of("SUM(Kostnader)", "INDIRECT(\"A\"&B1)", "SUM(OFFSET(A1,0,0,3,1))",
                "SUM(Tabell1[Utfall])", "[1]Blad1!A1", "SUM(Blad1:Blad3!A1)")) {
            assertTrue(FormulaReferences.of(formula, "Drift").isEmpty(), formula);
        }
    }
}
