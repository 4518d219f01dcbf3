package se.rapportkoll.xlsx.write;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.rapportkoll.model.Fill;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.xlsx.write.WorkbookDescriptions.cell;
import static se.rapportkoll.xlsx.write.WorkbookDescriptions.lastCol;

/**
 * The output is the user's workbook unchanged, but for the filled cells and the two added sheets:
 * every cell (content, cached result, style), the sheet settings, names, notes and properties.
 */
class PreservationTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {OutputFixtures.FEB, OutputFixtures.AUG, OutputFixtures.PLAN})
    void sampleIsPreserved(String file) throws Exception {
        Path input = OutputFixtures.sample(file);
        Path output = dir.resolve("out-" + file);
        Pipeline.Result result = OutputFixtures.process(input, output);
        assertPreserved(input, output, result);
    }

    @Test
    void emptiedDerivedCellsAreFilledAndNothingElseChanges() throws Exception {
        Path input = OutputFixtures.blankedAugust(dir);
        Path output = dir.resolve("out.xlsx");
        Pipeline.Result result = OutputFixtures.process(input, output);

        Set<String> filled = new LinkedHashSet<>();
        result.fills().forEach(f -> filled.add(f.sheet() + "!" + f.address()));
        assertEquals(OutputFixtures.emptiedKeys(), filled, "exactly the emptied cells are filled");

        assertPreserved(input, output, result);

        // The formulas are the report's own: each fill comes within the published rounding
        // (at most 2 tkr) of the figure that was typed in the sample before it was emptied.
        try (XSSFWorkbook original = OutputFixtures.open(OutputFixtures.sample(OutputFixtures.AUG));
             XSSFWorkbook in = OutputFixtures.open(input);
             XSSFWorkbook out = OutputFixtures.open(output)) {
            for (Fill fill : result.fills()) {
                String where = fill.sheet() + "!" + fill.address() + " =" + fill.formula();
                double published = cell(original.getSheet(fill.sheet()), fill.row(), fill.col()).getNumericCellValue();
                assertEquals(published, fill.value(), 2.0, where + " against the published figure");
                OutputFixtures.Emptied emptied = OutputFixtures.EMPTIED.stream()
                        .filter(e -> e.sheet().equals(fill.sheet()) && e.address().equals(fill.address()))
                        .findFirst().orElseThrow();
                Cell outCell = cell(out.getSheet(fill.sheet()), fill.row(), fill.col());
                if (!emptied.remove()) {
                    Cell inCell = cell(in.getSheet(fill.sheet()), fill.row(), fill.col());
                    assertEquals(WorkbookDescriptions.style((XSSFCellStyle) inCell.getCellStyle()),
                            WorkbookDescriptions.style((XSSFCellStyle) outCell.getCellStyle()),
                            where + ": a blank cell keeps its own style");
                }
            }
        }
    }

    /** The whole comparison of an input with its output. */
    static void assertPreserved(Path input, Path output, Pipeline.Result result) throws Exception {
        try (XSSFWorkbook in = OutputFixtures.open(input); XSSFWorkbook out = OutputFixtures.open(output)) {
            String file = input.getFileName().toString();
            Map<String, Fill> fills = new HashMap<>();
            for (Fill fill : result.fills()) {
                assertNotNull(in.getSheet(fill.sheet()), file + ": fill in an unknown sheet " + fill.sheet());
                fills.put(fill.sheet() + "!" + fill.address(), fill);
            }

            // Sheets: the user's in the same order with the same names, then the tool's: Validering and
            // Avvikelser always, the analyses' sheets where the workbook has their tables, and once the
            // settings sheet the tool creates for the controller.
            int expectedToolSheets = OutputFixtures.analysisSheetsIn(out);
            int settingsSheets = se.rapportkoll.xlsx.read.SettingsSheet.find(out).isPresent() ? 1 : 0;
            assertEquals(in.getNumberOfSheets() + expectedToolSheets + settingsSheets, out.getNumberOfSheets(), file + ": sheets added");
            List<String> userSheetsOut = new ArrayList<>();
            int toolSheets = 0;
            for (Sheet sheet : out) {
                if (ToolSheets.isToolSheet(out, sheet)) {
                    toolSheets++;
                } else if (se.rapportkoll.xlsx.read.SettingsSheet.isSettingsSheet(out, sheet)) {
                    continue;
                } else {
                    userSheetsOut.add(sheet.getSheetName());
                }
            }
            assertEquals(expectedToolSheets, toolSheets, file + ": tool sheets in the output");
            List<String> userSheetsIn = new ArrayList<>();
            for (Sheet sheet : in) {
                assertFalse(ToolSheets.isToolSheet(in, sheet), file + ": the input has no tool sheet");
                userSheetsIn.add(sheet.getSheetName());
            }
            assertEquals(userSheetsIn, userSheetsOut, file + ": user sheets");
            for (int i = 0; i < in.getNumberOfSheets(); i++) {
                assertEquals(in.getSheetName(i), out.getSheetName(i), file + ": sheet at " + i);
            }

            Set<String> seenFills = new LinkedHashSet<>();
            for (Sheet sheetIn : in) {
                String name = sheetIn.getSheetName();
                XSSFSheet sheetOut = out.getSheet(name);
                compareCells(file, sheetIn, sheetOut, fills, seenFills);
                String where = file + " " + name;
                assertEquals(WorkbookDescriptions.layout(sheetIn), WorkbookDescriptions.layout(sheetOut), where + ": widths and heights");
                assertEquals(WorkbookDescriptions.mergedRegions(sheetIn), WorkbookDescriptions.mergedRegions(sheetOut), where + ": merged regions");
                assertEquals(WorkbookDescriptions.panes(sheetIn), WorkbookDescriptions.panes(sheetOut), where + ": panes");
                assertEquals(WorkbookDescriptions.comments(sheetIn), WorkbookDescriptions.comments(sheetOut), where + ": notes");
                assertEquals(WorkbookDescriptions.printSetup(sheetIn), WorkbookDescriptions.printSetup(sheetOut), where + ": print setup");
                int index = in.getSheetIndex(sheetIn);
                assertEquals(in.getPrintArea(index), out.getPrintArea(index), where + ": print area");
                assertEquals(sheetIn.getSheetConditionalFormatting().getNumConditionalFormattings(),
                        sheetOut.getSheetConditionalFormatting().getNumConditionalFormattings(), where + ": conditional formats");
                assertEquals(sheetIn.getDataValidations().size(), sheetOut.getDataValidations().size(), where + ": validations");
            }
            assertEquals(fills.keySet(), seenFills, file + ": every fill lies in a user sheet");

            assertEquals(WorkbookDescriptions.names(in, i -> true),
                    WorkbookDescriptions.names(out, i -> !ToolSheets.isToolSheet(out, out.getSheetAt(i))
                            && !se.rapportkoll.xlsx.read.SettingsSheet.isSettingsSheet(out, out.getSheetAt(i))),
                    file + ": the user's defined names");

            POIXMLProperties.CoreProperties coreIn = in.getProperties().getCoreProperties();
            POIXMLProperties.CoreProperties coreOut = out.getProperties().getCoreProperties();
            assertNotNull(coreIn.getTitle(), file + ": the sample has a title");
            assertEquals(coreIn.getTitle(), coreOut.getTitle(), file + ": title");
            assertEquals(coreIn.getCreator(), coreOut.getCreator(), file + ": creator");
            assertEquals(coreIn.getSubject(), coreOut.getSubject(), file + ": subject");
            assertEquals(coreIn.getDescription(), coreOut.getDescription(), file + ": description");
            assertEquals(coreIn.getKeywords(), coreOut.getKeywords(), file + ": keywords");
            assertEquals(coreIn.getCreated(), coreOut.getCreated(), file + ": created");
        }
    }

    private static void compareCells(String file, Sheet in, Sheet out, Map<String, Fill> fills, Set<String> seenFills) {
        int lastRow = Math.max(in.getLastRowNum(), out.getLastRowNum());
        for (int r = 0; r <= lastRow; r++) {
            int last = Math.max(lastCol(in.getRow(r)), lastCol(out.getRow(r)));
            for (int c = 0; c <= last; c++) {
                String key = in.getSheetName() + "!" + new CellReference(r, c).formatAsString();
                Cell before = cell(in, r, c);
                Cell after = cell(out, r, c);
                Fill fill = fills.get(key);
                if (fill == null) {
                    assertEquals(cell(before), cell(after), file + " " + key);
                } else {
                    seenFills.add(key);
                    assertFilled(file + " " + key, fill, before, after, out);
                }
            }
        }
    }

    private static void assertFilled(String where, Fill fill, Cell before, Cell after, Sheet out) {
        assertTrue(before == null || before.getCellType() == CellType.BLANK, where + ": only an empty cell is filled");
        assertNotNull(after, where + ": filled cell exists");
        assertEquals(CellType.FORMULA, after.getCellType(), where);
        assertEquals(fill.formula(), after.getCellFormula(), where + ": formula");
        if (fill.kind() == Fill.Kind.TOTAL) {
            assertTrue(after.getCellFormula().matches("SUM\\([^()]+\\)"), where + ": a total is a SUM: " + after.getCellFormula());
        } else {
            assertTrue(after.getCellFormula().matches("\\$?[A-Z]+\\$?\\d+-\\$?[A-Z]+\\$?\\d+"),
                    where + ": a deviation is a difference: " + after.getCellFormula());
        }
        assertEquals(CellType.NUMERIC, after.getCachedFormulaResultType(), where + ": cached type");
        assertEquals(fill.value(), after.getNumericCellValue(), 0.0, where + ": cached value");

        XSSFCellStyle style = (XSSFCellStyle) after.getCellStyle();
        assertNotEquals(0, style.getIndex(), where + ": not the default style");
        Cell neighbour = figureNeighbour(out, after);
        assertNotNull(neighbour, where + ": has a figure beside it");
        XSSFCellStyle model = (XSSFCellStyle) neighbour.getCellStyle();
        assertEquals(model.getDataFormatString(), style.getDataFormatString(), where + ": number format as " + neighbour.getAddress());
        assertEquals(model.getFont().getBold(), style.getFont().getBold(), where + ": bold as " + neighbour.getAddress());
    }

    /** The cell to the left when it holds a figure (a first figure column has its label there), else the one to the right. */
    private static Cell figureNeighbour(Sheet sheet, Cell cell) {
        Row row = sheet.getRow(cell.getRowIndex());
        for (int c : new int[] {cell.getColumnIndex() - 1, cell.getColumnIndex() + 1}) {
            Cell n = c < 0 ? null : row.getCell(c);
            if (n != null && (n.getCellType() == CellType.NUMERIC
                    || n.getCellType() == CellType.FORMULA && n.getCachedFormulaResultType() == CellType.NUMERIC)) {
                return n;
            }
        }
        return null;
    }
}
