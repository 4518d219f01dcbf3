package se.rapportkoll.validate;

import org.junit.jupiter.api.Test;
import se.rapportkoll.testing.Grid;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.SheetBuilder.row;

/** Which rows are totals of which: the layout and the arithmetic must agree. */
class HierarchyTest {

    @Test
    void aPartThatHappensToEqualTheRowsAboveInItsZeroColumnsIsNoSubtotal() {
        // the August 2025 report's investment table (seed, page "Investeringar"), as published
        Grid grid = Grid.sheet("Inv").rows(0,
                row("Investeringar, tkr"),
                row("Investeringar", "Årets budget", "Årets prognos", "Avvikelse", "Total budget", "Total prognos", "Total avvikelse"),
                row("Kontorsutrustning socialförvaltningen 2025", -1500, -1500, 0, -1500, -1500, 0),
                row("Införa digital personakt", -641, -641, 0, -1000, -1000, 0),
                row("Utveckling Platina", -455, -455, 0, -500, -500, 0),
                row("Anpassning digitalt ärendeflöde", -300, -300, 0, -300, -300, 0),
                row("Automatiserade processer", -1000, -1000, 0, -1000, -1000, 0),
                row("Digitalisering dokumentation", 0, 0, 0, -700, -700, 0),
                row("Digitalisering invånartjänster", 0, 0, 0, -300, -300, 0),
                row("Utv av automatiserade processer", -1500, -1500, 0, -2000, -2000, 0),
                row("Summa", -5396, -4696, 0, -7300, -7300, 0));
        // the one real error: the forecasts add up to −5 396, not −4 696; the Summa row's deviation 0 only
        // disagrees because of it (−4 696 − −5 396 = 700), so it is named in the total's finding, not reported
        assertEquals(List.of("ERROR total Inv!C11 -5396 -4696"), describe(grid.validate()));
    }
}
