package se.rapportkoll.locate;

import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Numbers typed as text, the way exported reports hold them: "1 234" with normal, non-breaking
 * or thin spaces, "−1 234" with a real minus sign, "12,5", "8,6 %", "(1 234)".
 */
public final class NumberText {

    private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private NumberText() {
    }

    /** No number written as text is longer; a longer text is not looked through (a cell can hold 32 767 characters). */
    private static final int MAX_LENGTH = 64;

    public static OptionalDouble parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return OptionalDouble.empty();
        }
        String s = text.strip()
                .replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
                .replace('\u2212', '-').replace('\u2013', '-');
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1);
        }
        boolean negativeInParens = s.length() > 2 && s.startsWith("(") && s.endsWith(")");
        if (negativeInParens) {
            s = "-" + s.substring(1, s.length() - 1);
        }
        s = s.replace(',', '.');
        if (!PLAIN.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double value = Double.parseDouble(s);
        return OptionalDouble.of(percent ? value / 100.0 : value);
    }

    /** A dash standing for zero or nothing, as in "-" cells of published tables. */
    public static boolean isDash(String text) {
        String s = text == null ? "" : text.strip();
        return s.equals("-") || s.equals("\u2013") || s.equals("\u2212") || s.equals("\u2014");
    }
}
