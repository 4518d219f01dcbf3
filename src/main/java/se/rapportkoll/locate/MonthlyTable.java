package se.rapportkoll.locate;

import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TotalGroup;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * A table of monthly figures: one line per row (Intäkter, Kostnader, a unit, ...), one column per
 * month. Rows and columns are 0-based; {@code columns} maps a month to the column holding it.
 * {@code located} is the same table as the locator reads any table (row kinds, totals), so that its
 * totals are checked and paired with the report's totals.
 */
public record MonthlyTable(String sheetName, String title, int headerRow, int labelColumn,
                           Map<YearMonth, Integer> columns, List<Line> lines, Table located) {

    /** The total a line is, with the rows it covers, or empty for a part. */
    public java.util.Optional<TotalGroup> totalOf(Line line) {
        return located.totalAt(line.row());
    }

    /** One row: its label and the numbers of the months it has (blank months are absent). */
    public record Line(String label, int row, Map<YearMonth, Double> values) {

        public OptionalDouble value(YearMonth month) {
            Double v = values.get(month);
            return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
        }

        /** Months 1..upTo of a year, or null when one of them is missing. */
        public double[] months(int year, int upTo) {
            return MonthlyTable.months(values, year, upTo);
        }
    }

    /** Months 1..upTo of a year from monthly values, or null when one of them is missing. */
    public static double[] months(Map<YearMonth, Double> values, int year, int upTo) {
        double[] out = new double[upTo];
        for (int m = 1; m <= upTo; m++) {
            Double v = values.get(YearMonth.of(year, m));
            if (v == null) {
                return null;
            }
            out[m - 1] = v;
        }
        return out;
    }

    public int firstRow() {
        return headerRow;
    }

    public int lastRow() {
        return lines.isEmpty() ? headerRow : lines.get(lines.size() - 1).row();
    }

    /** The latest month for which any line has a figure. */
    public YearMonth latestMonth() {
        YearMonth latest = null;
        for (Line line : lines) {
            for (YearMonth m : line.values().keySet()) {
                if (latest == null || m.isAfter(latest)) {
                    latest = m;
                }
            }
        }
        return latest;
    }

    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        columns.keySet().stream().map(YearMonth::getYear).distinct().sorted().forEach(years::add);
        return years;
    }

    public String displayName() {
        return title != null && !title.isBlank() ? title : sheetName;
    }
}
