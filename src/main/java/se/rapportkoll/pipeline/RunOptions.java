package se.rapportkoll.pipeline;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;

import java.util.Objects;

/**
 * How one workbook is processed, whichever way it came in: the command line, the drop folder
 * (handed to its worker in the job) and the window all build one of these and give it to
 * {@link Pipeline}.
 *
 * @param language    "sv" (default) or "en": messages and the tool's sheets
 * @param volumePrice how the volume–price analysis splits deviations
 */
public record RunOptions(String language, VolumePriceOptions volumePrice) {

    public RunOptions {
        language = "en".equalsIgnoreCase(language) ? "en" : "sv";
        Objects.requireNonNull(volumePrice, "volumePrice");
    }

    /** The given language with the default analyses. */
    public static RunOptions of(String language) {
        return new RunOptions(language, VolumePriceOptions.DEFAULT);
    }

    public static RunOptions swedish() {
        return of("sv");
    }

    public Messages messages() {
        return Messages.forLanguage(language);
    }

    public RunOptions withLanguage(String newLanguage) {
        return new RunOptions(newLanguage, volumePrice);
    }
}
