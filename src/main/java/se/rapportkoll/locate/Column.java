package se.rapportkoll.locate;

/** A column of a located table: where it is, what its header says, what it holds. */
public record Column(int index, ColumnHeader header, ColumnKind kind, boolean priorYear, int headerRow) {

    public Period period() {
        return header.period();
    }

    public String headerText() {
        return header.text();
    }
}
