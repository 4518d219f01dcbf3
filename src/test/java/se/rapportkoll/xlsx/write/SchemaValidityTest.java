package se.rapportkoll.xlsx.write;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.rapportkoll.xlsx.read.WorkbookOpener;
import se.rapportkoll.testing.PackageCheck;

import java.nio.file.Files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every output the tool writes for the samples and fixtures, processed once and processed again,
 * is as valid as its input: no schema error and no broken Excel rule the input did not have
 * ({@link PackageCheck}). And processing an output again and again does not grow it.
 */
class SchemaValidityTest {

    @TempDir
    Path dir;

    /** The samples, the fidelity fixtures (also those built at test time), the regression files and three of the writer corpus. */
    static List<String> inputs() {
        List<String> all = new ArrayList<>(OutputFixtures.SAMPLE_FILES);
        all.addAll(List.of("blanked", "features.xlsx", "objects.xlsx", "excel-features", "makron.xlsm"));
        all.addAll(RegressionFixtures.names());
        // three of the writer corpus (WriterCorpusTest checks all of it once and again); the openxlsx file
        // has a relationship to a shared-strings part it lacks, which POI adds: one relationship to it, also after ten runs
        all.addAll(List.of("xlsxwriter-features.xlsx", "libreoffice-from-openpyxl-features.xlsx",
                "openxlsx-cloneEmptyWorksheetExample.xlsx"));
        return all;
    }

    Path input(String name) throws Exception {
        return switch (name) {
            case "blanked" -> OutputFixtures.blankedAugust(dir);
            case "features.xlsx" -> FidelityFixtures.FEATURES;
            case "objects.xlsx" -> FidelityFixtures.OBJECTS;
            case "excel-features" -> FidelityFixtures.excelFeatures(dir);
            case "makron.xlsm" -> FidelityFixtures.macroWorkbook(dir);
            default -> OutputFixtures.SAMPLE_FILES.contains(name) ? OutputFixtures.sample(name)
                    : Files.exists(WriterCorpusTest.DIR.resolve(name)) ? WriterCorpusTest.DIR.resolve(name)
                    : RegressionFixtures.path(name);
        };
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void outputsAddNoSchemaErrorOrExcelRuleViolation(String name) throws Exception {
        Path input = input(name);
        String ext = input.toString().endsWith(".xlsm") ? ".xlsm" : ".xlsx";
        Path once = dir.resolve("once" + ext);
        Path twice = dir.resolve("twice" + ext);
        OutputFixtures.process(input, once);
        OutputFixtures.process(once, twice);
        Path asRead = asRead(input);
        assertEquals(List.of(), PackageCheck.added(asRead, once), name + ": processed once");
        assertEquals(List.of(), PackageCheck.added(asRead, twice), name + ": processed again");
    }

    /** The input as the tool reads it: a Strict or default-password workbook after its conversion. */
    private Path asRead(Path input) throws Exception {
        Path asRead = dir.resolve("as-read-" + input.getFileName());
        Files.write(asRead, WorkbookOpener.readable(Files.readAllBytes(input), input).bytes());
        return asRead;
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void processingTenTimesGrowsNothing(String name) throws Exception {
        Path input = input(name);
        String ext = input.toString().endsWith(".xlsm") ? ".xlsm" : ".xlsx";
        // The input processed once, then its output ten more times.
        Path previous = dir.resolve("run0" + ext);
        OutputFixtures.process(input, previous);
        Map<String, Integer> once = withoutCalcChain(PackageCheck.counts(previous));
        for (int run = 1; run <= 10; run++) {
            Path next = dir.resolve("run" + run + ext);
            OutputFixtures.process(previous, next);
            previous = next;
        }
        assertEquals(once, withoutCalcChain(PackageCheck.counts(previous)), name + ": counts after ten runs");
    }

    /**
     * The counts without the calculation chain: POI drops that cache of Excel's whenever a sheet is
     * removed (a chain naming a removed sheet's cells makes Excel repair the file), so re-processing
     * an output loses it; Excel rebuilds it when it recalculates.
     */
    private static Map<String, Integer> withoutCalcChain(Map<String, Integer> counts) {
        Map<String, Integer> without = new java.util.LinkedHashMap<>(counts);
        if (without.remove("parts /xl/calcChain.xml") != null) {
            without.merge("parts", -1, Integer::sum);
            without.merge("relationships", -1, Integer::sum);
        }
        return without;
    }
}
