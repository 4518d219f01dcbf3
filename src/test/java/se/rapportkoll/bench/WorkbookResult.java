package se.rapportkoll.bench;

/**
 * Everything measured on one workbook. {@code costCentreRows} is null for the samples;
 * {@code coldSeconds} (the jar as a user runs it), {@code coldOneJvmSeconds} (the jar told to run
 * all in the JVM started) and {@code libreOfficeSeconds} are {@link Stats#NONE} with a note saying
 * why when they were not measured. {@code paired}: process and POI alternately in one JVM.
 */
public record WorkbookResult(String name, Integer costCentreRows, ChildResult process, ChildResult poi, ChildResult poiOnOutput,
                             ChildResult paired,
                             Stats coldSeconds, Stats coldOneJvmSeconds, String coldNote, Stats libreOfficeSeconds, String libreOfficeNote) {

    public Stats processMillis() {
        return Stats.of(process.millis());
    }

    public Stats poiMillis() {
        return Stats.of(poi.millis());
    }

    /** process median / POI median, NaN when either is missing. */
    public double processToPoi() {
        return processMillis().median() / poiMillis().median();
    }

    /** process / POI of each round in one JVM (median, min, max); empty when not measured. */
    public Stats pairedRatio() {
        return Stats.of(paired.ratios());
    }

    /**
     * The ratio the 1.5 × target is judged on: the paired one where measured (a change in the
     * machine's load between the separate children cannot tilt it), else the separate medians'.
     */
    public double processToPoiJudged() {
        return pairedRatio().isEmpty() ? processToPoi() : pairedRatio().median();
    }

    /** process median / median of POI on the output process writes, NaN when either is missing. */
    public double processToPoiOnOutput() {
        return processMillis().median() / Stats.of(poiOnOutput.millis()).median();
    }

    /** Whether process ran through all its runs in the -Xmx1g child. */
    public boolean processOk() {
        return process.ok() && !process.millis().isEmpty();
    }
}
