package se.rapportkoll.locate;

import java.util.List;

/** A total row and the rows it covers (sheet row indexes, 0-based). */
public record TotalGroup(int totalRow, List<Integer> partRows) {
}
