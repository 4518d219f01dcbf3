package se.rapportkoll.prose;

import se.rapportkoll.pipeline.RunOptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draft on the layout corpus (other municipalities' layouts and sign conventions, four writing
 * programs): POI computes every cached value, and the words of every stated deviation follow its
 * sign under the table's own convention (a positive-cost table's overspend is never "positiv").
 */
class LayoutCorpusDraftTest {

    @TempDir
    Path dir;

    static Stream<Path> workbooks() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/layouts"))) {
            return files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void draftAgreesWithTheFigures(Path workbook) throws Exception {
        Path out = dir.resolve("out.xlsx");
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).process(workbook, out, true);
        WorkbookFigures figures = WorkbookFigures.of(result.located());
        boolean drafted = figures.totalPeriod() != null || figures.totalYear() != null;
        try (var in = Files.newInputStream(out); var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            assertTrue(drafted == (wb.getSheet("Textutkast") != null), workbook + ": a draft exactly where there is a total");
        }
        if (!drafted) {
            return;
        }
        TextDraftSheetTest.assertCachedAgree(out, "Textutkast");
        List<String> sentences = TextDraftSheetTest.sentences(out, "Textutkast");
        System.out.println(workbook.getFileName() + ": " + sentences.get(0));
        String first = sentences.get(0);
        if (figures.totalPeriod() != null) {
            double p = figures.totalPeriod().money().round(figures.totalPeriod().textValue());
            assertFalse(p < 0 && first.contains("positiv avvikelse"), workbook + ": " + first);
            assertFalse(p > 0 && first.contains("negativ avvikelse"), workbook + ": " + first);
        }
        if (figures.totalYear() != null) {
            double y = figures.totalYear().money().round(figures.totalYear().textValue());
            assertFalse(y < 0 && first.contains("överskott"), workbook + ": " + first);
            assertFalse(y > 0 && first.contains("underskott"), workbook + ": " + first);
        }
    }
}
