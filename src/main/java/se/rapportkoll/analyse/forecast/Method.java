package se.rapportkoll.analyse.forecast;

/** The forecasting methods, with the ids the JSON report uses. */
public enum Method {
    RUN_RATE("runRate"),
    SEASONAL("seasonal"),
    TREND("trend"),
    ETS("ets"),
    BUDGET_REMAINDER("budgetRemainder");

    private final String id;

    Method(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
