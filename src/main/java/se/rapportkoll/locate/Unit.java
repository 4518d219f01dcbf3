package se.rapportkoll.locate;

/** The unit a table's figures are in. */
public enum Unit {
    TKR("tkr"), MNKR("mnkr"), MDKR("mdkr"), KR("kr"), KR_PER_DAY("kr per dygn"), DAYS("dygn"), UNKNOWN("okänd");

    private final String label;

    Unit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** How many tkr one figure in this unit is (1 for units that are not amounts). */
    public double tkr() {
        return switch (this) {
            case MNKR -> 1_000;
            case MDKR -> 1_000_000;
            case KR -> 0.001;
            default -> 1;
        };
    }

    public TableKind tableKind() {
        return switch (this) {
            case KR_PER_DAY -> TableKind.PRICES;
            case DAYS -> TableKind.VOLUMES;
            default -> TableKind.AMOUNTS;
        };
    }
}
