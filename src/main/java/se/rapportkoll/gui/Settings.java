package se.rapportkoll.gui;

import java.nio.file.Path;

/**
 * What the window remembers between runs.
 *
 * @param language     "sv" or "en"
 * @param outputFolder where outputs go; null means beside each input
 * @param lastFolder   where files were last chosen from, where the file chooser opens; null at first
 */
public record Settings(String language, Path outputFolder, Path lastFolder) {

    public static final Settings DEFAULT = new Settings("sv", null, null);

    public Settings {
        language = "en".equals(language) ? "en" : "sv";
    }

    /** What the settings dialog chooses; the last folder is no setting of it. */
    public Settings(String language, Path outputFolder) {
        this(language, outputFolder, null);
    }

    public boolean besideInput() {
        return outputFolder == null;
    }

    public Settings withLanguage(String lang) {
        return new Settings(lang, outputFolder, lastFolder);
    }

    public Settings withOutputFolder(Path folder) {
        return new Settings(language, folder, lastFolder);
    }

    public Settings withLastFolder(Path folder) {
        return new Settings(language, outputFolder, folder);
    }
}
