package se.rapportkoll.locate;

/** What a table column holds, recognised from its header. */
public enum ColumnKind {
    LABEL, BUDGET, ACTUAL, FORECAST, DEVIATION, OUTCOME, PLAN, CHANGE, PERCENT,
    /** An action plan's measures: the expected effect, the effect realised so far, the cost of implementation. */
    EXPECTED_EFFECT, REALISED_EFFECT, MEASURE_COST,
    /** The year a measure takes effect: a year number, not an amount. */
    EFFECT_YEAR,
    OTHER;

    /** Columns that hold amounts or quantities that add up down a table. */
    public boolean isSummable() {
        return this != LABEL && this != PERCENT && this != EFFECT_YEAR && this != OTHER;
    }

    /** A column of an action plan's table. */
    public boolean isActionPlan() {
        return this == EXPECTED_EFFECT || this == REALISED_EFFECT || this == MEASURE_COST || this == EFFECT_YEAR;
    }

    /** An outcome-like column a deviation compares with budget. */
    public boolean isOutcomeLike() {
        return this == ACTUAL || this == FORECAST || this == OUTCOME;
    }
}
