package se.rapportkoll.locate;

/** What a table row is in the table's hierarchy. */
public enum RowKind {
    /** An ordinary line: a unit, a care type, Intäkter. */
    PART,
    /** A total named as one: Summa, Totalt, Netto. */
    TOTAL,
    /** A row that is the sum of the rows above it without saying so (Socialkontor). */
    SUBTOTAL,
    /** "Varav ...": a part of the row above, never added to a total. */
    PART_OF,
    /** A group heading repeating its only child's numbers; counted once, through the child. */
    GROUP_HEADING,
    /** A label without numbers. */
    HEADING,
    /** "Förändring i tkr/%": derived from other columns, not a part of a total. */
    CHANGE;

    public boolean isTotal() {
        return this == TOTAL || this == SUBTOTAL;
    }
}
