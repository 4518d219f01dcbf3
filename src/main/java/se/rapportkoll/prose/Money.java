package se.rapportkoll.prose;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the reports state an amount: tkr rounded to hundreds, mnkr with one decimal, as a positive
 * figure (the direction is said in words) with the language's digit grouping. The same rule in
 * Java (for the cached values) and as a formula (for the sheet); the formula builds the digits by
 * integer arithmetic instead of TEXT, whose format codes Excel reads in the user's locale.
 */
public enum Money {
    TKR(-2, "tkr", "kSEK"), MNKR(1, "mnkr", "MSEK");

    /** The decimals ROUND keeps: -2 is hundreds. */
    private final int decimals;
    private final String swedish;
    private final String english;

    Money(int decimals, String swedish, String english) {
        this.decimals = decimals;
        this.swedish = swedish;
        this.english = english;
    }

    public String unit(boolean english) {
        return english ? this.english : swedish;
    }

    /** ROUND(x, decimals) as Excel computes it: half away from zero on the shortest decimal form. */
    public double round(double x) {
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    public String roundFormula(String x) {
        return "ROUND(" + x + "," + decimals + ")";
    }

    /** The rounded figure as the text writes it, without its sign: "10 000 tkr", "3,4 mnkr". */
    public String text(double rounded, boolean english) {
        String group = english ? "," : "\u00a0";
        double a = Math.abs(rounded);
        String digits;
        if (this == TKR) {
            digits = grouped((long) Math.rint(a), group);
        } else {
            long tenths = Math.round(a * 10);
            digits = grouped(tenths / 10, group) + (english ? "." : ",") + (tenths % 10);
        }
        return digits + "\u00a0" + unit(english);
    }

    /** The same as a formula over the cell holding the rounded figure. */
    public String textFormula(String roundedCell, boolean english) {
        String group = english ? "," : "\u00a0";
        String a = "ABS(" + roundedCell + ")";
        String digits;
        if (this == TKR) {
            digits = groupedFormula(a, group);
        } else {
            String tenths = "ROUND(" + a + "*10,0)";
            digits = groupedFormula("INT(" + tenths + "/10)", group) + "&\"" + (english ? "." : ",") + "\"&MOD(" + tenths + ",10)";
        }
        return digits + "&\"\u00a0" + unit(english) + "\"";
    }

    static String grouped(long n, String group) {
        String s = Long.toString(n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append(group);
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    /** Digits in groups of three for a whole number below 10^9; "&" turns a whole number into its digits in every locale. */
    private static String groupedFormula(String n, String group) {
        String g = "&\"" + group + "\"&";
        String millions = "INT(" + n + "/1000000)" + g + "RIGHT(\"00\"&INT(MOD(" + n + ",1000000)/1000),3)" + g
                + "RIGHT(\"00\"&MOD(" + n + ",1000),3)";
        String thousands = "INT(" + n + "/1000)" + g + "RIGHT(\"00\"&MOD(" + n + ",1000),3)";
        return "IF(" + n + ">=1000000," + millions + ",IF(" + n + ">=1000," + thousands + "," + n + "&\"\"))";
    }
}
