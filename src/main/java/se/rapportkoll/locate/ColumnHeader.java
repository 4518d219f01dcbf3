package se.rapportkoll.locate;

import java.util.Set;

/**
 * A header cell understood: the column's kind, its period, and for a deviation the kinds it
 * names as operands ("Avvikelse Budget-Prognos" names BUDGET and FORECAST).
 */
public record ColumnHeader(String text, ColumnKind kind, Period period, Set<ColumnKind> operands, boolean priorYear) {

    public boolean recognised() {
        return kind != ColumnKind.OTHER && kind != ColumnKind.LABEL;
    }
}
