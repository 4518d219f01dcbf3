package se.rapportkoll.locate;

import java.util.Collections;
import java.util.List;

/**
 * A total row and the rows it covers (sheet row indexes, 0-based), each with the sign it is taken
 * with: +1 for a sum, −1 for the revenue row of a difference row (Nettokostnad = Kostnader − Intäkter).
 */
public record TotalGroup(int totalRow, List<Integer> partRows, List<Integer> signs) {

    /** A plain sum of its parts. */
    public TotalGroup(int totalRow, List<Integer> partRows) {
        this(totalRow, partRows, Collections.nCopies(partRows.size(), 1));
    }

    /**
     * The sign the part at {@code index} is taken with in a column. A difference row's deviation is
     * the sum of its parts' deviations: a revenue row's deviation already counts the other way.
     */
    public int sign(int index, ColumnKind column) {
        return column == ColumnKind.DEVIATION ? 1 : signs.get(index);
    }

    /** Whether some part is subtracted: a difference row, not a sum. */
    public boolean isDifference() {
        return signs.contains(-1);
    }
}
