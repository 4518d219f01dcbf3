package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A real spreadsheet program agrees with the cached values: LibreOffice recalculates the August
 * output (as is, and with empty derived cells filled) and computes what the tool cached.
 * Skipped where soffice is not installed.
 */
class LibreOfficeRecalcTest {

    @TempDir
    static Path dir;
    static Path converted;
    static Path august;
    static Path filled;
    static Path tampered;
    static String tamperedCell;

    @BeforeAll
    static void convertWithLibreOffice() throws Exception {
        if (LibreOfficeRecalcCheck.soffice().isEmpty()) {
            return;
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        august = in.resolve("august.xlsx");
        OutputFixtures.process(OutputFixtures.sample(OutputFixtures.AUG), august);
        filled = in.resolve("filled.xlsx");
        OutputFixtures.process(OutputFixtures.blankedAugust(in), filled);
        tampered = in.resolve("tampered.xlsx");
        tamperedCell = tamper(august, tampered);
        converted = Files.createDirectories(dir.resolve("lo"));
        LibreOfficeRecalcCheck.convert(converted, dir.resolve("profile"), List.of(august, filled, tampered));
    }

    /** Per test rather than in @BeforeAll, so that the tests are reported as skipped, not as absent. */
    @BeforeEach
    void requireLibreOffice() {
        assumeTrue(LibreOfficeRecalcCheck.soffice().isPresent(), "soffice is not on PATH");
    }

    @Test
    void augustOutput() throws Exception {
        assertAgrees(august);
    }

    @Test
    void augustOutputWithFilledCells() throws Exception {
        assertAgrees(filled);
    }

    /** LibreOffice really recalculates (it does not keep cached values): a wrong cached value is caught. */
    @Test
    void wrongCachedValueIsCaught() throws Exception {
        LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(tampered, converted.resolve(tampered.getFileName()));
        assertEquals(1, report.differences().size(), report.differences().toString());
        assertTrue(report.differences().get(0).startsWith(tamperedCell), report.differences().toString());
    }

    private static void assertAgrees(Path output) throws Exception {
        LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(output, converted.resolve(output.getFileName()));
        assertTrue(report.compared() > 50, "formula cells compared: " + report.compared());
        assertTrue(report.agrees(), String.join("\n", report.differences()));
    }

    /** Copies the output with the cached value of the deviation sheet's first numeric formula off by 1000. */
    private static String tamper(Path output, Path target) throws Exception {
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            for (Sheet sheet : wb) {
                if (!ToolSheets.isToolSheet(wb, sheet)) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC
                                && cell.getCellFormula().contains("-")) {
                            cell.setCellValue(cell.getNumericCellValue() + 1000);
                            try (OutputStream out = Files.newOutputStream(target)) {
                                wb.write(out);
                            }
                            return sheet.getSheetName() + "!" + cell.getAddress();
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("no formula to tamper with in " + output);
    }
}
