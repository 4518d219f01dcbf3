package se.rapportkoll.model;

/**
 * A live formula to write into an empty derived cell of the user's table, with the value it
 * evaluates to (cached so that viewers that do not recalculate show it), and the cell whose
 * style it takes.
 */
public record Fill(String sheet, int row, int col, String formula, double value, Kind kind, String rowLabel,
                   int styleRow, int styleCol) {

    public enum Kind { DEVIATION, TOTAL }

    public String address() {
        return new CellRef(sheet, row, col).a1();
    }
}
