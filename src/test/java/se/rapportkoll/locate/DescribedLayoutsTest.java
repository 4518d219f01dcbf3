package se.rapportkoll.locate;

import org.junit.jupiter.api.Test;
import se.rapportkoll.testing.Grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.Describe.tables;
import static se.rapportkoll.testing.SheetBuilder.row;

/**
 * The locator on grids built in code, without POI or a file, each checked against what a reader of
 * the sheet would say the table is (header, columns with kind and period, row kinds, totals and
 * their parts, unit, sign convention). The layouts are those other municipalities publish
 * ({@code ../shared/layouts.md}); the figures add up unless a test says otherwise.
 */
class DescribedLayoutsTest {

    @Test
    void committeeRowsAboveTheirIndentedUnitsAndAGrandTotalOverTheCommittees() {
        Grid grid = Grid.sheet("Drift").rows(0,
                row("Driftredovisning per nämnd, tkr"),
                row("Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse"),
                row("Kommunstyrelse", -100, -95, 5),
                row("Kansli", -60, -58, 2),
                row("Ekonomi", -40, -37, 3),
                row("Barn- och utbildningsnämnd", -200, -210, -10),
                row("Förskola", -120, -126, -6),
                row("Grundskola", -80, -84, -4),
                row("Summa nämnder", -300, -305, -5)).indent(1, 3, 4, 6, 7);
        assertEquals("""
                Drift!A2:D9 "Driftredovisning per nämnd, tkr": tkr, belopp, signed
                header: row 2, labels in A
                  B "Budget jan-aug 2025": budget jan-aug 2025
                  C "Utfall jan-aug 2025": actual jan-aug 2025
                  D "Avvikelse": deviation
                rows:
                  3 Kommunstyrelse: subtotal = 4 + 5
                  4 Kansli: part
                  5 Ekonomi: part
                  6 Barn- och utbildningsnämnd: subtotal = 7 + 8
                  7 Förskola: part
                  8 Grundskola: part
                  9 Summa nämnder: total = 3 + 6
                """, tables(grid.locate()));
    }

    @Test
    void boldSubtotalsBelowTheirPartsUnderHeadingsWithCodeAndNoteColumnsAndBlankRows() {
        Grid grid = Grid.sheet("Soc").rows(0,
                row("Socialnämnden"),
                row("Driftredovisning, tkr"),
                row("Verksamhet/enhet tkr", "Ansvar", "Not", "Budget ack", "Utfall ack", "Avvikelse"),
                row(),
                row("Individ- och familjeomsorg"),
                row("Barn och unga", 611, 1, -350, -362, -12),
                row("Vuxna", 612, null, -150, -141, 9),
                row("Summa IFO", null, null, -500, -503, -3),
                row(),
                row("Funktionsstöd"),
                row("LSS-boende", 621, 2, -420, -430, -10),
                row("Daglig verksamhet", 622, null, -180, -175, 5),
                row("Summa funktionsstöd", null, null, -600, -605, -5),
                row(),
                row("Totalt", null, null, -1100, -1108, -8),
                row(),
                row(),
                row("Nyckeltal"),
                row("Antal brukare", 120, 124),
                row("Antal årsarbetare", 88, 90)).bold(7, 12, 14);
        // the title is the topmost line above the header; the key figures below, without a header, are no table
        assertEquals("""
                Soc!A3:F15 "Socialnämnden": tkr, belopp, signed
                header: row 3, labels in A
                  B "Ansvar": other
                  C "Not": other
                  D "Budget ack": budget
                  E "Utfall ack": actual
                  F "Avvikelse": deviation
                rows:
                  5 Individ- och familjeomsorg: heading
                  6 Barn och unga: part
                  7 Vuxna: part
                  8 Summa IFO: total = 6 + 7
                  10 Funktionsstöd: heading
                  11 LSS-boende: part
                  12 Daglig verksamhet: part
                  13 Summa funktionsstöd: total = 11 + 12
                  15 Totalt: total = 8 + 13

                unplaced Soc!B19:C20
                """, tables(grid.locate()));
    }

    @Test
    void twoHeaderRowsTheKindAboveThePeriod() {
        Grid grid = Grid.sheet("Uppf").rows(0,
                row("Uppföljning socialnämnden (tkr)"),
                row("Verksamhet", "Budget", "Utfall", "Avvikelse", "Budget", "Prognos"),
                row(null, "jan-apr 2025", "jan-apr 2025", null, 2025, "helår 2025"),
                row("Äldreomsorg", -400, -410, -10, -1200, -1230),
                row("Individ- och familjeomsorg", -300, -290, 10, -900, -880),
                row("Totalt", -700, -700, 0, -2100, -2110));
        assertEquals("""
                Uppf!A2:F6 "Uppföljning socialnämnden (tkr)": tkr, belopp, signed
                header: row 3 under row 2, labels in A
                  B "Budget jan-apr 2025": budget jan-apr 2025
                  C "Utfall jan-apr 2025": actual jan-apr 2025
                  D "Avvikelse": deviation
                  E "Budget 2025": budget helår 2025
                  F "Prognos helår 2025": forecast helår 2025
                rows:
                  4 Äldreomsorg: part
                  5 Individ- och familjeomsorg: part
                  6 Totalt: total = 4 + 5
                """, tables(grid.locate()));
    }

    @Test
    void twoHeaderRowsMergedGroupHeadingsOverThreeColumnsEach() {
        Grid grid = Grid.sheet("Res").rows(0,
                row("Resultat november, tkr"),
                row("Verksamhet", "Intäkter", null, null, "Kostnader", null, null),
                row(null, "Budget", "Utfall", "Avvikelse", "Budget", "Utfall", "Avvikelse"),
                row("Fritid", 200, 210, 10, -900, -950, -50),
                row("Kultur", 100, 90, -10, -500, -480, 20),
                row("Summa", 300, 300, 0, -1400, -1430, -30)).merge(1, 1, 1, 3).merge(1, 4, 1, 6);
        // "november" in the title is the period of the columns that state none
        assertEquals("""
                Res!A2:G6 "Resultat november, tkr": tkr, belopp, signed
                header: row 3 under row 2, labels in A
                  B "Intäkter Budget": budget jan-nov, under "Intäkter"
                  C "Intäkter Utfall": actual jan-nov, under "Intäkter"
                  D "Intäkter Avvikelse": deviation, under "Intäkter"
                  E "Kostnader Budget": budget jan-nov, under "Kostnader"
                  F "Kostnader Utfall": actual jan-nov, under "Kostnader"
                  G "Kostnader Avvikelse": deviation, under "Kostnader"
                rows:
                  4 Fritid: part
                  5 Kultur: part
                  6 Summa: total = 4 + 5
                """, tables(grid.locate()));
    }

    @Test
    void nettokostnadPerNamndInMnkrIsAnAmountsTableOfPositiveCosts() {
        Grid grid = Grid.sheet("Nämnder").rows(0,
                row("Nettokostnad per nämnd, mnkr"),
                row("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Kommunstyrelsen", 120.5, 118.2, 2.3),
                row("Barn- och utbildningsnämnden", 640.0, 655.4, -15.4),
                row("Socialnämnden", 510.3, 512.0, -1.7),
                row("Summa nämnder", 1270.8, 1285.6, -14.8));
        // Avvikelse = Budget − Prognos over positive net costs; "per nämnd" is no unit price
        assertEquals("""
                Nämnder!A2:D6 "Nettokostnad per nämnd, mnkr": mnkr, belopp, positive-costs
                header: row 2, labels in A
                  B "Budget 2025": budget helår 2025
                  C "Prognos 2025": forecast helår 2025
                  D "Avvikelse": deviation
                rows:
                  3 Kommunstyrelsen: part
                  4 Barn- och utbildningsnämnden: part
                  5 Socialnämnden: part
                  6 Summa nämnder: total = 3 + 4 + 5
                """, tables(grid.locate()));
    }

    @Test
    void nettoAboveVaravRowsThatAddUpAsAnAccountingSystemExportsThem() {
        Grid grid = Grid.sheet("Export").rows(0,
                row("Verksamhet", "Budget helår", "Prognos helår", "Budgetavvikelse"),
                row("Netto", 1562700, 1570100, -7400),
                row("- varav kostnader", 1739519, 1750000, -10481),
                row("- varav intäkter", -176819, -179900, 3081));
        // costs positive, revenues negative, Avvikelse = Budget − Prognos; no unit stated anywhere
        assertEquals("""
                Export!A1:D4: okänd, belopp, debit-positive
                header: row 1, labels in A
                  B "Budget helår": budget helår
                  C "Prognos helår": forecast helår
                  D "Budgetavvikelse": deviation
                rows:
                  2 Netto: total = 3 + 4
                  3 - varav kostnader: part of
                  4 - varav intäkter: part of, revenue
                """, tables(grid.locate()));
    }

    @Test
    void aDifferenceRowNettokostnadIsKostnaderLessIntakter() {
        Grid grid = Grid.sheet("Netto").rows(0,
                row("Driftsredovisning"),
                row("Tkr", "Budget", "Utfall", "Avvikelse"),
                row("Kostnader", 5000, 5200, -200),
                row("Intäkter", 1000, 1100, 100),
                row("Nettokostnad", 4000, 4100, -100));
        assertEquals("""
                Netto!A2:D5 "Driftsredovisning": tkr, belopp, positive-costs
                header: row 2, labels in A
                  B "Budget": budget
                  C "Utfall": actual
                  D "Avvikelse": deviation
                rows:
                  3 Kostnader: part
                  4 Intäkter: part, revenue
                  5 Nettokostnad: total = 3 − 4
                """, tables(grid.locate()));
    }

    @Test
    void forecastRoundsNamedByMonthAreRoundsOfTheFullYearNotPeriods() {
        Grid grid = Grid.sheet("Progn").rows(0,
                row("Prognosrapport BUN, tkr"),
                row("Verksamhet", "Budget 2025", "Prognos feb", "Prognos apr", "Avvikelse bu-prognos"),
                row("Förskola", -500, -510, -520, -20),
                row("Grundskola", -800, -790, -805, -5),
                row("Summa", -1300, -1300, -1325, -25));
        assertEquals("""
                Progn!A2:E5 "Prognosrapport BUN, tkr": tkr, belopp, signed
                header: row 2, labels in A
                  B "Budget 2025": budget helår 2025
                  C "Prognos feb": forecast helår (round of feb)
                  D "Prognos apr": forecast helår (round of apr)
                  E "Avvikelse bu-prognos": deviation
                rows:
                  3 Förskola: part
                  4 Grundskola: part
                  5 Summa: total = 3 + 4
                """, tables(grid.locate()));
    }

    @Test
    void aVolumeTableCountingPrognosLessBudget() {
        Grid grid = Grid.sheet("Vol").rows(0,
                row("Volymer, antal dygn"),
                row("Verksamhet", "Budget", "Prognos", "Avvikelse"),
                row("Hem för vård eller boende", 3650, 3900, 250),
                row("Familjehem", 7300, 7100, -200),
                row("Summa", 10950, 11000, 50));
        assertEquals("""
                Vol!A2:D5 "Volymer, antal dygn": dygn, volymer, volume-outcome-minus-budget
                header: row 2, labels in A
                  B "Budget": budget
                  C "Prognos": forecast helår
                  D "Avvikelse": deviation
                rows:
                  3 Hem för vård eller boende: part
                  4 Familjehem: part
                  5 Summa: total = 3 + 4
                """, tables(grid.locate()));
    }

    @Test
    void twoTablesOnASheetThePeriodFromTheTitleAndAYearEndTable() {
        Grid grid = Grid.sheet("KS").rows(0,
                row("Kommunstyrelsen, driftredovisning per oktober 2025, tkr"),
                row("Verksamhet", "Budget ack", "Utfall ack", "Avvikelse"),
                row("Kansli", -600, -580, 20),
                row("Ekonomi", -400, -410, -10),
                row("Summa", -1000, -990, 10),
                row(),
                row("Bokslut 2024, tkr"),
                row("Verksamhet", "Nämndens budget 2024 inkl. budgetjusteringar", "Nettokostnad 2024", "Avvikelse"),
                row("Kansli", -700, -690, 10),
                row("Ekonomi", -500, -520, -20),
                row("Summa", -1200, -1210, -10));
        // "Nettokostnad 2024" is the actual net cost of that year
        assertEquals("""
                KS!A2:D5 "Kommunstyrelsen, driftredovisning per oktober 2025, tkr": tkr, belopp, signed
                header: row 2, labels in A
                  B "Budget ack": budget jan-okt 2025
                  C "Utfall ack": actual jan-okt 2025
                  D "Avvikelse": deviation
                rows:
                  3 Kansli: part
                  4 Ekonomi: part
                  5 Summa: total = 3 + 4

                KS!A8:D11 "Bokslut 2024, tkr": tkr, belopp, signed
                header: row 8, labels in A
                  B "Nämndens budget 2024 inkl. budgetjusteringar": budget helår 2024
                  C "Nettokostnad 2024": actual helår 2024
                  D "Avvikelse": deviation
                rows:
                  9 Kansli: part
                  10 Ekonomi: part
                  11 Summa: total = 9 + 10
                """, tables(grid.locate()));
    }

    @Test
    void aSecondBlockWithoutAHeaderOfItsOwnContinuesTheTable() {
        Grid grid = Grid.sheet("Drift").rows(0,
                row("Driftredovisning (tkr)"),
                row("Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Äldreomsorg", -6000, -6200, -200),
                row("Hemtjänst", -2000, -1950, 50),
                row(),
                row("Individ- och familjeomsorg", -3000, -2950, 50),
                row("Försörjningsstöd", -1000, -1100, -100),
                row(),
                row("Totalt", -12000, -12200, -200));
        assertEquals("""
                Drift!A2:D9 "Driftredovisning (tkr)": tkr, belopp, signed
                header: row 2, labels in A
                  B "Budget 2025": budget helår 2025
                  C "Prognos 2025": forecast helår 2025
                  D "Avvikelse": deviation
                rows:
                  3 Äldreomsorg: part
                  4 Hemtjänst: part
                  6 Individ- och familjeomsorg: part
                  7 Försörjningsstöd: part
                  9 Totalt: total = 3 + 4 + 6 + 7
                """, tables(grid.locate()));
    }

    @Test
    void aPriceTableKostnadPerDygnHasNoTotal() {
        Grid grid = Grid.sheet("Pris").rows(0,
                row("Kostnad per dygn, kr"),
                row("Insatstyp", "Budget 2025", "Utfall jan-aug 2025", "Prognos 2025"),
                row("Hem för vård eller boende", 3500, 3650, 3600),
                row("Familjehem", 900, 880, 890));
        assertEquals("""
                Pris!A2:D4 "Kostnad per dygn, kr": kr per dygn, à-priser, volume-budget-minus-outcome
                header: row 2, labels in A
                  B "Budget 2025": budget helår 2025
                  C "Utfall jan-aug 2025": actual jan-aug 2025
                  D "Prognos 2025": forecast helår 2025
                rows:
                  3 Hem för vård eller boende: part
                  4 Familjehem: part
                """, tables(grid.locate()));
    }

    @Test
    void anActionPlanWithItsSumOfMeasures() {
        Grid grid = Grid.sheet("Åtgärder").rows(0,
                row("Åtgärdsplan"),
                row("Beskrivning av åtgärd", "Förväntad effekt av åtgärd innevarande år (tkr)", "Realiserad effekt av åtgärd (tkr)"),
                row("Färre externa placeringar", 1500, 600),
                row("Vakanser hålls öppna", 800, 800),
                row("Summa av effektiviseringar", 2300, 1400));
        assertEquals("""
                Åtgärder!A2:C5 "Åtgärdsplan": tkr, belopp, signed
                header: row 2, labels in A
                  B "Förväntad effekt av åtgärd innevarande år (tkr)": expected effect
                  C "Realiserad effekt av åtgärd (tkr)": realised effect
                rows:
                  3 Färre externa placeringar: part
                  4 Vakanser hålls öppna: part
                  5 Summa av effektiviseringar: total = 3 + 4
                """, tables(grid.locate()));
    }
}
