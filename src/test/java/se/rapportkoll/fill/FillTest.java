package se.rapportkoll.fill;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.testing.SheetBuilder;
import se.rapportkoll.model.Fill;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rapportkoll.testing.Findings.describe;
import static se.rapportkoll.testing.SheetBuilder.row;

class FillTest {

    @TempDir
    Path dir;

    private Path workbookWithGaps() throws Exception {
        return new SheetBuilder().sheet("Drift").rows(0, 0,
                row("Driftredovisning, tkr"),
                row("Rad", "Budget jan-aug 2025", "Utfall jan-aug 2025", "Avvikelse jan-aug 2025", "Budget helår 2025", "Prognos 2025", "Avvikelse budget-prognos"),
                row("Intäkter", 100, 120, null, 150, 160, 10),
                row("Kostnader", -500, -530, -30, -750, -770, null),
                row("Summa", null, -410, null, -600, null, "=G3+G4"))
                .save(dir.resolve("luckor.xlsx"));
    }

    @Test
    void validateNamesTheCellsProcessWouldFillAndChecksAsIfTheyWereFilled() throws Exception {
        Path input = workbookWithGaps();
        byte[] before = Files.readAllBytes(input);
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).validate(input);
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(input), "validate never writes the input");
        // Summa's full-year deviation G5 is a formula over the parts: it stays, and agrees with the filled F5
        assertEquals(List.of(
                "INFO fillable Drift!D3 20 -",
                "INFO fillable Drift!G4 -20 -",
                "INFO fillable Drift!B5 -400 -",
                "INFO fillable Drift!D5 -10 -",
                "INFO fillable Drift!F5 -610 -"), describe(result.findings()));
        assertEquals(List.of("C3-B3", "F4-E4", "SUM(B3:B4)", "SUM(F3:F4)", "C5-B5"),
                result.fills().stream().map(Fill::formula).toList());
    }

    @Test
    void processWritesLiveFormulasWithTheirValuesAndLeavesFormulasAlone() throws Exception {
        Path input = workbookWithGaps();
        Path output = dir.resolve("ut.xlsx");
        new Pipeline(RunOptions.swedish()).process(input, output, false);
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("Drift");
            Cell total = sheet.getRow(4).getCell(1);
            assertEquals("SUM(B3:B4)", total.getCellFormula());
            assertEquals(-400, total.getNumericCellValue());
            assertEquals("#,##0", total.getCellStyle().getDataFormatString(), "styled like its neighbours");
            Cell deviation = sheet.getRow(2).getCell(3);
            assertEquals("C3-B3", deviation.getCellFormula());
            assertEquals(20, deviation.getNumericCellValue());
            assertEquals("G3+G4", sheet.getRow(4).getCell(6).getCellFormula(), "the user's formula is kept");
        }
    }
}
