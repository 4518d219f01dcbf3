package se.rapportkoll.locate;

/**
 * Amounts follow {@code Avvikelse = Utfall − Budget}; volumes and prices drive cost, so for them
 * fewer days or a lower price is favourable: {@code Avvikelse = Budget − Utfall}.
 */
public enum TableKind {
    AMOUNTS("belopp"), VOLUMES("volymer"), PRICES("à-priser");

    private final String label;

    TableKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** +1 when the deviation is outcome minus budget, −1 when budget minus outcome. */
    public int deviationSign() {
        return this == AMOUNTS ? 1 : -1;
    }
}
