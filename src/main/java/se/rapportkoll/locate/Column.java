package se.rapportkoll.locate;

/**
 * A column of a located table: where it is, what its header says, what it holds, and the group
 * heading above it ("Intäkter" over Budget | Utfall | Avvikelse), null when there is none.
 */
public record Column(int index, ColumnHeader header, ColumnKind kind, boolean priorYear, int headerRow, String group) {

    public Period period() {
        return header.period();
    }

    public String headerText() {
        return header.text();
    }
}
