package se.rapportkoll.analyse.volumeprice;

/**
 * How the deviation is split. Two-way (default): volume and price, the interaction inside the
 * price effect. Three-way: volume, price at budget volume, interaction. {@code mix} splits the
 * volume effect within each target group into volume at the group's average budget price and mix.
 */
public record VolumePriceOptions(Split split, boolean mix) {

    public enum Split { TWO, THREE }

    public static final VolumePriceOptions DEFAULT = new VolumePriceOptions(Split.TWO, false);

    /** The effect columns, in the order the sheet shows them; they add up to the deviation. */
    public java.util.List<Effect> effects() {
        java.util.List<Effect> effects = new java.util.ArrayList<>();
        if (mix) {
            effects.add(Effect.VOLUME_AT_AVERAGE_PRICE);
            effects.add(Effect.MIX);
        } else {
            effects.add(Effect.VOLUME);
        }
        if (split == Split.THREE) {
            effects.add(Effect.PRICE_AT_BUDGET_VOLUME);
            effects.add(Effect.INTERACTION);
        } else {
            effects.add(Effect.PRICE);
        }
        return java.util.List.copyOf(effects);
    }
}
