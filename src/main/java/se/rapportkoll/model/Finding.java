package se.rapportkoll.model;

/**
 * One thing the validator found. {@code cell} is an A1 address in {@code sheet} (null for the
 * workbook as a whole). {@code expectedFormula}, when present, recomputes the expected value
 * from the user's cells (sheet-qualified, without "="), so the findings sheet can show it live.
 */
public record Finding(Severity severity, String rule, String sheet, String cell, String message,
                      Double expected, Double actual, String expectedFormula) {

    public Finding {
        if (severity == null || rule == null || message == null) {
            throw new IllegalArgumentException("severity, rule and message are required");
        }
    }

    /** Position of the cell for sorting: row then column; workbook-wide findings first. */
    public long cellOrder() {
        if (cell == null) {
            return -1;
        }
        CellRef ref = CellRef.parse(cell);
        return ((long) ref.row() << 16) + ref.col();
    }
}
