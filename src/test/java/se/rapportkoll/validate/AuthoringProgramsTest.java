package se.rapportkoll.validate;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.xlsx.read.FormulaCache;
import se.rapportkoll.model.Finding;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.Findings.describe;

/**
 * The same Driftredovisning written by libraries that cannot calculate (src/test/resources/writers,
 * made by make.py there): openpyxl saves formulas with an empty value, XlsxWriter with 0 and
 * fullCalcOnLoad. Their formulas are computed before any check, and the output carries the values.
 */
class AuthoringProgramsTest {

    private static final Path WRITERS = Path.of("src/test/resources/writers");
    private final Pipeline pipeline = new Pipeline(RunOptions.swedish());

    @Test
    void formulasWithoutATrustworthyValueAreComputedBeforeTheChecks() throws Exception {
        for (String writer : List.of("openpyxl", "xlsxwriter")) {
            // only the typed-in deviation of the capital costs is wrong; read as 0, every formula would be a false fel
            assertEquals(List.of("ERROR deviation Drift!D6 1 5"),
                    describe(pipeline.validate(WRITERS.resolve(writer + "-drift.xlsx")).findings()), writer);
        }
    }

    @Test
    void theCalculationFlagIsWhatTellsNotTheApplicationName() throws Exception {
        try (XSSFWorkbook xlsxwriter = open(WRITERS.resolve("xlsxwriter-drift.xlsx"));
             XSSFWorkbook samples = open(Path.of("samples/delarsrapport-aug-2025.xlsx"))) {
            assertEquals("Microsoft Excel", xlsxwriter.getProperties().getExtendedProperties().getApplication());
            assertFalse(FormulaCache.vouched(xlsxwriter));
            assertTrue(FormulaCache.vouched(samples));
        }
    }

    @Test
    void theOutputCarriesTheComputedValues(@TempDir Path dir) throws Exception {
        for (String writer : List.of("openpyxl", "xlsxwriter")) {
            Path out = dir.resolve(writer + "-out.xlsx");
            pipeline.process(WRITERS.resolve(writer + "-drift.xlsx"), out, false);
            try (XSSFWorkbook wb = open(out)) {
                XSSFCell total = wb.getSheet("Drift").getRow(6).getCell(2);
                assertEquals("SUM(C4:C5)", total.getCellFormula());
                assertEquals(CellType.NUMERIC, total.getCachedFormulaResultType());
                assertEquals(-410, total.getNumericCellValue(), 1e-9, writer);
                assertEquals(20, wb.getSheet("Drift").getRow(3).getCell(3).getNumericCellValue(), 1e-9, writer);
                assertTrue(FormulaCache.vouched(wb), "rapportkoll's own output: every value computed");
            }
            // processed again, the output gives the same findings as the input
            assertEquals(describe(pipeline.validate(WRITERS.resolve(writer + "-drift.xlsx")).findings()),
                    describe(pipeline.validate(out).findings()));
        }
    }

    @Test
    void anErrorValueIsReportedOnceAtItsCauseAndNothingIsCheckedOverIt() throws Exception {
        for (String writer : List.of("openpyxl", "xlsxwriter")) {
            List<Finding> findings = pipeline.validate(WRITERS.resolve(writer + "-ref-error.xlsx")).findings();
            // C5 is #REF!; D5 (=C5-B5) and C6 (=SUM(C4:C5)) are errors because of it, and the typed
            // deviation D6 cannot be checked against C6 − B6: no total or deviation fel over the error
            assertEquals(List.of("ERROR formula-error Drift!C5 - -"), describe(findings), writer);
            assertEquals("Formeln ger felvärdet #REF!. Rätta formeln eller cellerna den hänvisar till.", findings.get(0).message());
            assertEquals("Formeln är =#REF!*1. De här cellerna beror på felet och kontrolleras inte förrän du rättat det: "
                    + "D5, C6, D6.", findings.get(0).detail());
        }
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
