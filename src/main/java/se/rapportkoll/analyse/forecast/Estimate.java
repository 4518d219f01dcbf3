package se.rapportkoll.analyse.forecast;

/** A full-year forecast by one method; {@code lower}/{@code upper} are null without an interval. */
public record Estimate(Method method, double fullYear, Double lower, Double upper) {

    public static Estimate point(Method method, double fullYear) {
        return new Estimate(method, fullYear, null, null);
    }
}
