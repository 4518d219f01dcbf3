package se.rapportkoll.gui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Keeps {@link Settings} in a small UTF-8 properties file in the {@link AppFolder}; a file users can
 * read and delete, unlike the Windows registry behind java.util.prefs.
 */
public final class SettingsStore {

    private static final String LANGUAGE = "language";
    private static final String OUTPUT_FOLDER = "outputFolder";
    private static final String LAST_FOLDER = "lastFolder";

    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The saved settings; defaults where the file is missing, unreadable or holds nonsense. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULT;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return Settings.DEFAULT;
        }
        return new Settings(p.getProperty(LANGUAGE, "sv").strip(), path(p, OUTPUT_FOLDER), path(p, LAST_FOLDER));
    }

    private static Path path(Properties p, String key) {
        String saved = p.getProperty(key, "").strip();
        if (saved.isEmpty()) {
            return null;
        }
        try {
            return Path.of(saved);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    public void save(Settings settings) throws IOException {
        Properties p = new Properties();
        p.setProperty(LANGUAGE, settings.language());
        p.setProperty(OUTPUT_FOLDER, settings.besideInput() ? "" : settings.outputFolder().toString());
        p.setProperty(LAST_FOLDER, settings.lastFolder() == null ? "" : settings.lastFolder().toString());
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "rapportkoll window settings");
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
