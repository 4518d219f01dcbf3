package se.rapportkoll.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A deviation column and the two columns it is computed from. The expected deviation is
 * {@code sign · (outcome − budget)}, with the sign of the table's kind (see {@link TableKind}).
 * In a table without a budget column, the deviation of a year's outcome from what was forecast
 * ("Bokslut | Delårsrapport jan-aug | Avvikelse") has the forecast in the budget's place.
 * {@code budgetMonths} is 12, or for a deviation of a part of the year counted against the
 * periodised full-year budget ("Budget 2025 | Utfall jan-aug | Avvikelse" with Avvikelse =
 * Budget · 8/12 − Utfall) the months of the budget it takes.
 */
public record DeviationLink(Column deviation, Column budget, Column outcome, int budgetMonths) {

    public DeviationLink(Column deviation, Column budget, Column outcome) {
        this(deviation, budget, outcome, 12);
    }

    /** Whether the budget is periodised: a share of the full year's budget, months / 12. */
    public boolean periodised() {
        return budgetMonths != 12;
    }

    /** Pairs every deviation column of the table with its budget and outcome columns, where they can be found. */
    public static List<DeviationLink> of(Table table) {
        List<DeviationLink> links = new ArrayList<>();
        for (Column d : table.columns()) {
            if (d.kind() == ColumnKind.DEVIATION) {
                link(table, d).ifPresent(links::add);
            }
        }
        return List.copyOf(links);
    }

    /** Deviation columns no pair was found for. */
    public static List<Column> unpaired(Table table) {
        List<Column> linked = of(table).stream().map(DeviationLink::deviation).toList();
        return table.columns().stream().filter(c -> c.kind() == ColumnKind.DEVIATION && !linked.contains(c)).toList();
    }

    private static Optional<DeviationLink> link(Table table, Column d) {
        List<Column> budgets = table.columns().stream().filter(c -> c.kind() == ColumnKind.BUDGET).toList();
        if (budgets.isEmpty()) {
            List<Column> current = table.columns().stream().filter(c -> !c.priorYear()).toList();
            Optional<Column> outcome = nearest(d, current, c -> c.kind() == ColumnKind.OUTCOME || c.kind() == ColumnKind.ACTUAL);
            Optional<Column> forecast = nearest(d, current, c -> c.kind() == ColumnKind.FORECAST);
            return outcome.flatMap(o -> forecast.map(f -> new DeviationLink(d, f, o)));
        }
        Set<ColumnKind> named = d.header().operands();
        List<Column> outcomes = table.columns().stream()
                .filter(c -> c.kind().isOutcomeLike() && !c.priorYear())
                .filter(c -> named.stream().noneMatch(ColumnKind::isOutcomeLike) || named.contains(c.kind()))
                .toList();
        Period p = d.period();
        Optional<Column> outcome;
        if (p.isPartOfYear()) {
            // the same months, else any part of the same year (a header period may itself be wrong)
            outcome = nearest(d, outcomes, c -> c.period().sameMonths(p) && sameYear(c.period(), p))
                    .or(() -> nearest(d, outcomes, c -> c.period().isPartOfYear() && sameYear(c.period(), p)));
        } else if (p.fullYear() || named.contains(ColumnKind.FORECAST)) {
            outcome = nearest(d, outcomes, c -> c.kind() != ColumnKind.ACTUAL || c.period().fullYear());
        } else {
            outcome = nearest(d, outcomes, c -> true);
        }
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        Column o = outcome.get();
        Predicate<Column> sameScope = o.period().isPartOfYear()
                ? c -> c.period().sameMonths(o.period()) && sameYear(c.period(), o.period())
                : c -> !c.period().isPartOfYear() && sameYear(c.period(), o.period());
        Optional<Column> budget = nearest(d, budgets, sameScope);
        if (budget.isEmpty()) {
            budget = nearest(d, budgets, c -> sameYear(c.period(), o.period()));
        }
        return budget.map(b -> periodisedIfTheRowsSaySo(table, new DeviationLink(d, b, o)));
    }

    /**
     * A part of the year's outcome paired with a full-year budget (no budget for the same months):
     * counted against budget · months / 12 where more of the rows agree so, at least two; else as it is.
     */
    private static DeviationLink periodisedIfTheRowsSaySo(Table table, DeviationLink plain) {
        Period o = plain.outcome().period();
        Period b = plain.budget().period();
        if (!o.isPartOfYear() || !o.hasMonths() || o.fromMonth() != 1 || b.isPartOfYear()) {
            return plain;
        }
        DeviationLink periodised = new DeviationLink(plain.deviation(), plain.budget(), plain.outcome(), o.toMonth());
        int agreeing = periodised.agreeingRows(table);
        return agreeing >= 2 && agreeing > plain.agreeingRows(table) ? periodised : plain;
    }

    /** The rows whose stated deviation agrees with the link either way round (no sign convention assumed). */
    private int agreeingRows(Table table) {
        int n = 0;
        for (TableRow row : table.rows()) {
            if (check(table, row, 1).agrees() || check(table, row, -1).agrees()) {
                n++;
            }
        }
        return n;
    }

    /**
     * The deviation as a formula over the row's cells (A1 without "$", sheet-qualified when
     * {@code sheet} is given): {@code outcome − budget} for sign +1, {@code budget − outcome} for −1,
     * the budget times months/12 where it is periodised.
     */
    public String formula(String sheet, int row, int sign) {
        String o = Formulas.ref(sheet, row, outcome.index());
        String b = Formulas.ref(sheet, row, budget.index()) + (periodised() ? "*" + budgetMonths + "/12" : "");
        return sign > 0 ? o + "-" + b : b + "-" + o;
    }

    /** How much a change of the operand column's figure moves the deviation: ±1, the budget's share where periodised. */
    public double weight(Column operand, int sign) {
        return operand.equals(outcome) ? sign : -sign * budgetMonths / 12.0;
    }

    /** The deviation {@link #formula} gives for these values. */
    public double expected(double outcomeValue, double budgetValue, int sign) {
        return sign * (outcomeValue - budgetValue * budgetMonths / 12.0);
    }

    private static boolean sameYear(Period a, Period b) {
        return a.year() == null || b.year() == null || a.year().equals(b.year());
    }

    /** The matching column nearest to the left of the deviation, else the nearest to its right. */
    private static Optional<Column> nearest(Column d, List<Column> candidates, Predicate<Column> filter) {
        Optional<Column> left = candidates.stream().filter(filter).filter(c -> c.index() < d.index())
                .max(Comparator.comparingInt(Column::index));
        if (left.isPresent()) {
            return left;
        }
        return candidates.stream().filter(filter).filter(c -> c.index() > d.index())
                .min(Comparator.comparingInt(Column::index));
    }

    /**
     * +1 when the column counts its deviations as the table's convention does, −1 when most of its
     * rows count them the other way (a convention difference, not an error per row), or when its
     * header says so ("överskott (-) underskott (+)").
     */
    public int observedFlip(Table table) {
        if (statesNegativeFavourable()) {
            return -1;
        }
        int direct = 0;
        int opposite = 0;
        for (TableRow row : table.rows()) {
            int sign = table.convention().statedSign(table.isRevenue(row));
            SumCheck d = check(table, row, sign);
            SumCheck o = check(table, row, -sign);
            if (d.comparable()) {
                if (d.agrees() && !o.agrees()) {
                    direct++;
                } else if (o.agrees() && !d.agrees()) {
                    opposite++;
                }
            }
        }
        return opposite >= 2 && opposite > direct ? -1 : 1;
    }

    /** Whether the header itself states that a negative deviation is the favourable one. */
    public boolean statesNegativeFavourable() {
        return Vocabulary.standard().mentions("deviation.negativeFavourable", Vocabulary.normalise(deviation.headerText()));
    }

    /** The sign of the column's deviation for a row: Avvikelse = sign · (outcome − budget). */
    public int sign(Table table, TableRow row, int flip) {
        return flip * table.convention().statedSign(table.isRevenue(row));
    }

    /** The column's sign on the table's cost rows (the only kind of row in a volume or price table). */
    public int observedSign(Table table) {
        return observedFlip(table) * table.convention().statedSign(false);
    }

    /**
     * The stated deviation of a row against {@code sign · (outcome − budget)} (the budget periodised
     * where it is; the stated figure is then a rounding of a share, and its rounding is tolerated too).
     */
    public SumCheck check(Table table, TableRow row, int sign) {
        CellData stated = row.cell(table.position(deviation));
        SumCheck check = SumCheck.weighted(List.of(row.cell(table.position(outcome)), row.cell(table.position(budget))),
                List.of(weight(outcome, sign), weight(budget, sign)), stated);
        return periodised() && stated.isNumeric() ? check.withStatedRounding() : check;
    }
}
