package se.rapportkoll.xlsx.write;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.rapportkoll.corpus.CorpusRun;
import se.rapportkoll.testing.PackageCheck;
import se.rapportkoll.testing.PackageKept;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The writer corpus (src/test/resources/writer-corpus: workbooks made by openpyxl, XlsxWriter,
 * LibreOffice and by hand, with the features the output must keep): each output, processed once
 * and processed again, keeps every part, cell, setting, link and style of the input
 * ({@link PackageKept}) and adds no schema error or Excel-rule violation ({@link PackageCheck}).
 * CorpusFixturesIT runs the same files through the jar (exit code, console, LibreOffice).
 */
class WriterCorpusTest {

    static final Path DIR = Path.of("src/test/resources/writer-corpus");

    @TempDir
    Path dir;

    static List<String> files() {
        try (Stream<Path> files = Files.list(DIR)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".xlsx") || n.endsWith(".xlsm")).sorted().toList();
            assertFalse(names.isEmpty(), "the writer corpus is there");
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void everythingOfTheInputKeptAndNothingInvalidAdded(String name) throws Exception {
        Path input = DIR.resolve(name);
        String ext = name.substring(name.lastIndexOf('.'));
        Path once = dir.resolve("once" + ext);
        Path twice = dir.resolve("twice" + ext);
        OutputFixtures.process(input, once);
        OutputFixtures.process(once, twice);
        for (Path output : List.of(once, twice)) {
            String run = name + (output == once ? ", processed once" : ", processed again");
            assertEquals(List.of(), CorpusRun.lostParts(input, output), run + ": parts");
            assertEquals("", CorpusRun.lostCells(input, output), run + ": cells");
            assertEquals(List.of(), PackageKept.lost(input, output), run + ": content");
            assertEquals(List.of(), PackageCheck.added(input, output), run + ": schema and Excel's rules");
        }
    }
}
