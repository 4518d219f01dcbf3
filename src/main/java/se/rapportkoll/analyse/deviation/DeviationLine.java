package se.rapportkoll.analyse.deviation;

import se.rapportkoll.model.SourceCell;

import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Unit;

/**
 * One row of a budget table as the deviation sheet shows it: the cells it refers to for the
 * period (budget, actual) and the full year (budget, forecast). A missing pair is null.
 * {@code favourableSign} is +1 when more outcome than budget is favourable for the row under its
 * table's convention (signed amounts, a revenue row), −1 when it is not (positive costs): the
 * deviations are {@code favourableSign · (outcome − budget)}, so positive is always favourable.
 */
public record DeviationLine(String table, String label, RowKind kind, Unit unit,
                            SourceCell periodBudget, SourceCell periodActual,
                            SourceCell yearBudget, SourceCell forecast, int favourableSign) {

    public Double periodDeviation() {
        return difference(periodActual, periodBudget);
    }

    public Double yearDeviation() {
        return difference(forecast, yearBudget);
    }

    /** Deviation as a share of the absolute budget, as the reports compute budget adherence; null for budget 0. */
    public static Double percent(Double deviation, SourceCell budget) {
        if (deviation == null || budget == null || budget.value() == null || budget.value() == 0) {
            return null;
        }
        return deviation / Math.abs(budget.value());
    }

    /** The deviation that orders the sheet, in tkr: full year where there is a forecast, else the period. */
    public double sortKeyTkr() {
        Double d = yearDeviation() != null ? yearDeviation() : periodDeviation();
        return d == null ? 0 : d * unit.tkr();
    }

    private Double difference(SourceCell outcome, SourceCell budget) {
        if (outcome == null || budget == null) {
            return null;
        }
        return favourableSign * (value(outcome) - value(budget));
    }

    private static double value(SourceCell v) {
        return v.value() == null ? 0 : v.value();
    }
}
