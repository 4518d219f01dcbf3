package se.rapportkoll.validate;

import se.rapportkoll.pipeline.RunOptions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.testing.LibreOffice;
import se.rapportkoll.testing.SheetBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.SheetBuilder.row;

/**
 * Workbooks written by other software than POI: the samples and a built workbook saved by
 * LibreOffice (through .ods and back to .xlsx) must give exactly the same findings.
 */
class OtherSoftwareTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void needsLibreOffice() {
        Assumptions.assumeTrue(LibreOffice.available(), "LibreOffice (soffice) is not installed");
    }

    @Test
    void samplesResavedByLibreOfficeGiveTheSameFindings() throws Exception {
        List<String> samples = List.of("delarsrapport-aug-2025.xlsx", "manadsrapport-feb-2025.xlsx", "verksamhetsplan-2025-2027.xlsx");
        List<Path> copies = samples.stream().map(s -> copy(Path.of("samples", s), dir.resolve("in"))).toList();
        List<Path> ods = LibreOffice.convert(copies, "ods", dir.resolve("ods"));
        List<Path> xlsx = LibreOffice.convert(ods, "xlsx:Calc MS Excel 2007 XML", dir.resolve("xlsx"));
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        for (int i = 0; i < samples.size(); i++) {
            List<String> original = describe(pipeline.validate(copies.get(i)).findings());
            List<String> resaved = describe(pipeline.validate(xlsx.get(i)).findings());
            assertFalse(original.isEmpty());
            assertEquals(original, resaved, samples.get(i));
        }
    }

    @Test
    void aTwoRowHeaderWithMergedPeriodsSurvivesLibreOffice() throws Exception {
        Path built = new SheetBuilder().sheet("Uppföljning").rows(1, 1,
                row("Ekonomisk uppföljning per verksamhet (tkr)"),
                row(null, "Jan–aug 2025", null, null, "Helår 2025", null, null),
                row("Verksamhet", "Budget", "Redovisat", "Differens", "Årsbudget", "Helårsprognos", "Prognosavvikelse"),
                row("Äldreomsorg", -500, -520, -20, -750, -770, -20),
                row("Individ- och familjeomsorg", -300, "−290", 10, -450, -445, 5),
                row("Totalt", -800, -810, -13, -1200, -1215, -15))
                .merge(2, 2, 2, 4).merge(2, 2, 5, 7)
                .save(dir.resolve("tvarad.xlsx"));
        Path resaved = LibreOffice.convert(List.of(built), "xlsx:Calc MS Excel 2007 XML", dir.resolve("tvarad")).get(0);
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        List<String> expected = List.of("ERROR deviation Uppföljning!E7 -10 -13", "WARNING number-as-text Uppföljning!D6 - -290");
        assertEquals(expected, describe(pipeline.validate(built).findings()));
        assertEquals(expected, describe(pipeline.validate(resaved).findings()));
    }

    private static Path copy(Path from, Path toDir) {
        try {
            Files.createDirectories(toDir);
            return Files.copy(from, toDir.resolve(from.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
