package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.model.SourceCell;

import java.util.Map;

/**
 * One line of the analysis: a care type, a target group's subtotal or the total. Volumes in
 * days, prices in kronor per day, costs and effects in tkr, deviation and effects positive =
 * favourable. For subtotals and the total the prices are averages weighted by volume (cost over
 * volume, 0 when the volume is 0), and the sources are null.
 */
public record VolumePriceLine(Kind kind, String careType, String priceLabel, String group, Scope scope,
                              SourceCell budgetVolumeCell, SourceCell actualVolumeCell,
                              SourceCell budgetPriceCell, SourceCell actualPriceCell,
                              double budgetVolume, double actualVolume, double budgetPrice, double actualPrice,
                              double budgetCostTkr, double actualCostTkr, double deviationTkr,
                              Map<Effect, Double> effectsTkr) {

    public enum Kind { CARE_TYPE, GROUP, TOTAL }

    /** What the effects add up to minus the deviation: 0 up to floating-point noise. */
    public double check() {
        return effectsTkr.values().stream().mapToDouble(Double::doubleValue).sum() - deviationTkr;
    }

    public double effect(Effect e) {
        return effectsTkr.getOrDefault(e, 0.0);
    }
}
