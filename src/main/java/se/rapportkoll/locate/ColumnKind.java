package se.rapportkoll.locate;

/** What a table column holds, recognised from its header. */
public enum ColumnKind {
    LABEL, BUDGET, ACTUAL, FORECAST, DEVIATION, OUTCOME, PLAN, CHANGE, PERCENT, OTHER;

    /** Columns that hold amounts or quantities that add up down a table. */
    public boolean isSummable() {
        return this != LABEL && this != PERCENT && this != OTHER;
    }

    /** An outcome-like column a deviation compares with budget. */
    public boolean isOutcomeLike() {
        return this == ACTUAL || this == FORECAST || this == OUTCOME;
    }
}
