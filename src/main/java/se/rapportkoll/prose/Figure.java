package se.rapportkoll.prose;

import se.rapportkoll.model.SourceCell;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.Unit;
import se.rapportkoll.analyse.volumeprice.Scope;

/**
 * A deviation the report's text states: a row of a budget table for the period or the full year,
 * computed from its budget and outcome cells as the deviation sheet does: {@code favourableSign}
 * is the row's under its table's convention (−1 for positive costs), so positive is favourable.
 * {@code shown} is the table's own deviation cell for the same scope, where it has one: the cell a
 * reader of the table sees. {@code live} is false when a formula cannot refer to the cells (a
 * number stored as text, which Excel does not subtract): the formula then states the values.
 */
public record Figure(String label, SourceCell labelCell, Scope scope, Unit unit, SourceCell budget, SourceCell outcome,
                     SourceCell shown, int favourableSign, boolean live) {

    /** In the table's unit; positive = favourable. */
    public double value() {
        return favourableSign * (value(outcome) - value(budget));
    }

    /** The table's own deviation cell's value in tkr, where it agrees with the computed one up to rounding; else the computed one. */
    public double shownTkr() {
        if (shown != null && shown.value() != null && Math.abs(shown.value() - value()) <= 1) {
            return shown.value() * toTkr(unit);
        }
        return tkr();
    }

    /** In tkr. */
    public double tkr() {
        return value() * toTkr(unit);
    }

    /** The value as a formula over the user's cells, in the unit the text states it in (see {@link #money}). */
    public String formula() {
        String b = live ? ref(budget) : literal(budget);
        String o = live ? ref(outcome) : literal(outcome);
        String f = favourableSign < 0 ? b + "-" + o : o + "-" + b;
        return unit == Unit.KR ? "(" + f + ")/1000" : unit == Unit.MDKR ? "(" + f + ")*1000" : f;
    }

    /** The value in the unit the text states it in. */
    public double textValue() {
        return unit == Unit.KR ? value() / 1000 : unit == Unit.MDKR ? value() * 1000 : value();
    }

    /** Tables in mnkr (or mdkr) are written about in mnkr, all others in tkr. */
    public Money money() {
        return unit == Unit.MNKR || unit == Unit.MDKR ? Money.MNKR : Money.TKR;
    }

    /** The cell a finding about this figure points to: the table's deviation cell, else the outcome. */
    public SourceCell cell() {
        return shown != null ? shown : outcome;
    }

    public static double toTkr(Unit unit) {
        return unit.tkr();
    }

    static String ref(SourceCell c) {
        return Formulas.ref(c.sheet(), c.row(), c.col());
    }

    private static String literal(SourceCell c) {
        double v = value(c);
        String s = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        return v < 0 ? "(" + s + ")" : s;
    }

    private static double value(SourceCell c) {
        return c == null || c.value() == null ? 0 : c.value();
    }
}
