package se.rapportkoll.locate;

import org.junit.jupiter.api.Test;
import se.rapportkoll.testing.Grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.SheetBuilder.row;

/** A table's kind and unit come from the strongest evidence: what its title states, then its headers, then its rows. */
class TableKindEvidenceTest {

    private static Table only(Grid grid) {
        var tables = grid.locate().tables();
        assertEquals(1, tables.size(), tables.toString());
        return tables.get(0);
    }

    @Test
    void nettokostnadPerNamndIsAnAmountsTableInMnkrNotAUnitPrice() {
        Table table = only(Grid.sheet("Nämnder").rows(0,
                row("Nettokostnad per nämnd, mnkr"),
                row("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Kommunstyrelse", -120.5, -118.2, 2.3),
                row("Barn- och utbildningsnämnd", -850.0, -861.4, -11.4),
                row("Socialnämnd", -640.2, -655.0, -14.8),
                row("Summa nämnder", -1610.7, -1634.6, -23.9)));
        assertEquals(Unit.MNKR, table.unit());
        assertEquals(TableKind.AMOUNTS, table.kind());
        assertEquals(1, table.totals().size(), "its total is checked");
    }

    @Test
    void verksamheternasNettokostnadPerNamndWithMkr() {
        Table table = only(Grid.sheet("Blad1").rows(0,
                row("Verksamheternas nettokostnad per nämnd, mkr"),
                row("Nämnd", "Budget", "Utfall", "Avvikelse"),
                row("Kultur", -10.0, -9.5, 0.5),
                row("Teknik", -20.0, -21.0, -1.0),
                row("Totalt", -30.0, -30.5, -0.5)));
        assertEquals(Unit.MNKR, table.unit());
        assertEquals(TableKind.AMOUNTS, table.kind());
    }

    @Test
    void aPriceIsKronorPerDayPlaceOrHour() {
        for (String title : new String[] {"Kostnad per dygn, kr", "Genomsnittlig kostnad per plats (kr)", "Mått och à-priser",
                "Timpris hemtjänst, kr"}) {
            Table table = only(Grid.sheet("Priser").rows(0,
                    row(title),
                    row("Insats", "Budget 2025", "Utfall jan-aug 2025", "Avvikelse"),
                    row("HVB barn", 5885, 6562, -677),
                    row("Familjehem", 1200, 1150, 50)));
            assertEquals(TableKind.PRICES, table.kind(), title);
        }
    }

    @Test
    void theTitlesUnitBeatsAUnitWordInARowLabel() {
        // "Köpt vård, antal dygn" as a row of an amounts table in tkr must not make it a volume table
        Table table = only(Grid.sheet("Drift").rows(0,
                row("Driftredovisning (tkr)"),
                row("Verksamhet", "Budget 2025", "Utfall 2025", "Avvikelse"),
                row("Köpt vård, antal dygn", -100, -110, -10),
                row("Övrigt", -50, -45, 5),
                row("Summa", -150, -155, -5)));
        assertEquals(Unit.TKR, table.unit());
        assertEquals(TableKind.AMOUNTS, table.kind());
    }
}
