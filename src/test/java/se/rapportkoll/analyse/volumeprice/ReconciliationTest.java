package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.pipeline.RunOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placeringskostnader in the August report against the care types: worked by hand from
 * samples/data. Period: −106 300 − −96 738 = −9 562 tkr, the care types explain −10 275.907
 * (their total deviation), +713.907 remains. Full year: −159 774 − −145 107 = −14 667, explained
 * −15 203.303, +536.303 remains.
 */
class ReconciliationTest {

    @TempDir
    Path dir;

    @Test
    void placeringskostnaderIsReconciledWithTheCareTypesInBothScopes() throws Exception {
        Path output = dir.resolve("ut.xlsx");
        Path report = dir.resolve("ut.json");
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        Pipeline.Result result = pipeline.process(Path.of("samples/delarsrapport-aug-2025.xlsx"), output, false);
        pipeline.writeReport(result, "process", report);

        JsonNode entries = new ObjectMapper().readTree(report.toFile()).get("volumePriceReconciliation");
        assertEquals(2, entries.size());
        assertEntry(entries.get(0), "period", -9562, -10275.907, 713.907, "D17", "C17");
        assertEntry(entries.get(1), "fullYear", -14667, -15203.303, 536.303, "H17", "G17");

        // the sheet holds the same figures as live formulas whose cached values Excel would compute
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<Double> remaining = new ArrayList<>();
            XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Row row : wb.getSheet("Volym och pris")) {
                Cell label = row.getCell(0);
                if (label != null && label.getStringCellValue().startsWith("Kvar att förklara")) {
                    Cell value = row.getCell(9);
                    assertEquals(value.getNumericCellValue(), evaluator.evaluate(value).getNumberValue(), 1e-6);
                    remaining.add(value.getNumericCellValue());
                }
            }
            assertEquals(2, remaining.size());
            assertEquals(713.907, remaining.get(0), 0.001);
            assertEquals(536.303, remaining.get(1), 0.001);
        }
    }

    private static void assertEntry(JsonNode e, String scope, double deviation, double explained, double remaining,
                                    String outcomeCell, String budgetCell) {
        assertEquals(scope, e.get("scope").asText());
        assertEquals("Placeringskostnader", e.get("row").asText());
        assertEquals("Driftredovisning", e.get("sheet").asText());
        assertEquals(outcomeCell, e.get("outcomeCell").asText());
        assertEquals(budgetCell, e.get("budgetCell").asText());
        assertEquals(deviation, e.get("deviationTkr").asDouble(), 0.0005);
        assertEquals(explained, e.get("explainedTkr").asDouble(), 0.0005);
        assertEquals(remaining, e.get("remainingTkr").asDouble(), 0.0005);
        assertTrue(e.get("careTypes").size() == 10, e.toString());
    }
}
