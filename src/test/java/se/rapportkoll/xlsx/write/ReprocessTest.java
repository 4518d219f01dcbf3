package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.model.Rules;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.xlsx.write.WorkbookDescriptions.cell;
import static se.rapportkoll.xlsx.write.WorkbookDescriptions.lastCol;

/** Processing an output again replaces the tool's sheets instead of adding to them, and finds the same. */
class ReprocessTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {OutputFixtures.FEB, OutputFixtures.AUG, OutputFixtures.PLAN})
    void reprocessingAnOutputReplacesTheToolSheets(String file) throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        Pipeline.Result once = OutputFixtures.process(OutputFixtures.sample(file), first);
        Pipeline.Result twice = OutputFixtures.process(first, second);

        assertEquals(keys(once, false), keys(twice, false), file + ": findings");
        assertEquals(once.fills(), twice.fills(), file + ": fills");
        assertSameUserSheetsAndToolSheets(first, second);
    }

    @Test
    void filledCellsAreNotFilledAgain() throws Exception {
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        Pipeline.Result once = OutputFixtures.process(OutputFixtures.blankedAugust(dir), first);
        Pipeline.Result twice = OutputFixtures.process(first, second);

        assertEquals(OutputFixtures.EMPTIED.size(), once.fills().size());
        assertEquals(List.of(), twice.fills(), "the filled cells now hold formulas");
        // The first run also reports each fill; otherwise it found what the second finds.
        assertEquals(keys(once, true), keys(twice, true), "findings besides the fills");
        assertTrue(twice.findings().stream().noneMatch(f -> f.rule().equals(Rules.FILLED)));
        assertSameUserSheetsAndToolSheets(first, second);
    }

    @Test
    void userSheetNamedLikeTheFindingsSheetIsKept() throws Exception {
        Path input = dir.resolve("with-validering.xlsx");
        try (InputStream in = Files.newInputStream(OutputFixtures.sample(OutputFixtures.FEB));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet own = wb.createSheet("Validering");
            own.createRow(0).createCell(0).setCellValue("Egen kontroll av rapporten");
            own.createRow(2).createCell(1).setCellValue("Stämt av mot huvudboken 2025-03-10");
            try (OutputStream out = Files.newOutputStream(input)) {
                wb.write(out);
            }
        }
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        OutputFixtures.process(input, first);
        OutputFixtures.process(first, second);

        for (Path output : List.of(first, second)) {
            try (XSSFWorkbook in = OutputFixtures.open(input); XSSFWorkbook out = OutputFixtures.open(output)) {
                Sheet own = out.getSheet("Validering");
                assertNotNull(own, output + ": the user's sheet");
                assertFalse(ToolSheets.isToolSheet(out, own), output + ": the user's Validering is not the tool's");
                assertSameCells(in.getSheet("Validering"), own, output.getFileName().toString());
                List<String> tool = toolSheetNames(out);
                // two, and the forecast sheet where the workbook has monthly actuals or a forecast
                int forecast = out.getSheet("Prognos och scenarier") == null ? 0 : 1;
                int settings = se.rapportkoll.xlsx.read.SettingsSheet.find(out).isPresent() ? 1 : 0;
                forecast += out.getSheet("Textutkast") == null ? 0 : 1; // and the text draft where there are deviations
                assertEquals(2 + forecast, tool.size(), output + ": tool sheets " + tool);
                assertTrue(tool.stream().noneMatch("Validering"::equals), output + ": " + tool);
                assertTrue(tool.stream().anyMatch(n -> n.startsWith("Validering")), output + ": findings sheet " + tool);
                assertEquals(in.getNumberOfSheets() + 2 + forecast + settings, out.getNumberOfSheets(), output + ": sheets");
            }
        }
    }

    /** The second output has the first's user sheets unchanged and its tool sheets under the same names. */
    private static void assertSameUserSheetsAndToolSheets(Path first, Path second) throws Exception {
        try (XSSFWorkbook a = OutputFixtures.open(first); XSSFWorkbook b = OutputFixtures.open(second)) {
            assertEquals(sheetNames(a), sheetNames(b), "sheets");
            assertEquals(OutputFixtures.analysisSheetsIn(b), toolSheetNames(b).size(), "tool sheets");
            assertEquals(toolSheetNames(a), toolSheetNames(b), "tool sheet names");
            for (Sheet sheet : a) {
                if (!ToolSheets.isToolSheet(a, sheet)) {
                    assertFalse(ToolSheets.isToolSheet(b, b.getSheet(sheet.getSheetName())));
                    assertSameCells(sheet, b.getSheet(sheet.getSheetName()), second.getFileName().toString());
                }
            }
            assertEquals(WorkbookDescriptions.names(a, i -> !ToolSheets.isToolSheet(a, a.getSheetAt(i))),
                    WorkbookDescriptions.names(b, i -> !ToolSheets.isToolSheet(b, b.getSheetAt(i))), "the user's names");
            assertEquals(markers(a), markers(b), "one marker per tool sheet, none left over");
        }
    }

    private static void assertSameCells(Sheet want, Sheet got, String where) {
        int lastRow = Math.max(want.getLastRowNum(), got.getLastRowNum());
        for (int r = 0; r <= lastRow; r++) {
            int last = Math.max(lastCol(want.getRow(r)), lastCol(got.getRow(r)));
            for (int c = 0; c <= last; c++) {
                Cell w = cell(want, r, c);
                Cell g = cell(got, r, c);
                assertEquals(cell(w), cell(g), where + " " + want.getSheetName() + "!" + new CellReference(r, c).formatAsString());
            }
        }
    }

    /** rule, sheet and cell of each finding, in the reported order; optionally without the fill notes. */
    private static List<String> keys(Pipeline.Result result, boolean withoutFills) {
        List<String> keys = new ArrayList<>();
        result.findings().stream()
                .filter(f -> !withoutFills || !f.rule().equals(Rules.FILLED))
                .forEach(f -> keys.add(f.severity() + " " + f.rule() + " " + f.sheet() + "!" + f.cell()));
        assertNotEquals(0, result.findings().size(), "every sample has findings");
        return keys;
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static List<String> toolSheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> {
            if (ToolSheets.isToolSheet(wb, s)) {
                names.add(s.getSheetName());
            }
        });
        return names;
    }

    /** The sheets carrying the tool's marker name, one entry per marker. */
    private static List<String> markers(XSSFWorkbook wb) {
        List<String> markers = new ArrayList<>();
        wb.getAllNames().stream().filter(n -> n.getNameName().equals(ToolSheets.MARKER))
                .forEach(n -> markers.add(n.getSheetIndex() < 0 ? "workbook" : wb.getSheetName(n.getSheetIndex())));
        markers.sort(null);
        assertEquals(toolSheetNames(wb).size(), markers.size(), "markers " + markers);
        return markers;
    }
}
