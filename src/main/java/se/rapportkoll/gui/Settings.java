package se.rapportkoll.gui;

import java.nio.file.Path;

/**
 * What the window remembers between runs.
 *
 * @param language     "sv" or "en"
 * @param outputFolder where outputs go; null means beside each input
 */
public record Settings(String language, Path outputFolder) {

    public static final Settings DEFAULT = new Settings("sv", null);

    public Settings {
        language = "en".equals(language) ? "en" : "sv";
    }

    public boolean besideInput() {
        return outputFolder == null;
    }

    public Settings withLanguage(String lang) {
        return new Settings(lang, outputFolder);
    }

    public Settings withOutputFolder(Path folder) {
        return new Settings(language, folder);
    }
}
