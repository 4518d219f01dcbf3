package se.rapportkoll.analyse.deviation;

import org.junit.jupiter.api.Test;
import se.rapportkoll.testing.Grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.Describe.deviations;
import static se.rapportkoll.testing.SheetBuilder.row;

/**
 * The deviation lines of {@code Avvikelser} on grids built in code, without POI: which budget and
 * outcome cells each line compares, and its deviation with favourable positive under the table's
 * sign convention, each table as its hierarchy: the parts of a total largest unfavourable first, the
 * total where it stands to them in the workbook, a "varav" row after its owner. Layouts from
 * {@code ../shared/layouts.md}.
 */
class DescribedDeviationsTest {

    private static String analysed(Grid grid) {
        return deviations(DeviationAnalysis.lines(grid.locate()));
    }

    @Test
    void aSignedTableGivesThePeriodAndTheYearAndARevenueRowCountsTheSameWay() {
        Grid grid = Grid.sheet("Drift").rows(0,
                row("Driftredovisning socialnämnden, tkr"),
                row("Verksamhet", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Intäkter", 800, 860, 60, 1200, 1290, 90),
                row("Äldreomsorg", -4000, -4150, -150, -6000, -6200, -200),
                row("Individ- och familjeomsorg", -2000, -1950, 50, -3000, -2950, 50),
                row("Summa", -5200, -5240, -40, -7800, -7860, -60));
        assertEquals("""
                Driftredovisning socialnämnden, tkr | Äldreomsorg (part, tkr): period B4 -4000 / C4 -4150 = -150; year E4 -6000 / F4 -6200 = -200
                Driftredovisning socialnämnden, tkr | Individ- och familjeomsorg (part, tkr): period B5 -2000 / C5 -1950 = +50; year E5 -3000 / F5 -2950 = +50
                Driftredovisning socialnämnden, tkr | Intäkter (part, tkr): period B3 800 / C3 860 = +60; year E3 1200 / F3 1290 = +90
                Driftredovisning socialnämnden, tkr | Summa (total, tkr): period B6 -5200 / C6 -5240 = -40; year E6 -7800 / F6 -7860 = -60
                """, analysed(grid));
    }

    @Test
    void positiveNetCostsInMnkrAreFavourableWhenTheForecastIsBelowBudget() {
        Grid grid = Grid.sheet("Nämnder").rows(0,
                row("Nettokostnad per nämnd, mnkr"),
                row("Nämnd", "Budget 2025", "Prognos 2025", "Avvikelse"),
                row("Kommunstyrelsen", 120.5, 118.2, 2.3),
                row("Barn- och utbildningsnämnden", 640.0, 655.4, -15.4),
                row("Socialnämnden", 510.3, 512.0, -1.7),
                row("Summa nämnder", 1270.8, 1285.6, -14.8));
        assertEquals("""
                Nettokostnad per nämnd, mnkr | Barn- och utbildningsnämnden (part, mnkr): year B4 640 / C4 655.4 = -15.4
                Nettokostnad per nämnd, mnkr | Socialnämnden (part, mnkr): year B5 510.3 / C5 512 = -1.7
                Nettokostnad per nämnd, mnkr | Kommunstyrelsen (part, mnkr): year B3 120.5 / C3 118.2 = +2.3
                Nettokostnad per nämnd, mnkr | Summa nämnder (total, mnkr): year B6 1270.8 / C6 1285.6 = -14.8
                """, analysed(grid));
    }

    @Test
    void inAPositiveCostTableMoreRevenueIsFavourable() {
        Grid grid = Grid.sheet("Netto").rows(0,
                row("Driftsredovisning"),
                row("Tkr", "Budget", "Utfall", "Avvikelse"),
                row("Kostnader", 5000, 5200, -200),
                row("Intäkter", 1000, 1100, 100),
                row("Nettokostnad", 4000, 4100, -100));
        assertEquals("""
                Driftsredovisning | Kostnader (part, tkr): period B3 5000 / C3 5200 = -200
                Driftsredovisning | Intäkter (part, tkr): period B4 1000 / C4 1100 = +100
                Driftsredovisning | Nettokostnad (total, tkr): period B5 4000 / C5 4100 = -100
                """, analysed(grid));
    }

    @Test
    void debitPositiveRevenuesAreNegativeAndMoreOfThemIsFavourable() {
        Grid grid = Grid.sheet("Export").rows(0,
                row("Verksamhet", "Budget helår", "Prognos helår", "Budgetavvikelse"),
                row("Netto", 1562700, 1570100, -7400),
                row("- varav kostnader", 1739519, 1750000, -10481),
                row("- varav intäkter", -176819, -179900, 3081));
        assertEquals("""
                Export!A1:D4 | Netto (total, okänd): year B2 1562700 / C2 1570100 = -7400
                Export!A1:D4 | - varav kostnader (part of, okänd): year B3 1739519 / C3 1750000 = -10481
                Export!A1:D4 | - varav intäkter (part of, okänd): year B4 -176819 / C4 -179900 = +3081
                """, analysed(grid));
    }

    @Test
    void theLatestForecastRoundIsTheOneCompared() {
        Grid grid = Grid.sheet("Progn").rows(0,
                row("Prognosrapport BUN, tkr"),
                row("Verksamhet", "Budget 2025", "Prognos feb", "Prognos apr", "Avvikelse bu-prognos"),
                row("Förskola", -500, -510, -520, -20),
                row("Grundskola", -800, -790, -805, -5),
                row("Summa", -1300, -1300, -1325, -25));
        assertEquals("""
                Prognosrapport BUN, tkr | Förskola (part, tkr): year B3 -500 / D3 -520 = -20
                Prognosrapport BUN, tkr | Grundskola (part, tkr): year B4 -800 / D4 -805 = -5
                Prognosrapport BUN, tkr | Summa (total, tkr): year B5 -1300 / D5 -1325 = -25
                """, analysed(grid));
    }

    @Test
    void underGroupHeadingsEachGroupIsALineOfItsOwn() {
        Grid grid = Grid.sheet("Res").rows(0,
                row("Resultat november, tkr"),
                row("Verksamhet", "Intäkter", null, null, "Kostnader", null, null),
                row(null, "Budget", "Utfall", "Avvikelse", "Budget", "Utfall", "Avvikelse"),
                row("Fritid", 200, 210, 10, -900, -950, -50),
                row("Kultur", 100, 90, -10, -500, -480, 20),
                row("Summa", 300, 300, 0, -1400, -1430, -30)).merge(1, 1, 1, 3).merge(1, 4, 1, 6);
        assertEquals("""
                Resultat november, tkr | Kultur – Intäkter (part, tkr): period B5 100 / C5 90 = -10
                Resultat november, tkr | Fritid – Intäkter (part, tkr): period B4 200 / C4 210 = +10
                Resultat november, tkr | Summa – Intäkter (total, tkr): period B6 300 / C6 300 = 0
                Resultat november, tkr | Fritid – Kostnader (part, tkr): period E4 -900 / F4 -950 = -50
                Resultat november, tkr | Kultur – Kostnader (part, tkr): period E5 -500 / F5 -480 = +20
                Resultat november, tkr | Summa – Kostnader (total, tkr): period E6 -1400 / F6 -1430 = -30
                """, analysed(grid));
    }
}
