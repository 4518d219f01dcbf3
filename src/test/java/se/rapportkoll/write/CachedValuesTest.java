package se.rapportkoll.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.rapportkoll.fill.Fill;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The values cached in the output's formula cells are what a spreadsheet computes from them: POI's
 * evaluator, run on the output itself, agrees for every formula of the tool's sheets and every fill.
 */
class CachedValuesTest {

    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {OutputFixtures.FEB, OutputFixtures.AUG, OutputFixtures.PLAN})
    void sampleOutput(String file) throws Exception {
        Path output = dir.resolve("out-" + file);
        Pipeline.Result result = OutputFixtures.process(OutputFixtures.sample(file), output);
        assertCachedValuesAreComputed(output, result.fills());
    }

    @Test
    void outputWithFilledCells() throws Exception {
        Path output = dir.resolve("out.xlsx");
        Pipeline.Result result = OutputFixtures.process(OutputFixtures.blankedAugust(dir), output);
        assertEquals(OutputFixtures.EMPTIED.size(), result.fills().size());
        assertCachedValuesAreComputed(output, result.fills());
    }

    static void assertCachedValuesAreComputed(Path output, List<Fill> fills) throws Exception {
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            List<Cell> cells = new ArrayList<>();
            for (Sheet sheet : wb) {
                if (ToolSheets.isToolSheet(wb, sheet)) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.FORMULA) {
                                cells.add(cell);
                            }
                        }
                    }
                }
            }
            assertTrue(cells.size() > 0, output + ": the tool's sheets hold formulas");
            for (Fill fill : fills) {
                Cell cell = WorkbookDescriptions.cell(wb.getSheet(fill.sheet()), fill.row(), fill.col());
                assertNotNull(cell, fill.sheet() + "!" + fill.address());
                assertEquals(CellType.FORMULA, cell.getCellType(), fill.sheet() + "!" + fill.address());
                cells.add(cell);
            }
            for (Cell cell : cells) {
                assertSame(cell, evaluator.evaluate(cell));
            }
        }
    }

    private static void assertSame(Cell cell, CellValue computed) {
        String where = cell.getSheet().getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula();
        CellType cachedType = cell.getCachedFormulaResultType();
        switch (computed.getCellType()) {
            case NUMERIC -> {
                assertEquals(CellType.NUMERIC, cachedType, where + ": cached type");
                assertEquals(computed.getNumberValue(), cell.getNumericCellValue(), TOLERANCE, where);
            }
            case STRING -> {
                assertEquals(CellType.STRING, cachedType, where + ": cached type");
                assertEquals(computed.getStringValue(), cell.getStringCellValue(), where);
            }
            case BOOLEAN -> {
                assertEquals(CellType.BOOLEAN, cachedType, where + ": cached type");
                assertEquals(computed.getBooleanValue(), cell.getBooleanCellValue(), where);
            }
            case ERROR -> fail(where + ": evaluates to an error " + computed.formatAsString());
            default -> fail(where + ": unexpected result " + computed);
        }
    }
}
