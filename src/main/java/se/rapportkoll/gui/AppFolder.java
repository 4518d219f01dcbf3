package se.rapportkoll.gui;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the window keeps its settings and its log: {@code %LOCALAPPDATA%\rapportkoll} on Windows,
 * {@code ~/.rapportkoll} elsewhere. The system property {@code rapportkoll.home} overrides it, so
 * tests never touch the real user's folder.
 */
public final class AppFolder {

    private AppFolder() {
    }

    public static Path get() {
        String override = System.getProperty("rapportkoll.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return of(System.getProperty("os.name", ""), System.getenv("LOCALAPPDATA"), System.getProperty("user.home"));
    }

    /** The rule itself, apart from the process's environment so it can be tested anywhere. */
    static Path of(String osName, String localAppData, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            Path base = localAppData != null && !localAppData.isBlank()
                    ? Path.of(localAppData)
                    : Path.of(userHome, "AppData", "Local");
            return base.resolve("rapportkoll");
        }
        return Path.of(userHome, ".rapportkoll");
    }
}
