package se.rapportkoll.fill;

import org.junit.jupiter.api.Test;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.model.Fill;
import se.rapportkoll.testing.Grid;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.SheetBuilder.row;

/** A column of dates under a header that reads as an amount ("Bokfört"): its empty Summa is no sum to fill. */
class DateColumnTest {

    @Test
    void anEmptyTotalOfDatesIsNotFilledButTheAmountsAre() {
        SheetGrid plain = Grid.sheet("Drift").rows(0,
                row("Driftredovisning jan-aug 2025, tkr"),
                row("Verksamhet", "Budget jan-aug", "Utfall jan-aug", "Bokfört"),
                row("Förskola", 410, 395, 45898),
                row("Grundskola", 820, 861, 45899),
                row("Summa", 1230, null, null)).grid();
        // the booking days as a file states them: numbers in a date format
        SheetGrid dated = plain.with(List.of(plain.get(2, 3).withDate(LocalDate.of(2025, 8, 29)),
                plain.get(3, 3).withDate(LocalDate.of(2025, 8, 30))));
        LocatedWorkbook located = new TableLocator().locate(List.of(dated));
        List<Fill> fills = FillPlanner.plan(located);
        assertEquals(List.of("C5 SUM(C3:C4)"), fills.stream().map(f -> f.address() + " " + f.formula()).toList());
        // the same sheet without the date format: the figures are amounts, and their Summa is filled
        assertEquals(List.of("C5 SUM(C3:C4)", "D5 SUM(D3:D4)"), FillPlanner.plan(new TableLocator().locate(List.of(plain)))
                .stream().map(f -> f.address() + " " + f.formula()).toList());
    }
}
