package se.rapportkoll.model;

/**
 * A rectangle of cells on one sheet, zero-based and inclusive: a table's extent, a merged region,
 * a block of figures. The project's own, like {@link CellRef}.
 */
public record CellRange(int firstRow, int firstCol, int lastRow, int lastCol) {

    /** {@code A3:H7}; a single cell is just {@code A3}, as Excel writes it. */
    public String a1() {
        String first = CellRef.column(firstCol) + (firstRow + 1);
        if (firstRow == lastRow && firstCol == lastCol) {
            return first;
        }
        return first + ":" + CellRef.column(lastCol) + (lastRow + 1);
    }
}
