package se.rapportkoll.watch;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import se.rapportkoll.base.AtomicOutput;

/** Small state files of a claim, written atomically so that a crash leaves either the old or the new one. */
final class StateFile {

    private StateFile() {
    }

    static void write(Path file, Properties properties) throws IOException {
        AtomicOutput.write(file, true, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            properties.store(w, null);
            w.flush();
        });
    }

    static Optional<Properties> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(r);
            return Optional.of(p);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
