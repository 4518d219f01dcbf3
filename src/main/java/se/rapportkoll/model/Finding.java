package se.rapportkoll.model;

/**
 * One thing the validator found. {@code cell} is an A1 address in {@code sheet} (null for the
 * workbook as a whole). {@code message} says what is wrong and what to do, in a sentence or two;
 * {@code detail} (null when there is nothing more) the figures, the cells involved and the
 * reasoning. {@code expectedFormula}, when present, recomputes the expected value from the user's
 * cells (sheet-qualified, without "="), so the findings sheet can show it live.
 */
public record Finding(Severity severity, String rule, String sheet, String cell, String message, String detail,
                      Double expected, Double actual, String expectedFormula) {

    public Finding {
        if (severity == null || rule == null || message == null) {
            throw new IllegalArgumentException("severity, rule and message are required");
        }
    }

    /** The same finding with one more sentence of detail (a consequence found later). */
    public Finding withDetail(String more) {
        return new Finding(severity, rule, sheet, cell, message, detail == null ? more : detail + " " + more,
                expected, actual, expectedFormula);
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
