package se.rapportkoll.corpus;

import se.rapportkoll.testing.LibreOffice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Which outputs LibreOffice opens: it converts them, a batch at a time, and those it wrote a copy of opened. */
final class LibreOfficeOpen {

    private static final int BATCH = 25;

    private LibreOfficeOpen() {
    }

    /** The names of the files in {@code dir} LibreOffice opened, or null without LibreOffice. */
    static Set<String> check(Path dir, Path converted) throws IOException, InterruptedException {
        if (!LibreOffice.available()) {
            return null;
        }
        Files.createDirectories(converted);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        Path profile = Files.createTempDirectory("lo-profile");
        Set<String> opened = new HashSet<>();
        for (int i = 0; i < files.size(); i += BATCH) {
            List<Path> batch = files.subList(i, Math.min(files.size(), i + BATCH));
            List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--calc", "--convert-to", "ods", "--outdir", converted.toString()));
            batch.forEach(f -> command.add(f.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            for (Path f : batch) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(converted.resolve(name.substring(0, name.lastIndexOf('.')) + ".ods"))) {
                    opened.add(name);
                }
            }
        }
        return opened;
    }
}
