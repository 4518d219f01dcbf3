package se.rapportkoll.locate;

import se.rapportkoll.model.CellRef;

import java.util.ArrayList;
import java.util.List;

/** Builds the formula texts the tool writes (without "="), local to a sheet or sheet-qualified. */
public final class Formulas {

    private Formulas() {
    }

    public static String quoteSheet(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** "B5", or "'Sheet'!B5" when a sheet is given. */
    public static String ref(String sheet, int row, int col) {
        String a1 = new CellRef(row, col).a1();
        return sheet == null ? a1 : quoteSheet(sheet) + "!" + a1;
    }

    /**
     * SUM over cells, each run of neighbours (down a column or along a row, in the order given) as a
     * range: SUM('Månad KS'!N5:U5) rather than eight references, which is what a controller would
     * write, and shorter to parse, save and recalculate. A single cell stays a reference.
     */
    public static String sum(String sheet, List<int[]> cells) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < cells.size()) {
            int end = start;
            int[] first = cells.get(start);
            if (start + 1 < cells.size()) {
                int dRow = cells.get(start + 1)[0] - first[0];
                int dCol = cells.get(start + 1)[1] - first[1];
                if (dRow + dCol == 1 && dRow * dCol == 0 && dRow >= 0 && dCol >= 0) {
                    while (end + 1 < cells.size() && cells.get(end + 1)[0] == cells.get(end)[0] + dRow
                            && cells.get(end + 1)[1] == cells.get(end)[1] + dCol) {
                        end++;
                    }
                }
            }
            parts.add(end == start ? ref(sheet, first[0], first[1]) : range(sheet, first, cells.get(end)));
            start = end + 1;
        }
        return "SUM(" + String.join(",", parts) + ")";
    }

    /** The parts with their signs: SUM(...) when all are added, else "B8-B4": the added terms, then the subtracted. */
    public static String signedSum(String sheet, List<int[]> cells, List<Integer> signs) {
        if (!signs.contains(-1)) {
            return sum(sheet, cells);
        }
        StringBuilder sb = new StringBuilder();
        for (int sign : new int[] {1, -1}) {
            for (int i = 0; i < cells.size(); i++) {
                if (signs.get(i) == sign) {
                    if (sign < 0 || sb.length() > 0) {
                        sb.append(sign < 0 ? "-" : "+");
                    }
                    sb.append(ref(sheet, cells.get(i)[0], cells.get(i)[1]));
                }
            }
        }
        return sb.toString();
    }

    private static String range(String sheet, int[] first, int[] last) {
        String range = new CellRef(first[0], first[1]).a1() + ":" + new CellRef(last[0], last[1]).a1();
        return sheet == null ? range : quoteSheet(sheet) + "!" + range;
    }
}
