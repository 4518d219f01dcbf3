package se.rapportkoll.locate;

/** The unit a table's figures are in. */
public enum Unit {
    TKR("tkr"), MNKR("mnkr"), KR("kr"), KR_PER_DAY("kr per dygn"), DAYS("dygn"), UNKNOWN("okänd");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public TableKind tableKind() {
        return switch (this) {
            case KR_PER_DAY -> TableKind.PRICES;
            case DAYS -> TableKind.VOLUMES;
            default -> TableKind.AMOUNTS;
        };
    }
}
