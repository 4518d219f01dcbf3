package se.rapportkoll.prose;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Textutkast sheet of the samples: the sentences state the tables' rounded figures, and POI computes what was cached. */
class TextDraftSheetTest {

    @TempDir
    Path dir;

    static List<String> sentences(Path output, String sheetName) throws Exception {
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(sheetName);
            assertNotNull(sheet, "no sheet " + sheetName);
            List<String> out = new ArrayList<>();
            for (Row row : sheet) {
                Cell a = row.getCell(0);
                if (a != null && a.getCellType() == CellType.FORMULA) {
                    out.add(a.getStringCellValue());
                }
            }
            return out;
        }
    }

    /** Every formula of the sheet, evaluated by POI from the user's cells, gives the value the tool cached. */
    static void assertCachedAgree(Path output, String sheetName) throws Exception {
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            Sheet sheet = wb.getSheet(sheetName);
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    var v = ev.evaluate(c);
                    String where = sheetName + "!" + c.getAddress() + " =" + c.getCellFormula();
                    if (c.getCachedFormulaResultType() == CellType.STRING) {
                        assertEquals(c.getStringCellValue(), v.getStringValue(), where);
                    } else {
                        assertEquals(c.getNumericCellValue(), v.getNumberValue(), 1e-9, where);
                    }
                }
            }
        }
    }

    Path process(String sample) throws Exception {
        Path out = dir.resolve(sample.replace(".xlsx", "-out.xlsx"));
        new Pipeline(RunOptions.swedish()).process(Path.of("samples", sample), out, true);
        return out;
    }

    /** The figures of the published summaries (August 2025: "positiv avvikelse om 10 000 tkr … överskott om 3 400 tkr", "19 800", "17 400", "7 500"). */
    @Test
    void augustStatesThePublishedFigures() throws Exception {
        Path out = process("delarsrapport-aug-2025.xlsx");
        List<String> s = sentences(out, "Textutkast");
        assertEquals("Socialnämnden redovisar per augusti en positiv avvikelse om 10\u00a0000\u00a0tkr och prognostiserar ett överskott om 3\u00a0400\u00a0tkr.", s.get(0));
        assertTrue(s.contains("På intäktssidan prognostiseras ett överskott om 19\u00a0800\u00a0tkr."), s.toString());
        assertTrue(s.contains("På kostnadssidan prognostiseras ett underskott om 16\u00a0300\u00a0tkr."), s.toString());
        assertTrue(s.contains("På intäktssidan redovisas en positiv avvikelse om 17\u00a0400\u00a0tkr."), s.toString());
        assertTrue(s.contains("På kostnadssidan redovisas en negativ avvikelse om 7\u00a0500\u00a0tkr."), s.toString());
        assertTrue(s.contains("De största underskotten prognostiseras inom Placeringskostnader (14\u00a0700\u00a0tkr) och Avd f barn & vuxna (9\u00a0600\u00a0tkr)."), s.toString());
        // the report's volume text: 17 200 tkr more for children and young people, 13 300 tkr less for adults, for the period
        assertTrue(s.stream().anyMatch(x -> x.startsWith("För perioden redovisas inom barn och unga högre volymer än budgeterat, vilket motsvarar en kostnadsökning om 17\u00a0200\u00a0tkr")), s.toString());
        assertTrue(s.stream().anyMatch(x -> x.startsWith("För perioden redovisas inom vuxna lägre volymer än budgeterat, vilket motsvarar en kostnadsminskning om 13\u00a0300\u00a0tkr")), s.toString());
        assertCachedAgree(out, "Textutkast");
    }

    /** February 2025: "ett överskott motsvarande 6 000 tkr för februari och prognostiserar en ekonomi i balans". */
    @Test
    void februaryStatesABalancedForecast() throws Exception {
        Path out = process("manadsrapport-feb-2025.xlsx");
        List<String> s = sentences(out, "Textutkast");
        assertEquals("Socialnämnden redovisar per februari en positiv avvikelse om 6\u00a0000\u00a0tkr och prognostiserar en ekonomi i balans.", s.get(0));
        assertTrue(s.contains("Per februari prognostiseras en ekonomi i balans."), s.toString());
        assertCachedAgree(out, "Textutkast");
    }

    /** No deviation table, no draft: the plan workbook has budgets and plan years only. */
    @Test
    void noDraftWithoutDeviations() throws Exception {
        Path out = process("verksamhetsplan-2025-2027.xlsx");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertNull(wb.getSheet("Textutkast"));
        }
    }

    /** Another municipality's committee, a coordinated name and no period in the table: the draft names it whole and speaks of the full year. */
    @Test
    void fullYearTableOfAnotherCommittee() throws Exception {
        Path out = dir.resolve("kf-out.xlsx");
        new Pipeline(RunOptions.swedish()).process(Path.of("src/test/resources/prose/kultur-och-fritid-helar.openpyxl.xlsx"), out, true);
        List<String> s = sentences(out, "Textutkast");
        assertEquals("Kultur- och fritidsnämnden prognostiserar ett underskott om 700\u00a0tkr.", s.get(0));
        assertTrue(s.contains("För helåret prognostiseras ett sammantaget underskott om 700\u00a0tkr."), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.startsWith("För perioden")), s.toString());
        assertCachedAgree(out, "Textutkast");
    }

    @Test
    void english() throws Exception {
        Path out = dir.resolve("en.xlsx");
        new Pipeline(RunOptions.of("en")).process(Path.of("samples", "delarsrapport-aug-2025.xlsx"), out, true);
        List<String> s = sentences(out, "Text draft");
        assertEquals("Socialnämnden reports up to August a positive deviation of 10,000\u00a0kSEK and forecasts a surplus of 3,400\u00a0kSEK.", s.get(0));
        assertCachedAgree(out, "Text draft");
    }
}
