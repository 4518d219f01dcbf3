package se.rapportkoll.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The committed samples are exactly what the generator makes, and hold the published numbers. */
class SampleGeneratorTest {

    private static final Path COMMITTED = Path.of("samples");

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate() throws IOException {
        SampleGenerator.generateAll(generated);
    }

    @ParameterizedTest
    @ValueSource(strings = {SampleGenerator.FEB_FILE, SampleGenerator.AUG_FILE, SampleGenerator.PLAN_FILE})
    void committedSampleEqualsRegenerated(String file) throws IOException {
        try (Workbook committed = open(COMMITTED.resolve(file));
             Workbook fresh = open(generated.resolve(file))) {
            assertEquals(sheetNames(fresh), sheetNames(committed), file + ": sheets");
            for (Sheet want : fresh) {
                Sheet got = committed.getSheet(want.getSheetName());
                int last = Math.max(want.getLastRowNum(), got.getLastRowNum());
                for (int r = 0; r <= last; r++) {
                    int lastCol = Math.max(lastCol(want.getRow(r)), lastCol(got.getRow(r)));
                    for (int c = 0; c <= lastCol; c++) {
                        String where = file + " " + want.getSheetName() + "!" + new CellReference(r, c).formatAsString();
                        assertEquals(describe(cell(want, r, c)), describe(cell(got, r, c)), where);
                    }
                }
            }
            assertEquals(names(fresh), names(committed), file + ": defined names");
        }
    }

    @Test
    void documentProperties() throws IOException {
        for (String file : SampleGenerator.FILES) {
            try (XSSFWorkbook wb = (XSSFWorkbook) open(COMMITTED.resolve(file))) {
                var core = wb.getProperties().getCoreProperties();
                assertEquals(SampleGenerator.CREATOR, core.getCreator(), file);
                assertNotNull(core.getTitle(), file);
            }
        }
    }

    @Test
    void augVolumesTotalIsTypedAsPublished() throws IOException {
        try (Workbook wb = open(COMMITTED.resolve(SampleGenerator.AUG_FILE))) {
            Cell total = find(wb.getSheet("Volymer"), "Totalt", "Prognos 2025");
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(109669, total.getNumericCellValue());
            assertEquals("#,##0", total.getCellStyle().getDataFormatString());

            // care-type rows compute the deviation: budget minus actual
            Cell dev = find(wb.getSheet("Volymer"), "Institutsplaceringar barn och unga", "Avvikelse");
            assertEquals(CellType.FORMULA, dev.getCellType());
            assertEquals("D4-C4", dev.getCellFormula());
            assertEquals(-268, dev.getNumericCellValue());

            Cell price = find(wb.getSheet("À-priser"), "Institutionsplaceringar, vuxna", "Avvikelse budget-utfall");
            assertEquals(CellType.NUMERIC, price.getCellType());
            assertEquals(-1358, price.getNumericCellValue());

            Name budget = wb.getName("Budget_helar_2025");
            assertEquals("Driftredovisning!$G$8", budget.getRefersToFormula());
            assertEquals(-372965, find(wb.getSheet("Driftredovisning"), "Summa Driftbudget", "Budget helår 2025")
                    .getNumericCellValue());
        }
    }

    @Test
    void febSocialkontorBudget() throws IOException {
        try (Workbook wb = open(COMMITTED.resolve(SampleGenerator.FEB_FILE))) {
            Cell cell = find(wb.getSheet("Månadsrapport"), "Socialkontor", "Budget Jan - Feb 2025");
            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertEquals(-56136, cell.getNumericCellValue());
            // the unit row without a previous-year figure stays empty
            Cell empty = find(wb.getSheet("Månadsrapport"), "Socialnämnd", "Utfall Jan - Feb 2024");
            assertTrue(empty == null || empty.getCellType() == CellType.BLANK);
        }
    }

    @Test
    void planFormulasGivePublishedFigures() throws IOException {
        try (Workbook wb = open(COMMITTED.resolve(SampleGenerator.PLAN_FILE))) {
            Sheet budget = wb.getSheet("Driftbudget");
            Cell pct = find(budget, "Förändring i %", "Budget 2024");
            assertEquals(CellType.FORMULA, pct.getCellType());
            assertEquals("0.0 %", pct.getCellStyle().getDataFormatString());
            assertEquals(86, Math.round(pct.getNumericCellValue() * 1000));
            assertEquals(-401915, find(budget, "Netto", "Plan 2027").getNumericCellValue());
            assertEquals(-401914, find(budget, "Summa", "Plan 2027").getNumericCellValue());

            Cell sum = find(wb.getSheet("Ekonomiska förändringar"), "Summa förändring per år, tkr", "Plan 2027");
            assertTrue(sum.getCellFormula().startsWith("SUM("), sum.getCellFormula());
            assertEquals(-14345, sum.getNumericCellValue());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static List<String> sheetNames(Workbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> names(Workbook wb) {
        List<String> out = new ArrayList<>();
        for (Name n : wb.getAllNames()) {
            out.add(n.getNameName() + "=" + n.getRefersToFormula());
        }
        out.sort(null);
        return out;
    }

    private static int lastCol(Row row) {
        return row == null ? -1 : row.getLastCellNum() - 1;
    }

    private static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    /** What a cell holds, as text: type, value or formula with cached value, format, bold. */
    private static String describe(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "blank" + (cell == null ? "" : " " + style(cell));
        }
        String content = switch (cell.getCellType()) {
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case STRING -> "text '" + cell.getStringCellValue() + "'";
            case FORMULA -> "formula " + cell.getCellFormula() + " cached " + cell.getNumericCellValue();
            default -> cell.getCellType() + " " + cell;
        };
        return content + " " + style(cell);
    }

    private static String style(Cell cell) {
        var style = cell.getCellStyle();
        boolean bold = cell.getSheet().getWorkbook().getFontAt(style.getFontIndex()).getBold();
        return "[" + style.getDataFormatString() + (bold ? ", bold" : "") + "]";
    }

    /** The cell in the row labelled {@code label} below the first header cell reading {@code heading}. */
    private static Cell find(Sheet sheet, String label, String heading) {
        for (Row row : sheet) {
            for (Cell h : row) {
                if (h.getCellType() == CellType.STRING && h.getStringCellValue().equals(heading)) {
                    for (int r = row.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                        Row data = sheet.getRow(r);
                        if (data != null && hasLabel(data, label)) {
                            return data.getCell(h.getColumnIndex());
                        }
                    }
                }
            }
        }
        fail("No cell for " + label + " / " + heading + " in " + sheet.getSheetName());
        return null;
    }

    private static boolean hasLabel(Row row, String label) {
        for (Cell c : row) {
            if (c.getCellType() == CellType.STRING) {
                return c.getStringCellValue().equals(label);
            }
        }
        return false;
    }
}
