package se.rapportkoll.xlsx.write;

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
import se.rapportkoll.model.Fill;
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

    /**
     * The controller's settings, typed in every way the reader accepts: each "yes" word in several
     * cases and with spaces, TRUE, words that are no "yes", and numbers and percentages as text
     * with ordinary, no-break and thin spaces, a real minus sign and a decimal comma. The forecast
     * sheet's formulas must compute what the reader read, so that Excel recalculates the cached values.
     */
    @Test
    void everyAcceptedSettingsWordAndNumberForm() throws Exception {
        Path first = dir.resolve("first.xlsx");
        OutputFixtures.process(OutputFixtures.sample(OutputFixtures.AUG), first);
        Path edited = dir.resolve("edited.xlsx");
        List<String> flags = new ArrayList<>();
        for (String w : se.rapportkoll.analyse.forecast.ScenarioSettings.YES_WORDS) {
            flags.addAll(List.of(w, w.toUpperCase(java.util.Locale.ROOT), " " + Character.toUpperCase(w.charAt(0)) + w.substring(1) + "  "));
        }
        flags.addAll(List.of("nej", "no", "n", "", "ja\u00a0", "japp", "1"));
        List<String> amounts = List.of("1 234", "1\u00a0234", "1\u202f234", "1\u2009234", "\u22121 234", "1234,5", "1 234,0", "(1 234)", "12 kr", "");
        List<String> percents = List.of("10 %", "12,5%", "\u22123 %", "0,2", "-5\u00a0%", " 7 % ");
        int measures;
        try (XSSFWorkbook wb = OutputFixtures.open(first)) {
            Sheet settings = wb.getSheet("Scenarioinställningar");
            assertNotNull(settings);
            var read = se.rapportkoll.xlsx.read.SettingsSheet.read(settings);
            for (int i = 0; i < percents.size(); i++) {
                Row care = settings.getRow(read.careTypes().get(i).row());
                care.getCell(2 + i % 4).setCellValue(percents.get(i));
            }
            int r = read.careTypes().get(read.careTypes().size() - 1).row() + 3;
            measures = 0;
            for (int i = 0; i < flags.size() + 1; i++, r++, measures++) {
                Row row = settings.createRow(r);
                row.createCell(0).setCellValue("Åtgärd " + (i + 1));
                row.createCell(1).setCellValue(amounts.get(i % amounts.size()));
                if (i % 2 == 0) {
                    row.createCell(2).setCellValue(amounts.get((i + 3) % amounts.size()));
                } else {
                    row.createCell(2).setCellValue(1000 + i);
                }
                row.createCell(3).setCellValue(amounts.get((i + 5) % amounts.size()));
                if (i == flags.size()) {
                    row.createCell(4).setCellValue(false); // a boolean, as Excel stores FALSE typed in a cell
                    row.createCell(5).setCellValue(true);
                    row.createCell(6).setCellValue(true);
                } else {
                    row.createCell(4).setCellValue(flags.get((i + 1) % flags.size()));
                    row.createCell(5).setCellValue(flags.get(i));
                    row.createCell(6).setCellValue(flags.get((i + 2) % flags.size()));
                }
            }
            var again = se.rapportkoll.xlsx.read.SettingsSheet.read(settings);
            assertEquals(measures, again.measures().size());
            assertEquals(1234, again.measures().get(1).cost(), 0, "a no-break space in a thousand");
            assertEquals(-1234, again.measures().get(4).cost(), 0, "a real minus sign");
            assertEquals(-1234, again.measures().get(7).cost(), 0, "in parentheses");
            assertEquals(0, again.measures().get(8).cost(), 0, "not a number");
            assertEquals(0.125, again.careTypes().get(1).volumeHigh(), 1e-12);
            assertEquals(-0.05, again.careTypes().get(4).volumeLow(), 1e-12);
            assertTrue(again.measures().get(0).effectLow(), "ja");
            assertTrue(again.measures().get(2).effectLow(), "padded with spaces");
            assertTrue(again.measures().get(measures - 1).effectLow(), "TRUE");
            assertTrue(!again.measures().get(measures - 1).included(), "FALSE");
            assertEquals(1234.5, again.measures().get(0).realised(), 1e-9, "the realised effect read as a number too");
            assertEquals(se.rapportkoll.analyse.forecast.ScenarioSettings.YES_WORDS.size() * 3,
                    again.measures().stream().limit(flags.size()).filter(m -> m.effectLow()).count(), "each yes word, no other");
            try (var out = java.nio.file.Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Path second = dir.resolve("second.xlsx");
        Pipeline.Result result = OutputFixtures.process(edited, second);
        assertEquals(measures, result.forecast().scenarios().settings().measures().size());
        assertCachedValuesAreComputed(second, result.fills());
        if (LibreOfficeRecalcCheck.soffice().isPresent()) {
            Path converted = java.nio.file.Files.createDirectories(dir.resolve("lo"));
            LibreOfficeRecalcCheck.convert(converted, dir.resolve("profile"), List.of(second));
            LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(second, converted.resolve(second.getFileName()));
            assertTrue(report.agrees(), report.differences().toString());
        }
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
