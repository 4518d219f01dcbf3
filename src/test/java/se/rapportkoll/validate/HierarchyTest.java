package se.rapportkoll.validate;

import org.junit.jupiter.api.Test;
import se.rapportkoll.testing.Grid;

import java.util.List;
import java.util.function.UnaryOperator;

import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TotalGroup;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    /** Committee rows over their units, a grand total over the committees: Socialnämnd's Utfall typed 3 off. */
    private static Grid committees(UnaryOperator<Grid> layout) {
        return layout.apply(Grid.sheet("Drift").rows(0,
                row("Driftredovisning, tkr"),
                row("Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse"),
                row("Kommunstyrelse", -100, -95, 5),
                row("Kansli", -60, -58, 2),
                row("Ekonomi", -40, -37, 3),
                row("Socialnämnd", -200, -213, -10),
                row("Individ- och familjeomsorg", -120, -126, -6),
                row("Äldreomsorg", -80, -84, -4),
                // as a formula over the committee rows would give: C3 + C6, D3 + D6
                row("Summa nämnder", -300, -308, -5)));
    }

    @Test
    void committeeRowsAboveTheirUnitsAsOutlineLevelsIndentationOrBoldState() {
        List<UnaryOperator<Grid>> layouts = List.of(
                g -> g.outline(1, 3, 4, 6, 7),
                g -> g.indent(1, 3, 4, 6, 7),
                g -> g.bold(2, 5, 8));
        for (UnaryOperator<Grid> layout : layouts) {
            Grid grid = committees(layout);
            Table table = grid.locate().tables().get(0);
            assertEquals(List.of(new TotalGroup(5, List.of(6, 7)), new TotalGroup(2, List.of(3, 4)),
                    new TotalGroup(8, List.of(2, 5))), table.totals());
            // one cause, one finding: D6 (−10, right for the right Utfall) and the grand total's deviation D9
            // (−5 vs C9 − B9 = −8, off by the same 3 through C6) are named in C6's finding
            List<Finding> findings = grid.validate();
            assertEquals(List.of("ERROR total Drift!C6 -210 -213"), describe(findings));
            assertTrue(findings.get(0).detail().contains("D6") && findings.get(0).detail().contains("D9"),
                    findings.get(0).detail());
        }
    }

    @Test
    void aProjectEqualToTheTwoRowsAboveInMostColumnsIsNoSubtotal() {
        // Förskola C equals A + B in Budget and Prognos, not in Utfall; the one real error is the Summa's Utfall
        // (4 212 + 920 + 5 877 + 310 = 11 319, typed 11 391), whether the Summa row is bold or nothing is
        UnaryOperator<Grid> plain = g -> g;
        for (UnaryOperator<Grid> layout : List.of(plain, (UnaryOperator<Grid>) g -> g.bold(6))) {
            Grid grid = layout.apply(Grid.sheet("Inv").rows(0,
                    row("Investeringar, tkr"),
                    row("Projekt", "Budget 2025", "Utfall jan-aug 2025", "Prognos 2025"),
                    row("Ombyggnad A", 6500, 4212, 6900),
                    row("Skolgård B", 1800, 920, 1500),
                    row("Förskola C", 8300, 5877, 8400),
                    row("Inventarier D", 950, 310, 950),
                    row("Summa investeringar", 17550, 11391, 17750)));
            assertEquals(List.of("ERROR total Inv!C7 11319 11391"), describe(grid.validate()));
        }
    }

    @Test
    void aBoldRowUnderItsUnitsIsASubtotalEvenWithOneWrongColumn() {
        // Socialkontor (bold) under its units: Budget −24 359 typed −24 659; Utfall and Prognos add up
        Grid grid = Grid.sheet("S").rows(0,
                row("Driftredovisning per verksamhet, tkr"),
                row("Rad", "Budget jan-feb 2025", "Utfall jan-feb 2025", "Prognos 2025"),
                row("Socialdirektör", -1562, -1138, -1600),
                row("Avd f försörjning", -9152, -8365, -9000),
                row("Avd f barn och vuxna", -13645, -15509, -14000),
                row("Socialkontor", -24659, -25012, -24600)).bold(5);
        assertEquals(List.of("ERROR total S!B6 -24359 -24659"), describe(grid.validate()));
    }

    @Test
    void aBoldTotalAboveItsPartsWithoutOutlineLevels() {
        // Malmö stad's "Prognossäkerhet 2014" pattern: Årets resultat (bold) first, above its parts; its
        // Bokslut typed 10 off (38 − 18 − 120 + 30 = −70)
        Grid grid = Grid.sheet("P").rows(0,
                row("Resultat per nämnd 2014, mnkr"),
                row("Nämnd", "Budget 2014", "Bokslut 2014", "Prognos 2014"),
                row("Årets resultat", 50, -60, 80),
                row("Servicenämnd", 40, 38, 7),
                row("Kommunstyrelse", -10, -18, 44),
                row("Stadsområdesnämnder", -100, -120, -69),
                row("Finansiering", 120, 30, 98)).bold(2);
        assertEquals(List.of(new TotalGroup(2, List.of(3, 4, 5, 6))), grid.locate().tables().get(0).totals());
        assertEquals(List.of("ERROR total P!C3 -70 -60"),
                describe(grid.validate().stream().filter(f -> f.severity() != Severity.INFO).toList()));
    }

    @Test
    void aDifferenceRowIsCheckedAsKostnaderMinusIntakter() {
        // positive figures: Nettokostnad = Kostnader − Intäkter; its Utfall typed 3 000 off, whose deviation follows
        Grid grid = Grid.sheet("R").rows(0,
                row("Resultat november 2025, tkr"),
                row("", "Budget jan-nov 2025", "Utfall jan-nov 2025", "Avvikelse"),
                row("Intäkter", 45210, 47932, 2722),
                row("Personalkostnader", 198400, 201115, -2715),
                row("Övriga kostnader", 94150, 95295, -1145),
                row("Kostnader", 292550, 296410, -3860),
                row("Nettokostnad", 247340, 251478, -1138)).bold(5, 6);
        Table table = grid.locate().tables().get(0);
        assertEquals(new TotalGroup(6, List.of(2, 5), List.of(-1, 1)), table.totalAt(6).orElseThrow());
        List<Finding> findings = grid.validate().stream().filter(f -> f.severity() != Severity.INFO).toList();
        assertEquals(List.of("ERROR total R!C7 248478 251478"), describe(findings));
        assertEquals("C6-C3", Validator.localFormula(findings.get(0).expectedFormula()));
    }

    @Test
    void varavRowsThatAddUpAreCheckedAndOnesThatDoNotAreNoParts() {
        Grid grid = Grid.sheet("V").rows(0,
                row("Prognos helår 2025, tkr"),
                row("", "Budget 2025", "Prognos helår 2025"),
                row("Netto", 1562700, 1568234),
                row("- varav kostnader", 1739519, 1752340),
                row("- varav intäkter", -176819, -184106),
                row("Kostnader", 900, 950),
                row("varav kapitalkostnader", 120, 130),
                row("Summa", 1563600, 1569184));
        Table table = grid.locate().tables().get(0);
        assertEquals(List.of(new TotalGroup(2, List.of(3, 4)), new TotalGroup(7, List.of(2, 5))), table.totals());
        assertEquals(List.of(), describe(grid.validate().stream().filter(f -> f.severity() != Severity.INFO).toList()));
    }

    @Test
    void aHeadingWithoutFiguresAfterABlankRowKeepsItsUnitsInTheTable() {
        // "Netto per verksamhetsområde" names a total word but has no figures: a heading over the units
        Grid grid = Grid.sheet("N").rows(0,
                row("Barn- och utbildningsnämnden (tkr)"),
                row("", "Budget 2025", "Prognos helår 2025"),
                row("Netto", 1100, 1150),
                row(),
                row("Netto per verksamhetsområde"),
                row("Förskola", 400, 420),
                row("Grundskola", 700, 730)).bold(2);
        Table table = grid.locate().tables().get(0);
        assertEquals(6, table.lastDataRow());
        assertEquals(List.of(new TotalGroup(2, List.of(5, 6))), table.totals());
        assertEquals(List.of(), describe(grid.validate().stream().filter(f -> f.severity() != Severity.INFO).toList()));
    }
}
