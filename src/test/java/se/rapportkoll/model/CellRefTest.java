package se.rapportkoll.model;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CellRef reads and writes A1 addresses as POI's CellReference does, which it replaces in the middle of the tool. */
class CellRefTest {

    @Test
    void writesAndReadsEveryColumnAndRowLikePoi() {
        int[] cols = {0, 1, 25, 26, 27, 51, 52, 701, 702, 703, 16383};
        int[] rows = {0, 6, 99, 1048575};
        for (int col : cols) {
            for (int row : rows) {
                String poi = new CellReference(row, col).formatAsString();
                CellRef ref = new CellRef(row, col);
                assertEquals(poi, ref.a1());
                assertEquals(ref, CellRef.parse(poi));
                assertEquals(new CellReference(poi).getCol(), CellRef.parse(poi).col());
                assertEquals(new CellReference(poi).getRow(), CellRef.parse(poi).row());
            }
        }
    }

    @Test
    void readsAbsoluteAndSheetQualifiedAddresses() {
        assertEquals(new CellRef(null, 6, 1), CellRef.parse("$B$7"));
        assertEquals(new CellRef("Blad1", 6, 1), CellRef.parse("Blad1!B7"));
        assertEquals(new CellRef("Driftredovisning per nämnd", 9, 27), CellRef.parse("'Driftredovisning per nämnd'!$AB$10"));
        assertEquals(new CellRef("Tom's", 0, 0), CellRef.parse("'Tom''s'!A1"));
        assertNull(CellRef.parse("c3").sheet());
        assertEquals(2, CellRef.parse("c3").col());
    }

    @Test
    void refusesWhatIsNoCell() {
        assertThrows(IllegalArgumentException.class, () -> CellRef.parse("B"));
        assertThrows(IllegalArgumentException.class, () -> CellRef.parse("7"));
        assertThrows(IllegalArgumentException.class, () -> CellRef.parse("B7:C9"));
        assertThrows(IllegalArgumentException.class, () -> new CellRef(-1, 0));
    }
}
