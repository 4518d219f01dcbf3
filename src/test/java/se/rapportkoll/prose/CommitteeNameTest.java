package se.rapportkoll.prose;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The committee a draft names comes whole from the title above the table, in its definite form. */
class CommitteeNameTest {

    @Test
    void coordinatedNamesKeepTheirFirstPart() {
        assertEquals("Kultur- och fritidsnämnden", WorkbookFigures.committeeIn("Budgetuppföljning Kultur- och fritidsnämnden per oktober 2025"));
        assertEquals("Barn- och utbildningsnämnden", WorkbookFigures.committeeIn("Prognosrapport Barn- och utbildningsnämnd"));
        assertEquals("Bygg-, miljö- och hälsoskyddsnämnden", WorkbookFigures.committeeIn("Bygg-, miljö- och hälsoskyddsnämnden, tkr"));
    }

    @Test
    void indefiniteFormsBecomeDefinite() {
        assertEquals("Socialnämnden", WorkbookFigures.committeeIn("Ansvar: 5 - Socialnämnd"));
        assertEquals("Kommunstyrelsen", WorkbookFigures.committeeIn("Driftredovisning kommunstyrelse 2025"));
    }

    @Test
    void noCommitteeWithoutAName() {
        assertNull(WorkbookFigures.committeeIn("Nämnd och förvaltning"));
        assertNull(WorkbookFigures.committeeIn("Nettokostnad per nämnd, mnkr"));
        assertNull(WorkbookFigures.committeeIn("Summa nämnder"));
    }
}
