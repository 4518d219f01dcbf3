package se.rapportkoll.analyse.forecast;

import se.rapportkoll.model.SourceCell;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workbook's own action plan (åtgärdsplan): the tables with an expected-effect column, located
 * and validated like any other table, read into measures by their own names. A measure's cells are
 * kept so that the sheets refer to them with live formulas.
 */
public final class ActionPlan {

    /**
     * One measure: its row label, the cells of its cost of implementation, expected effect and
     * effect realised so far (null where the table has no such column or the cell is empty), and
     * the year its effect comes where the table says (null otherwise).
     */
    public record Measure(String name, String table, SourceCell cost, SourceCell expected, SourceCell realised,
                          Integer effectYear) {

        public double costValue() {
            return value(cost);
        }

        public double expectedValue() {
            return value(expected);
        }

        public double realisedValue() {
            return value(realised);
        }

        /** What is still to come of the expected effect: expected − realised. */
        public double unrealised() {
            return expectedValue() - realisedValue();
        }

        /** Whether the effect belongs to {@code year}: no year stated, or that year. */
        public boolean forYear(Integer year) {
            return effectYear == null || year == null || effectYear.equals(year);
        }

        private static double value(SourceCell v) {
            return v == null || v.value() == null ? 0 : v.value();
        }
    }

    private ActionPlan() {
    }

    /**
     * The measures of every action-plan table, in table order. Where a table has an effect or a cost
     * column per year ("Beräknad effekt 2025", "Effekt 2026"), the column of {@code year} is used,
     * else one without a year, else the first. A row counts as a measure when it is an ordinary row
     * with a name and an expected effect; the plan's template rows ("1.", "2.") left empty do not.
     */
    public static List<Measure> measures(LocatedWorkbook located, Integer year) {
        List<Measure> out = new ArrayList<>();
        for (Table t : located.tables()) {
            Optional<Column> expected = column(t, ColumnKind.EXPECTED_EFFECT, year);
            if (expected.isEmpty()) {
                continue;
            }
            Optional<Column> cost = column(t, ColumnKind.MEASURE_COST, year);
            Optional<Column> realised = column(t, ColumnKind.REALISED_EFFECT, year);
            Optional<Column> effectYear = t.columns().stream().filter(c -> c.kind() == ColumnKind.EFFECT_YEAR).findFirst();
            for (TableRow r : t.rows()) {
                SourceCell e = cell(t, r, expected.get());
                if (r.kind() != RowKind.PART || r.label() == null || r.label().isBlank() || e == null) {
                    continue;
                }
                Integer y = effectYear.map(c -> cell(t, r, c)).filter(v -> v != null && isYear(v.value()))
                        .map(v -> (int) Math.round(v.value())).orElse(null);
                out.add(new Measure(r.label().strip(), t.displayName(), cost.map(c -> cell(t, r, c)).orElse(null), e,
                        realised.map(c -> cell(t, r, c)).orElse(null), y));
            }
        }
        return List.copyOf(out);
    }

    private static boolean isYear(double v) {
        return v == Math.rint(v) && v >= 1900 && v <= 2200;
    }

    private static Optional<Column> column(Table t, ColumnKind kind, Integer year) {
        List<Column> of = t.columns().stream().filter(c -> c.kind() == kind).toList();
        return of.stream().filter(c -> year != null && year.equals(c.period().year())).findFirst()
                .or(() -> of.stream().filter(c -> c.period().year() == null).findFirst())
                .or(() -> of.stream().findFirst());
    }

    private static SourceCell cell(Table t, TableRow r, Column c) {
        CellData d = r.cell(t.position(c));
        // a number typed as text is the validator's finding; a formula could not add it up
        return d.type() == CellData.Type.NUMBER ? new SourceCell(t.sheetName(), r.row(), c.index(), d.number()) : null;
    }
}
