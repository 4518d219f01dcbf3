package se.rapportkoll.prose;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.xlsx.write.LibreOfficeRecalcCheck;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The draft is live: after a controller corrects figures in their own sheet of the output, LibreOffice
 * recalculates the draft to exactly the text the tool writes for the corrected workbook (signs,
 * rounding, the units named as largest deviations), and its cached values equal LibreOffice's.
 */
class TextDraftRecalcTest {

    @TempDir
    Path dir;

    @Test
    void draftFollowsACorrectedFigure() throws Exception {
        assumeTrue(LibreOfficeRecalcCheck.soffice().isPresent(), "soffice is not on PATH");
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        Path output = dir.resolve("aug-out.xlsx");
        pipeline.process(Path.of("samples", "delarsrapport-aug-2025.xlsx"), output, true);
        // the controller corrects three figures in the output: revenues for the period, and two units' forecasts
        Path edited = dir.resolve("edited.xlsx");
        Path correctedInput = dir.resolve("corrected-in.xlsx");
        edit(output, edited);
        edit(Path.of("samples", "delarsrapport-aug-2025.xlsx"), correctedInput);
        Path corrected = dir.resolve("corrected-out.xlsx");
        pipeline.process(correctedInput, corrected, true);
        List<String> expected = TextDraftSheetTest.sentences(corrected, "Textutkast");
        assertNotEquals(TextDraftSheetTest.sentences(output, "Textutkast"), expected, "the edit changes the draft");

        Path lo = Files.createDirectories(dir.resolve("lo"));
        LibreOfficeRecalcCheck.convert(lo, dir.resolve("profile"), List.of(edited, output));
        assertEquals(expected, TextDraftSheetTest.sentences(lo.resolve("edited.xlsx"), "Textutkast"));
        LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(output, lo.resolve("aug-out.xlsx"));
        assertTrue(report.compared() > 100, "compared " + report.compared());
        assertTrue(report.agrees(), String.join("\n", report.differences()));
    }

    /** Utfall Intäkter down to 20 000 (a negative deviation), Ekonomiskt bistånd's and Socialdirektör's forecasts worse. */
    private static void edit(Path from, Path to) throws Exception {
        try (InputStream in = Files.newInputStream(from); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Driftredovisning");
            sheet.getRow(4).getCell(3).setCellValue(20000);
            sheet.getRow(18).getCell(7).setCellValue(-60000);
            sheet.getRow(12).getCell(7).setCellValue(-9557);
            try (OutputStream out = Files.newOutputStream(to)) {
                wb.write(out);
            }
        }
    }
}
