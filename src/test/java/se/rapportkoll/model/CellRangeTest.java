package se.rapportkoll.model;

import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CellRange writes ranges as POI's CellRangeAddress does, which it replaces in the middle of the tool. */
class CellRangeTest {

    @Test
    void writesRangesAndSingleCellsLikePoi() {
        int[][] ranges = {{2, 0, 6, 7}, {0, 0, 0, 0}, {4, 3, 4, 3}, {0, 25, 1048575, 26}, {9, 1, 9, 16383}, {5, 702, 12, 703}};
        for (int[] r : ranges) {
            assertEquals(new CellRangeAddress(r[0], r[2], r[1], r[3]).formatAsString(),
                    new CellRange(r[0], r[1], r[2], r[3]).a1());
        }
        assertEquals("A3:H7", new CellRange(2, 0, 6, 7).a1());
        assertEquals("D5", new CellRange(4, 3, 4, 3).a1());
    }
}
