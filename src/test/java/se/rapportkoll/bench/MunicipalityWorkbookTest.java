package se.rapportkoll.bench;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.testing.Findings;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generated municipality workbook is read by the real tool as intended: every table found, exactly the planted errors. */
class MunicipalityWorkbookTest {

    @TempDir
    Path dir;

    /** As in a workbook Excel saved, every formula carries its value: what POI computes for it. */
    @Test
    void everyFormulaCarriesItsComputedValue() throws Exception {
        MunicipalityWorkbook.Summary summary = MunicipalityWorkbook.generate(dir.resolve("kommun-02.xlsx"), 2, 7);
        int formulas = 0;
        try (InputStream in = Files.newInputStream(summary.file()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        formulas++;
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), where);
                        assertEquals(evaluator.evaluate(cell).getNumberValue(), cell.getNumericCellValue(), where);
                    }
                }
            }
        }
        assertEquals(summary.formulas(), formulas);
    }

    @Test
    void theToolFindsEveryTableAndExactlyThePlantedErrors() throws Exception {
        MunicipalityWorkbook.Summary summary = MunicipalityWorkbook.generate(dir.resolve("kommun-02.xlsx"), 2, 7);
        Path output = dir.resolve("kommun-02-rapportkoll.xlsx");
        Pipeline.Result result = new Pipeline(RunOptions.swedish()).process(summary.file(), output, false);

        Set<String> located = result.located().tables().stream().map(t -> t.sheetName()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(summary.committeeSheets()), located, "one budget table per committee sheet");
        assertEquals(2, result.forecast().tables().size(), "one monthly table per committee");
        assertTrue(result.located().unplaced().isEmpty(), () -> "unplaced: " + result.located().unplaced());

        // a "follows" error is a consequence of its cause: named in the cause's finding, not reported itself
        Set<String> expected = summary.injected().stream().filter(i -> !i.what().startsWith("follows:"))
                .map(i -> i.rule() + " " + i.sheet() + "!" + i.cell()).collect(Collectors.toSet());
        Set<String> found = result.findings().stream()
                .map(f -> f.rule() + " " + f.sheet() + "!" + f.cell()).collect(Collectors.toSet());
        assertEquals(expected, found, () -> String.join("\n", Findings.describe(result.findings())));

        MunicipalityWorkbook.Injected empty = summary.injected().stream().filter(i -> i.rule().equals("filled")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            CellReference ref = new CellReference(empty.cell());
            Cell cell = wb.getSheet(empty.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
            assertEquals(CellType.FORMULA, cell.getCellType());
            assertEquals("F" + (ref.getRow() + 1) + "-B" + (ref.getRow() + 1), cell.getCellFormula());
        }
    }
}
