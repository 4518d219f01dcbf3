package se.rapportkoll.testing;

import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.TotalGroup;
import se.rapportkoll.model.CellRef;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the locator understood of a table, as readable text to compare with an expected string:
 * where the table is, its title, unit, kind and sign convention, the header rows, every column
 * with its kind and period, and every row with its kind and, for a total, the rows it adds up.
 * Rows are numbered as Excel shows them (from 1), columns by their letters. The same for the
 * deviation lines of the analysis: which cells each compares and the deviation, favourable positive.
 */
public final class Describe {

    private Describe() {
    }

    /** Every table of the workbook, then the blocks of figures no table covers. */
    public static String tables(LocatedWorkbook located) {
        List<String> parts = new ArrayList<>();
        located.tables().forEach(t -> parts.add(table(t)));
        located.unplaced().forEach(b -> parts.add("unplaced " + b.sheetName() + "!" + b.range() + "\n"));
        return String.join("\n", parts);
    }

    public static String table(Table t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.sheetName()).append('!').append(t.range());
        if (t.title() != null) {
            sb.append(" \"").append(t.title()).append('"');
        }
        sb.append(": ").append(t.unit().label()).append(", ").append(t.kind().label())
                .append(", ").append(t.convention().id()).append('\n');
        sb.append("header: row ").append(t.headerRow() + 1);
        if (t.headerTopRow() != t.headerRow()) {
            sb.append(" under row ").append(t.headerTopRow() + 1);
        }
        sb.append(", labels in ").append(CellRef.column(t.labelColumn())).append('\n');
        for (Column c : t.columns()) {
            sb.append("  ").append(CellRef.column(c.index())).append(" \"").append(c.headerText()).append("\": ")
                    .append(c.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            String period = c.period().display();
            if (!period.isEmpty()) {
                sb.append(' ').append(period);
            }
            if (c.period().roundMonth() != null) {
                sb.append(" (round of ").append(se.rapportkoll.locate.Period.shortMonth(c.period().roundMonth())).append(')');
            }
            if (c.priorYear()) {
                sb.append(", prior year");
            }
            if (c.group() != null) {
                sb.append(", under \"").append(c.group()).append('"');
            }
            sb.append('\n');
        }
        sb.append("rows:\n");
        for (TableRow r : t.rows()) {
            sb.append("  ").append(r.row() + 1).append(' ').append(r.label().isEmpty() ? "(no label)" : r.label())
                    .append(": ").append(r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            if (t.isRevenue(r)) {
                sb.append(", revenue");
            }
            Optional<TotalGroup> total = t.totalAt(r.row());
            total.ifPresent(g -> sb.append(" = ").append(sum(g)));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "4 + 5", or "4 − 6" where a part is subtracted (a difference row). */
    private static String sum(TotalGroup g) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < g.partRows().size(); i++) {
            if (i > 0) {
                sb.append(g.signs().get(i) < 0 ? " − " : " + ");
            } else if (g.signs().get(i) < 0) {
                sb.append("−");
            }
            sb.append(g.partRows().get(i) + 1);
        }
        return sb.toString();
    }

    /**
     * One line per deviation line, in the analysis' order (largest unfavourable first):
     * "Socialnämnden (part, mnkr): period B5 -200 / C5 -213 = -13; year D5 -300 / E5 -310 = -10",
     * budget before outcome, the deviation signed so that positive is favourable.
     */
    public static String deviations(List<DeviationLine> lines) {
        StringBuilder sb = new StringBuilder();
        for (DeviationLine l : lines) {
            sb.append(l.table()).append(" | ").append(l.label()).append(" (")
                    .append(l.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(", ").append(l.unit().label()).append("):");
            if (l.periodBudget() != null) {
                sb.append(" period ").append(pair(l.periodBudget(), l.periodActual(), l.periodDeviation()));
            }
            if (l.yearBudget() != null) {
                sb.append(l.periodBudget() != null ? ";" : "").append(" year ").append(pair(l.yearBudget(), l.forecast(), l.yearDeviation()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String pair(SourceCell budget, SourceCell outcome, Double deviation) {
        return cell(budget) + " / " + cell(outcome) + " = " + (deviation > 0 ? "+" : "") + number(deviation);
    }

    private static String cell(SourceCell v) {
        return new CellRef(v.row(), v.col()).a1() + " " + (v.value() == null ? "empty" : number(v.value()));
    }

    private static String number(double d) {
        return BigDecimal.valueOf(Math.rint(d * 1e6) / 1e6).stripTrailingZeros().toPlainString();
    }
}
