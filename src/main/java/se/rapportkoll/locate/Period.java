package se.rapportkoll.locate;

/**
 * The time a column covers: a year and a month range (1..12), or a full year.
 * {@code fromMonth == 0} means no months were stated. A forecast names its round by number
 * ("Prognos 4": {@code forecastRound}) or by the month it was made in ("Prognos apr": {@code roundMonth}).
 */
public record Period(Integer year, int fromMonth, int toMonth, boolean fullYear, Integer forecastRound, Integer roundMonth) {

    public static final Period NONE = new Period(null, 0, 0, false, null, null);

    /** Orders a table's forecast rounds, latest highest; null when the header names no round. */
    public Integer roundOrder() {
        return forecastRound != null ? forecastRound : roundMonth;
    }

    public boolean hasMonths() {
        return fromMonth > 0;
    }

    /** Months stated and ending before December: a part of the year. */
    public boolean isPartOfYear() {
        return hasMonths() && !fullYear && !(fromMonth == 1 && toMonth == 12);
    }

    public boolean sameMonths(Period other) {
        return fromMonth == other.fromMonth && toMonth == other.toMonth;
    }

    /** Swedish short form, e.g. "jan-aug 2025", "helår 2025", "2025". */
    public String display() {
        StringBuilder sb = new StringBuilder();
        if (hasMonths() && !(fromMonth == 1 && toMonth == 12 && fullYear)) {
            sb.append(MonthNames.SHORT[fromMonth]);
            if (toMonth != fromMonth) {
                sb.append('-').append(MonthNames.SHORT[toMonth]);
            }
        } else if (fullYear) {
            sb.append("helår");
        }
        if (year != null) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(year);
        }
        if (forecastRound != null) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append("prognos ").append(forecastRound);
        }
        return sb.toString();
    }

    /** The month's Swedish abbreviation as the tool writes it everywhere ("jan", "mar", "jun"), 1 = January. */
    public static String shortMonth(int month) {
        return MonthNames.SHORT[month];
    }

    static final class MonthNames {
        static final String[] SHORT = {"", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};

        private MonthNames() {
        }
    }
}
