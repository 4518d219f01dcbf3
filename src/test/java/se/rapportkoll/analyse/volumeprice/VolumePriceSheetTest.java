package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sheet as written: live formulas whose cached values are what POI computes from the user's cells. */
class VolumePriceSheetTest {

    private static final Path AUGUST = Path.of("samples", "delarsrapport-aug-2025.xlsx");

    @TempDir
    Path dir;

    private XSSFWorkbook process(Messages messages, VolumePriceOptions options) throws Exception {
        Path out = dir.resolve("out.xlsx");
        new Pipeline(new RunOptions(messages.isEnglish() ? "en" : "sv", options)).process(AUGUST, out, true);
        try (InputStream in = Files.newInputStream(out)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every formula cell of the sheet: its cached value against a fresh evaluation. Returns the count. */
    private static int assertCachedValuesAreTheFormulasValues(XSSFWorkbook wb, Sheet sheet) {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        int formulas = 0;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.FORMULA) {
                    continue;
                }
                formulas++;
                assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), cell.getAddress().toString());
                double cached = cell.getNumericCellValue();
                CellValue fresh = evaluator.evaluate(cell);
                assertEquals(CellType.NUMERIC, fresh.getCellType(), cell.getAddress() + " " + cell.getCellFormula());
                assertEquals(fresh.getNumberValue(), cached, 1e-9 * Math.max(1, Math.abs(cached)),
                        cell.getAddress() + " " + cell.getCellFormula());
            }
        }
        return formulas;
    }

    private static Row rowLabelled(Sheet sheet, String label, int occurrence) {
        int seen = 0;
        for (Row row : sheet) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label) && seen++ == occurrence) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    @Test
    void cachedValuesEqualPoisEvaluationAndTheWorkedExampleIsLive() throws Exception {
        try (XSSFWorkbook wb = process(Messages.swedish(), VolumePriceOptions.DEFAULT)) {
            XSSFSheet sheet = wb.getSheet("Volym och pris");
            assertNotNull(sheet);
            // 2 scopes × (10 care types × 10 formulas + 3 sums × 10 + 3 reconciliation rows for Placeringskostnader) = 266
            assertEquals(266, assertCachedValuesAreTheFormulasValues(wb, sheet));
            // the full year's Institutsplaceringar row (second occurrence): references, then effects
            Row hvb = rowLabelled(sheet, "Institutsplaceringar barn och unga", 1);
            assertEquals("'Volymer'!F4", hvb.getCell(3).getCellFormula());
            assertEquals("'Volymer'!G4", hvb.getCell(4).getCellFormula());
            assertEquals("'À-priser'!D5", hvb.getCell(5).getCellFormula());
            assertEquals("'À-priser'!F5", hvb.getCell(6).getCellFormula());
            assertEquals(1665.455, hvb.getCell(10).getNumericCellValue(), 1e-6);
            assertEquals(-6638.662, hvb.getCell(11).getNumericCellValue(), 1e-6);
            assertEquals(-4973.207, hvb.getCell(9).getNumericCellValue(), 1e-6);
            assertEquals(0, hvb.getCell(12).getNumericCellValue());
            // the period's row reads the periodised budget and the (mislabelled) actual
            Row period = rowLabelled(sheet, "Institutsplaceringar barn och unga", 0);
            assertEquals("'Volymer'!D4", period.getCell(3).getCellFormula());
            assertEquals("'Volymer'!C4", period.getCell(4).getCellFormula());
            assertEquals("'À-priser'!C5", period.getCell(6).getCellFormula());
            Row total = rowLabelled(sheet, "Totalt", 1);
            assertEquals(-15203.303, total.getCell(9).getNumericCellValue(), 1e-6);
            // a bar chart per scope
            assertEquals(2, sheet.getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void formulasFollowAnEditedVolume() throws Exception {
        try (XSSFWorkbook wb = process(Messages.swedish(), VolumePriceOptions.DEFAULT)) {
            wb.getSheet("Volymer").getRow(3).getCell(6).setCellValue(10089); // forecast = budget for Institutsplaceringar
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            Row hvb = rowLabelled(wb.getSheet("Volym och pris"), "Institutsplaceringar barn och unga", 1);
            assertEquals(0, hvb.getCell(10).getNumericCellValue(), 1e-9);                 // no volume effect left
            assertEquals(-677 * 10089 / 1000.0, hvb.getCell(11).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void threeWayAndMixColumnsAreLiveAndAddUp() throws Exception {
        try (XSSFWorkbook wb = process(Messages.swedish(), new VolumePriceOptions(VolumePriceOptions.Split.THREE, true))) {
            XSSFSheet sheet = wb.getSheet("Volym och pris");
            // effects: volume at average price, mix, price at budget volume, interaction: 12 formulas per row
            // 2 scopes × 13 rows × 12 formulas, and the 3 reconciliation rows of each scope
            assertEquals(2 * 13 * 12 + 2 * 3, assertCachedValuesAreTheFormulasValues(wb, sheet));
            Row hvb = rowLabelled(sheet, "Institutsplaceringar barn och unga", 1);
            assertEquals(-6830.253, hvb.getCell(12).getNumericCellValue(), 1e-6);
            assertEquals(191.591, hvb.getCell(13).getNumericCellValue(), 1e-6);
            assertEquals(1665.455, hvb.getCell(10).getNumericCellValue() + hvb.getCell(11).getNumericCellValue(), 1e-6);
            assertTrue(hvb.getCell(11).getCellFormula().contains("$F$"), "mix refers to the group's average price");
            assertEquals(0, hvb.getCell(14).getNumericCellValue());
        }
    }

    @Test
    void englishSheetAndReprocessingReplacesIt() throws Exception {
        try (XSSFWorkbook wb = process(Messages.forLanguage("en"), VolumePriceOptions.DEFAULT)) {
            assertNotNull(wb.getSheet("Volume and price"));
            assertNull(wb.getSheet("Volym och pris"));
            assertNotNull(rowLabelled(wb.getSheet("Volume and price"), "Total", 1));
        }
        Path again = dir.resolve("again.xlsx");
        new Pipeline(RunOptions.swedish()).process(dir.resolve("out.xlsx"), again, true);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(again))) {
            assertNull(wb.getSheet("Volume and price"), "the earlier run's sheet is replaced");
            assertNotNull(wb.getSheet("Volym och pris"));
        }
    }

    @Test
    void jsonReportHasVolumePriceEntries() throws Exception {
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        Pipeline.Result result = pipeline.validate(AUGUST);
        Path report = dir.resolve("r.json");
        pipeline.writeReport(result, "validate", report);
        String json = Files.readString(report, StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertTrue(json.contains("\"volumePrice\":["), json);
        assertTrue(json.contains("{\"careType\":\"Institutsplaceringarbarnochunga\",\"group\":\"Barnochunga\",\"scope\":\"fullYear\","
                + "\"budgetVolume\":10089,\"actualVolume\":9806,\"budgetPrice\":5885,\"actualPrice\":6562,\"budgetCostTkr\":59373.765,"
                + "\"actualCostTkr\":64346.972,\"deviationTkr\":-4973.207,\"volumeEffectTkr\":1665.455,\"priceEffectTkr\":-6638.662}"), json);
        assertTrue(json.contains("{\"careType\":\"Totalt\",\"group\":null,\"scope\":\"fullYear\""), json);
        assertTrue(json.contains("{\"careType\":\"Vuxna\",\"group\":\"Vuxna\",\"scope\":\"period\""), json);
    }
}
