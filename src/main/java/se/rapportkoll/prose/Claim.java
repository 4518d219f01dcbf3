package se.rapportkoll.prose;

import se.rapportkoll.analyse.volumeprice.Scope;

/**
 * An amount the report's text states about a deviation: the sentence, the amount in tkr (positive)
 * and the step it is written to (100 for "1 200 tkr", 1 for "1 234 tkr", 100 for "1,2 mnkr"), its
 * direction (favourable, unfavourable, or null when the words give none), what it is about, and
 * whether it is the period's or the full year's (null when the text does not say).
 */
public record Claim(String quote, String written, double amountTkr, double stepTkr, Direction direction,
                    Subject subject, Scope scope) {

    public enum Direction { FAVOURABLE, UNFAVOURABLE, IMPROVED, WORSENED }

    /** What a claim is about: the committee, revenues, costs, a row named by its label, or nothing the text names. */
    public record Subject(Kind kind, String label) {
        public enum Kind { COMMITTEE, REVENUE, COST, ROW, NONE }

        static final Subject NONE = new Subject(Kind.NONE, null);

        public boolean explicit() {
            return kind != Kind.NONE;
        }
    }

    /** The claimed deviation, signed as the figures are (positive = favourable); unsigned when there is no direction. */
    public double signedTkr() {
        return direction == Direction.UNFAVOURABLE || direction == Direction.WORSENED ? -amountTkr : amountTkr;
    }

    public boolean isChange() {
        return direction == Direction.IMPROVED || direction == Direction.WORSENED;
    }
}
