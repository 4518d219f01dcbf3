package se.rapportkoll.locate;

import java.util.List;

/**
 * A sum of rounded figures against a stated figure. Published figures are rounded, so the sum
 * may miss by up to half a rounding step per summed part without anything being wrong.
 */
public record SumCheck(double sum, int parts, double tolerance, CellData stated, List<CellData> errors) {

    private static final double EPSILON = 1e-7;

    public SumCheck(double sum, int parts, double tolerance, CellData stated) {
        this(sum, parts, tolerance, stated, List.of());
    }

    /** Adds up the numeric cells, each with its sign (+1 or -1). */
    public static SumCheck of(List<CellData> cells, List<Integer> signs, CellData stated) {
        return weighted(cells, signs.stream().map(Integer::doubleValue).toList(), stated);
    }

    /** Adds up the numeric cells, each times its weight (a sign, or a share such as 8/12 of a year's budget). */
    public static SumCheck weighted(List<CellData> cells, List<Double> weights, CellData stated) {
        SumCheck check = new SumCheck(0, 0, 0, stated);
        for (int i = 0; i < cells.size(); i++) {
            check = check.plus(cells.get(i), weights.get(i));
        }
        return check;
    }

    /** The same check with one more cell added with its sign; a cell without a number adds nothing. */
    public SumCheck plus(CellData cell, int sign) {
        return plus(cell, (double) sign);
    }

    /** The same check with one more cell added times its weight; its rounding counts as much as it weighs. */
    public SumCheck plus(CellData cell, double weight) {
        if (cell.type() == CellData.Type.ERROR) {
            List<CellData> more = new java.util.ArrayList<>(errors);
            more.add(cell);
            return new SumCheck(sum, parts, tolerance, stated, List.copyOf(more));
        }
        if (!cell.isNumeric()) {
            return this;
        }
        return new SumCheck(sum + weight * cell.number(), parts + 1, tolerance + 0.5 * cell.roundingStep() * Math.abs(weight),
                stated, errors);
    }

    public static SumCheck total(List<CellData> cells, CellData stated) {
        return of(cells, cells.stream().map(c -> 1).toList(), stated);
    }

    /** The same check where the stated figure is itself a rounded total of other figures (two tables' totals). */
    public SumCheck withStatedRounding() {
        return new SumCheck(sum, parts, tolerance + 0.5 * stated.roundingStep(), stated, errors);
    }

    /** Nothing to compare when a figure is missing, or when a part or the stated figure is an error value (never 0). */
    public boolean comparable() {
        return parts > 0 && stated.isNumeric() && errors.isEmpty();
    }

    /** The error values the check would be made over, the stated figure's included: it is not made. */
    public List<CellData> errorCells() {
        if (stated.type() != CellData.Type.ERROR) {
            return errors;
        }
        List<CellData> all = new java.util.ArrayList<>(errors);
        all.add(stated);
        return List.copyOf(all);
    }

    public boolean agrees() {
        return comparable() && agrees(sum, tolerance, stated.number());
    }

    /** Whether a comparable sum with the given tolerance agrees with the stated figure. */
    static boolean agrees(double sum, double tolerance, double stated) {
        return Math.abs(sum - stated) <= tolerance + EPSILON * Math.max(1, Math.abs(sum));
    }

    public double difference() {
        return stated.number() - sum;
    }
}
