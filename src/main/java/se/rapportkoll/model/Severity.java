package se.rapportkoll.model;

/** How bad a finding is; the order is the order findings are listed in. */
public enum Severity {
    ERROR("error", "fel", "error"),
    WARNING("warning", "varning", "warning"),
    INFO("info", "info", "info");

    private final String json;
    private final String swedish;
    private final String english;

    Severity(String json, String swedish, String english) {
        this.json = json;
        this.swedish = swedish;
        this.english = english;
    }

    /** The stable name used in the JSON report. */
    public String json() {
        return json;
    }

    public String label(boolean english) {
        return english ? this.english : swedish;
    }
}
