package se.rapportkoll.locate;

import org.junit.jupiter.api.Test;
import se.rapportkoll.analyse.deviation.DeviationAnalysis;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.testing.Grid;
import se.rapportkoll.model.Finding;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.SheetBuilder.row;

/** Issue 15 item 3 and 7: headers over one or two rows, what lies between them and the figures, and their periods. */
class HeaderLayoutTest {

    private static Table only(Grid grid) {
        var tables = grid.locate().tables();
        assertEquals(1, tables.size(), tables.toString());
        return tables.get(0);
    }

    private static List<ColumnKind> kinds(Table table) {
        return table.columns().stream().map(Column::kind).filter(k -> k != ColumnKind.OTHER).toList();
    }

    @Test
    void kindOverPeriodWithABlankRowCodeAndNoteColumnsAndAContinuationBlock() {
        Grid grid = Grid.sheet("Ansvar").rows(0,
                row("Uppföljning, tkr"),
                row("Ansvar", "Verksamhet", "Not", "Budget", "Utfall", "Avvikelse"),
                row(null, null, null, "jan-aug 2025", "jan-aug 2025", "jan-aug 2025"),
                row(),
                row(4100, "Hemtjänst", 1, -500, -520, -20),
                row(4200, "Boende", null, -300, -290, 10),
                row(),
                row(5100, "LSS", 2, -200, -205, -5),
                row(5200, "Daglig verksamhet", null, -100, -98, 2),
                row(),
                row(null, "Summa", null, -1100, -1113, -13));
        Table table = only(grid);
        assertEquals(1, table.labelColumn(), "the codes left of the names are not the labels");
        assertEquals(List.of(ColumnKind.BUDGET, ColumnKind.ACTUAL, ColumnKind.DEVIATION), kinds(table));
        assertEquals(8, table.columns().get(1).period().toMonth());
        assertEquals(10, table.lastDataRow(), "the second block and the total belong to the table");
        assertTrue(grid.validate().isEmpty(), grid.validate().toString());
    }

    @Test
    void aBarePeriodContinuesTheKindOnItsLeft() {
        Table table = only(Grid.sheet("Export").rows(0,
                row("Konto", "Benämning", "Årsbudget", "Ack utfall 2025-08", "2025-09", "2025-10"),
                row(4010, "Köp av verksamhet", 4100, 2790, 3130, 3480),
                row(5010, "Löner", 6280, 4163, 4692, 5212),
                row(null, "Summa", 10380, 6953, 7822, 8692)));
        assertEquals(List.of(ColumnKind.BUDGET, ColumnKind.ACTUAL, ColumnKind.ACTUAL, ColumnKind.ACTUAL), kinds(table));
        assertEquals(10, table.columns().get(3).period().toMonth());
    }

    @Test
    void aYearUnderAKindIsAHeaderNotANumberAsText() {
        Grid grid = Grid.sheet("Drift").rows(0,
                row("Nettokostnad per nämnd, mnkr"),
                row("Nämnd", "Budget", "Prognos", "Avvikelse"),
                row(null, 2025, "helår 2025", "budget - prognos"),
                row("Kommunstyrelsen", 142.3, 141.0, 1.3),
                row("Socialnämnden", 688.4, 702.5, -14.1),
                row("Summa", 830.7, 843.5, -12.8));
        Table table = only(grid);
        assertEquals(2025, table.columns().get(0).period().year());
        assertEquals(3, table.firstDataRow());
        List<Finding> findings = grid.validate();
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("number-as-text")), findings.toString());
    }

    @Test
    void theTitlesPeriodGoesToColumnsThatStateNone() {
        Grid grid = Grid.sheet("Kultur").rows(0,
                row("Budgetuppföljning per oktober 2025"),
                row("Belopp i tkr"),
                row("Verksamhet", "Budget helår", "Budget ack", "Utfall ack", "Avvikelse ack", "Prognos helår", "Avvikelse prognos helår mot budget"),
                row("Bibliotek", -1200, -1000, -980, 20, -1150, 50),
                row("Fritid", -600, -500, -530, -30, -640, -40),
                row("Summa", -1800, -1500, -1510, -10, -1790, 10));
        Table table = only(grid);
        Period ack = table.columns().get(1).period();
        assertTrue(ack.isPartOfYear());
        assertEquals(10, ack.toMonth());
        assertTrue(grid.validate().isEmpty(), "the full-year deviation is checked against Budget helår: " + grid.validate());
    }

    @Test
    void groupHeadingsMakeOneBudgetLinePerGroup() {
        Grid grid = Grid.sheet("IK").rows(0,
                row("Intäkter och kostnader jan-apr 2025, tkr"),
                row(null, "Intäkter", null, null, "Kostnader", null, null),
                row("Verksamhet", "Budget", "Utfall", "Avvikelse", "Budget", "Utfall", "Avvikelse"),
                row("Kost", 400, 420, 20, -900, -950, -50),
                row("Park", 200, 190, -10, -600, -580, 20),
                row("Totalt", 600, 610, 10, -1500, -1530, -30));
        Table table = only(grid);
        assertEquals("Intäkter", table.columns().get(0).group());
        assertEquals("Kostnader", table.columns().get(5).group());
        List<DeviationLine> lines = DeviationAnalysis.lines(grid.locate());
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.label().equals("Kost – Intäkter") && l.periodDeviation() == 20));
        assertTrue(lines.stream().anyMatch(l -> l.label().equals("Kost – Kostnader") && l.periodDeviation() == -50));
    }

    @Test
    void aHeaderMergedDownOverBothRowsIsNotAGroup() {
        Table table = only(Grid.sheet("Drift").rows(0,
                row("Drift, tkr"),
                row("Verksamhet", "Jan-aug 2025", "Jan-aug 2025", "Helår 2025", "Helår 2025", "Kommentar"),
                row("Verksamhet", "Budget", "Utfall", "Budget", "Prognos", "Kommentar"),
                row("Kost", -400, -420, -600, -610, "Fler portioner"),
                row("Park", -200, -190, -300, -290, null),
                row("Summa", -600, -610, -900, -900, null)));
        table.columns().forEach(c -> assertNull(c.group(), c.toString()));
        assertTrue(table.columns().get(0).period().isPartOfYear());
        assertTrue(table.columns().get(3).period().fullYear());
    }

    @Test
    void aForecastRoundIsNotAPeriodAndTheLatestRoundIsTheForecast() {
        Grid grid = Grid.sheet("Prognos").rows(0,
                row("Prognosrapport, tkr"),
                row("Verksamhet", "Budget 2025", "Prognos feb", "Prognos apr", "Avvikelse"),
                row("Förskola", 1000, 1010, 1030, -30),
                row("Skola", 2000, 1990, 1980, 20),
                row("Summa", 3000, 3000, 3010, -10));
        Table table = only(grid);
        assertFalse(table.columns().get(2).period().hasMonths());
        assertEquals(4, table.columns().get(2).period().roundOrder());
        List<DeviationLine> lines = DeviationAnalysis.lines(grid.locate());
        DeviationLine forskola = lines.stream().filter(l -> l.label().equals("Förskola")).findFirst().orElseThrow();
        assertEquals(3, forskola.forecast().col(), "Prognos apr, the latest round");
    }

    @Test
    void aDebitPositiveExportWithoutDeviationsIsReadAsOne() {
        Table table = only(Grid.sheet("Export").rows(0,
                row("Konto", "Benämning", "Årsbudget", "Ack utfall 2025-08"),
                row(3010, "Försäljning", -2400, -1512),
                row(4010, "Köp av verksamhet", 41200, 27915),
                row(5010, "Löner", 62800, 41630),
                row(null, "Summa", 101600, 68033)));
        assertEquals(Convention.DEBIT_POSITIVE, table.convention());
    }

    @Test
    void aPeriodThatDisagreesWithTheTitleIsOneFinding() {
        List<Finding> findings = Grid.sheet("Uppf").rows(0,
                row("Uppföljning per september 2025, tkr"),
                row("Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse"),
                row("Tillsyn", -500, -480, 20),
                row("Kontroll", -300, -310, -10),
                row("Summa", -800, -790, 10)).validate();
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("period", findings.get(0).rule());
        assertEquals("B2", findings.get(0).cell());
    }

    @Test
    void mdkrIsBillionsOfKronor() {
        Table table = only(Grid.sheet("Koncern").rows(0,
                row("Koncernens resultat, mdkr"),
                row("Post", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Intäkter", 12.4, 12.6, 0.2),
                row("Kostnader", -11.9, -12.0, -0.1),
                row("Summa", 0.5, 0.6, 0.1)));
        assertEquals(Unit.MDKR, table.unit());
        assertEquals(1_000_000, Unit.MDKR.tkr());
    }
}
