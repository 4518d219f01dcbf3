package se.rapportkoll.analyse.volumeprice;

import java.util.List;

/**
 * How much of a budget row's deviation (Placeringskostnader, say) the care types explain, and
 * what remains. The row's deviation is {@code favourableSign · (outcome − budget)} in tkr, so that
 * positive is favourable as in the analysis whatever the budget table's convention (−1 where
 * costs are positive numbers). {@code unitToTkr}
 * converts the row's unit (1 for tkr, 1000 for mnkr). {@code careTypes} are the care types that
 * explain it (all of the section's when {@code allCareTypes}).
 */
public record Reconciliation(Scope scope, String label, String sheet, int row, int budgetCol, int outcomeCol,
                             double unitToTkr, double deviationTkr, List<String> careTypes, boolean allCareTypes,
                             double explainedTkr, int favourableSign) {

    public double remainingTkr() {
        return deviationTkr - explainedTkr;
    }
}
