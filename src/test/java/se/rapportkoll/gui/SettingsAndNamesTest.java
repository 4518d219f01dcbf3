package se.rapportkoll.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the window keeps things, what it remembers, and how it names outputs. */
class SettingsAndNamesTest {

    @TempDir
    Path dir;

    @Test
    void theAppFolderIsLocalAppDataOnWindowsAndAHiddenFolderElsewhere() {
        assertEquals(Path.of("C:\\Users\\anna\\AppData\\Local", "rapportkoll"),
                AppFolder.of("Windows 11", "C:\\Users\\anna\\AppData\\Local", "C:\\Users\\anna"));
        assertEquals(Path.of("/home/anna", "AppData", "Local", "rapportkoll"), AppFolder.of("Windows 10", null, "/home/anna"));
        assertEquals(Path.of("/home/anna/.rapportkoll"), AppFolder.of("Linux", null, "/home/anna"));
        assertEquals(Path.of("/Users/anna/.rapportkoll"), AppFolder.of("Mac OS X", "ignored", "/Users/anna"));
    }

    @Test
    void settingsRoundTripAndDefaultWhenMissingOrBroken() throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("sub").resolve("settings.properties"));
        assertEquals(Settings.DEFAULT, store.load());
        assertTrue(Settings.DEFAULT.besideInput());

        Settings chosen = new Settings("en", dir.resolve("utfiler åäö"));
        store.save(chosen);
        assertEquals(chosen, store.load());
        store.save(chosen.withOutputFolder(null));
        assertEquals(new Settings("en", null), store.load());

        Files.writeString(store.file(), "language=klingon\noutputFolder=\n");
        assertEquals(Settings.DEFAULT, store.load(), "an unknown language falls back to Swedish");
    }

    @Test
    void freeOutputNamesCountUpAndKeepTheKind() throws IOException {
        Path in = dir.resolve("rapport.xlsm");
        assertEquals(dir.resolve("rapport-rapportkoll.xlsm"), OutputNames.free(in, null));
        Files.writeString(dir.resolve("rapport-rapportkoll.xlsm"), "");
        assertEquals(dir.resolve("rapport-rapportkoll (2).xlsm"), OutputNames.free(in, null));
        Path other = Files.createDirectory(dir.resolve("ut"));
        assertEquals(other.resolve("rapport-rapportkoll.xlsm"), OutputNames.free(in, other));
    }

    @Test
    void everyWindowTextExistsInSwedishAndEnglish() throws IOException {
        Properties sv = load("gui.properties");
        Properties en = load("gui_en.properties");
        assertEquals(sv.stringPropertyNames(), en.stringPropertyNames());
        assertFalse(sv.isEmpty());
        assertTrue(sv.getProperty("gui.choose").contains("&"), "buttons carry their mnemonic");
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = SettingsAndNamesTest.class.getResourceAsStream("/se/rapportkoll/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }
}
