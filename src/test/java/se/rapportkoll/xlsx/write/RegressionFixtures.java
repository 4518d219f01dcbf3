package se.rapportkoll.xlsx.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Real-world workbooks from Apache POI's test data that found bugs (see src/test/resources/poi-corpus/NOTICE.md). */
final class RegressionFixtures {

    static final Path DIR = Path.of("src/test/resources/poi-corpus");

    private RegressionFixtures() {
    }

    static List<String> names() {
        if (!Files.isDirectory(DIR)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx") || n.endsWith(".xlsm"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String name) {
        return DIR.resolve(name);
    }
}
