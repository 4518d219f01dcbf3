package se.rapportkoll.analyse.volumeprice;

/**
 * The parts a cost deviation {@code Vb·Pb − Va·Pa} is split into, in kronor, positive =
 * favourable. {@code avgPb} is the target group's average budget price (its budget cost over its
 * budget volume), used only by the mix split.
 */
public enum Effect {
    /** (Vb − Va)·Pb */
    VOLUME("volume"),
    /** (Pb − Pa)·Va: two-way, the interaction inside */
    PRICE("price"),
    /** (Pb − Pa)·Vb: three-way */
    PRICE_AT_BUDGET_VOLUME("priceAtBudgetVolume"),
    /** (Va − Vb)·(Pb − Pa): three-way */
    INTERACTION("interaction"),
    /** (Vb − Va)·avgPb */
    VOLUME_AT_AVERAGE_PRICE("volumeAtAveragePrice"),
    /** (Vb − Va)·(Pb − avgPb) */
    MIX("mix");

    private final String key;

    Effect(String key) {
        this.key = key;
    }

    /** The key of its texts and of its JSON field ({@code key + "EffectTkr"} or {@code key + "Tkr"}). */
    public String key() {
        return key;
    }

    public double kronor(double vb, double va, double pb, double pa, double avgPb) {
        return switch (this) {
            case VOLUME -> (vb - va) * pb;
            case PRICE -> (pb - pa) * va;
            case PRICE_AT_BUDGET_VOLUME -> (pb - pa) * vb;
            case INTERACTION -> (va - vb) * (pb - pa);
            case VOLUME_AT_AVERAGE_PRICE -> (vb - va) * avgPb;
            case MIX -> (vb - va) * (pb - avgPb);
        };
    }

    /**
     * The same in a formula over cells (A1 texts) of volume, price and the average budget price,
     * in tkr. Written to match {@link #kronor} operation for operation, so cached values agree.
     */
    public String formula(String vb, String va, String pb, String pa, String avgPb) {
        return switch (this) {
            case VOLUME -> "(" + vb + "-" + va + ")*" + pb + "/1000";
            case PRICE -> "(" + pb + "-" + pa + ")*" + va + "/1000";
            case PRICE_AT_BUDGET_VOLUME -> "(" + pb + "-" + pa + ")*" + vb + "/1000";
            case INTERACTION -> "(" + va + "-" + vb + ")*(" + pb + "-" + pa + ")/1000";
            case VOLUME_AT_AVERAGE_PRICE -> "(" + vb + "-" + va + ")*" + avgPb + "/1000";
            case MIX -> "(" + vb + "-" + va + ")*(" + pb + "-" + avgPb + ")/1000";
        };
    }
}
