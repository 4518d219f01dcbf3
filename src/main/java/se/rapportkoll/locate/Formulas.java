package se.rapportkoll.locate;

import org.apache.poi.ss.util.CellReference;

import java.util.List;
import java.util.stream.Collectors;

/** Builds the formula texts the tool writes (without "="), local to a sheet or sheet-qualified. */
public final class Formulas {

    private Formulas() {
    }

    public static String quoteSheet(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }

    /** "B5", or "'Sheet'!B5" when a sheet is given. */
    public static String ref(String sheet, int row, int col) {
        String a1 = new CellReference(row, col).formatAsString();
        return sheet == null ? a1 : quoteSheet(sheet) + "!" + a1;
    }

    /** SUM over cells: a range when they are one contiguous column run, else a list. */
    public static String sum(String sheet, List<int[]> cells) {
        boolean contiguous = cells.size() > 1;
        for (int i = 1; i < cells.size() && contiguous; i++) {
            contiguous = cells.get(i)[1] == cells.get(0)[1] && cells.get(i)[0] == cells.get(i - 1)[0] + 1;
        }
        if (contiguous) {
            int[] first = cells.get(0);
            int[] last = cells.get(cells.size() - 1);
            String range = new CellReference(first[0], first[1]).formatAsString() + ":"
                    + new CellReference(last[0], last[1]).formatAsString();
            return "SUM(" + (sheet == null ? range : quoteSheet(sheet) + "!" + range) + ")";
        }
        return "SUM(" + cells.stream().map(c -> ref(sheet, c[0], c[1])).collect(Collectors.joining(",")) + ")";
    }

    /** "minuend-subtrahend" as cell references. */
    public static String difference(String sheet, int row, int minuendCol, int subtrahendCol) {
        return ref(sheet, row, minuendCol) + "-" + ref(sheet, row, subtrahendCol);
    }
}
