package se.rapportkoll.analyse.volumeprice;

/** Actual vs periodised budget for the months elapsed, or forecast vs budget for the full year. */
public enum Scope {
    PERIOD("period"), FULL_YEAR("fullYear");

    private final String json;

    Scope(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
