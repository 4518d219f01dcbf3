package se.rapportkoll.model;

/**
 * A cell of a sheet: zero-based row and column, as POI counts them, and its A1 text. {@code sheet}
 * is null where the sheet goes without saying. The project's own, so that the middle of the tool
 * names cells without the file format's library.
 */
public record CellRef(String sheet, int row, int col) {

    public CellRef {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("row and column start at 0: " + row + ", " + col);
        }
    }

    public CellRef(int row, int col) {
        this(null, row, col);
    }

    /** Reads {@code B7}, {@code $B$7}, {@code Blad1!B7} or {@code 'Blad 1'!$B$7}. */
    public static CellRef parse(String text) {
        String sheet = null;
        String cell = text;
        int bang = text.lastIndexOf('!');
        if (bang >= 0) {
            sheet = unquote(text.substring(0, bang));
            cell = text.substring(bang + 1);
        }
        int i = 0;
        int n = cell.length();
        if (i < n && cell.charAt(i) == '$') {
            i++;
        }
        int lettersStart = i;
        while (i < n && Character.isLetter(cell.charAt(i))) {
            i++;
        }
        String letters = cell.substring(lettersStart, i);
        if (i < n && cell.charAt(i) == '$') {
            i++;
        }
        String digits = cell.substring(i);
        if (letters.isEmpty() || digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a cell address: " + text);
        }
        return new CellRef(sheet, Integer.parseInt(digits) - 1, column(letters));
    }

    /** The address without the sheet: {@code B7}. */
    public String a1() {
        return column(col) + (row + 1);
    }

    /** Column letters for a zero-based column: 0 is A, 26 is AA. */
    public static String column(int col) {
        StringBuilder letters = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            letters.append((char) ('A' + (c - 1) % 26));
        }
        return letters.reverse().toString();
    }

    /** The zero-based column of letters such as {@code AA} (case ignored). */
    public static int column(String letters) {
        int col = 0;
        for (int i = 0; i < letters.length(); i++) {
            char c = Character.toUpperCase(letters.charAt(i));
            if (c < 'A' || c > 'Z') {
                throw new IllegalArgumentException("not column letters: " + letters);
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }

    private static String unquote(String sheet) {
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            return sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        return sheet;
    }
}
