package se.rapportkoll.locate;

import se.rapportkoll.model.CellRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells an A1 formula refers to, read from its text: enough to tell whether it can depend on
 * a filled cell without evaluating it. Anything this cannot follow for certain (a defined name,
 * INDIRECT or OFFSET, a table or external reference, a 3D range) gives no answer, and the
 * formula is then evaluated like before.
 */
public record FormulaReferences(List<Area> areas) {

    /** A rectangle of cells on a named sheet (the formula's own where it names none); 0-based, inclusive. */
    public record Area(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {

        public boolean contains(String sheetName, int row, int col) {
            return sheet.equalsIgnoreCase(sheetName) && row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
        }
    }

    private static final int MAX_ROW = 1_048_575;
    private static final int MAX_COL = 16_383;
    private static final String SHEET = "(?:'((?:[^']|'')+)'|([\\p{L}_][\\p{L}\\p{N}_.]*))!";
    private static final String COL = "\\$?([A-Za-z]{1,3})";
    private static final String ROW = "\\$?(\\d{1,7})";
    /** A cell, a range of cells, whole columns or whole rows, with an optional sheet; never a function's name. */
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\p{N}_.$'!])(?:" + SHEET + ")?(?:"
            + COL + ROW + "(?::" + COL + ROW + ")?"
            + "|" + COL + ":" + COL
            + "|" + ROW + ":" + ROW
            + ")(?![\\p{L}\\p{N}_(!])");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"]|\"\")*\"");
    private static final Pattern FUNCTION = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_.]*\\s*\\(");
    private static final Pattern LOGICAL = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_.])(TRUE|FALSE|SANT|FALSKT)(?![\\p{L}\\p{N}_.(])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}_])\\d+(?:\\.\\d*)?(?:[Ee][+-]?\\d+)?");
    private static final Pattern LEFT_OVER_NAME = Pattern.compile("[\\p{L}_\\[\\]#]");
    private static final Pattern UNFOLLOWABLE = Pattern.compile("(?i)(?<![\\p{L}\\p{N}_.])(INDIRECT|OFFSET|INDIREKT|FÖRSKJUTNING)\\s*\\(");

    /** The areas of a formula (without "="), or empty when it may refer to cells this cannot see. */
    public static Optional<FormulaReferences> of(String formula, String ownSheet) {
        String text = STRING_LITERAL.matcher(formula).replaceAll("0");
        if (UNFOLLOWABLE.matcher(text).find() || text.contains("[")) {
            return Optional.empty();
        }
        List<Area> areas = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (m.find()) {
            String sheet = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2) != null ? m.group(2) : ownSheet;
            areas.add(area(m, sheet));
            m.appendReplacement(rest, " ");
        }
        m.appendTail(rest);
        String left = NUMBER.matcher(LOGICAL.matcher(FUNCTION.matcher(rest).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        if (LEFT_OVER_NAME.matcher(left).find() || left.contains("!") || left.contains(":")) {
            return Optional.empty(); // a defined name, a 3D range or something else not followed here
        }
        return Optional.of(new FormulaReferences(List.copyOf(areas)));
    }

    private static Area area(Matcher m, String sheet) {
        if (m.group(3) != null) {
            int c1 = column(m.group(3));
            int r1 = Integer.parseInt(m.group(4)) - 1;
            int c2 = m.group(5) != null ? column(m.group(5)) : c1;
            int r2 = m.group(6) != null ? Integer.parseInt(m.group(6)) - 1 : r1;
            return new Area(sheet, Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
        }
        if (m.group(7) != null) {
            int c1 = column(m.group(7));
            int c2 = column(m.group(8));
            return new Area(sheet, 0, Math.min(c1, c2), MAX_ROW, Math.max(c1, c2));
        }
        int r1 = Integer.parseInt(m.group(9)) - 1;
        int r2 = Integer.parseInt(m.group(10)) - 1;
        return new Area(sheet, Math.min(r1, r2), 0, Math.max(r1, r2), MAX_COL);
    }

    private static int column(String letters) {
        return CellRef.column(letters);
    }

    /** Whether one of the areas holds the cell. */
    public boolean refersTo(String sheet, int row, int col) {
        for (Area a : areas) {
            if (a.contains(sheet, row, col)) {
                return true;
            }
        }
        return false;
    }
}
