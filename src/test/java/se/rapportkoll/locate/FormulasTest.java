package se.rapportkoll.locate;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormulasTest {

    private static int[] cell(int row, int col) {
        return new int[] {row, col};
    }

    @Test
    void aRunAlongARowIsOneRange() {
        // N5..U5: the eight months of a monthly line, as the forecast sheet sums them
        List<int[]> months = List.of(cell(4, 13), cell(4, 14), cell(4, 15), cell(4, 16), cell(4, 17), cell(4, 18),
                cell(4, 19), cell(4, 20));
        assertEquals("SUM('Månad KS'!N5:U5)", Formulas.sum("Månad KS", months));
    }

    @Test
    void aRunDownAColumnIsOneRange() {
        assertEquals("SUM(B3:B5)", Formulas.sum(null, List.of(cell(2, 1), cell(3, 1), cell(4, 1))));
    }

    @Test
    void gapsSplitTheRunsAndSingleCellsStayReferences() {
        // units at rows 5-7 and 10, then a lone cell: what a hierarchy total over subtotals looks like
        assertEquals("SUM(B5:B7,B10,D2)",
                Formulas.sum(null, List.of(cell(4, 1), cell(5, 1), cell(6, 1), cell(9, 1), cell(1, 3))));
        assertEquals("SUM('Drift'!C4)", Formulas.sum("Drift", List.of(cell(3, 2))));
    }

    @Test
    void cellsInAnotherOrderThanTheSheetsStayAList() {
        // months laid out right to left: a range would read the same cells, but the list keeps the
        // order the tool found, as written before
        assertEquals("SUM(D1,C1,B1)", Formulas.sum(null, List.of(cell(0, 3), cell(0, 2), cell(0, 1))));
        // a diagonal is no run
        assertEquals("SUM(A1,B2)", Formulas.sum(null, List.of(cell(0, 0), cell(1, 1))));
    }

    @Test
    void aSheetNameWithAQuoteIsEscapedInEveryPart() {
        assertEquals("SUM('Kim''s'!A1:A2,'Kim''s'!C1)",
                Formulas.sum("Kim's", List.of(cell(0, 0), cell(1, 0), cell(0, 2))));
    }
}
