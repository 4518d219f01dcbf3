package se.rapportkoll.xlsx.write;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tool's two sheets, described cell by cell (value, formula, cached value, style, link) with
 * their layout and sheet settings, equal the reference captured from the code-built sheets before
 * they came from templates. Regenerate with {@code -Drapportkoll.updateReference=true} only on purpose.
 */
class ToolSheetsReferenceTest {

    static final Path REFERENCE = Path.of("src/test/resources/reference");
    static final java.util.Set<String> REFERENCED_SHEETS = java.util.Set.of("Validering", "Avvikelser", "Validation", "Deviations");

    @TempDir
    Path dir;

    @Test
    void augustSampleSwedish() throws Exception {
        Path output = dir.resolve("aug.xlsx");
        OutputFixtures.process(OutputFixtures.sample(OutputFixtures.AUG), output);
        check("aug-sv.txt", output);
    }

    @Test
    void blankedAugustWithFills() throws Exception {
        Path output = dir.resolve("out-blanked.xlsx");
        OutputFixtures.process(OutputFixtures.blankedAugust(dir), output);
        check("aug-blanked-sv.txt", output);
    }

    @Test
    void februarySampleEnglish() throws Exception {
        Path output = dir.resolve("feb.xlsx");
        new Pipeline(RunOptions.of("en")).process(OutputFixtures.sample(OutputFixtures.FEB), output, false);
        check("feb-en.txt", output);
    }

    private static void check(String name, Path output) throws Exception {
        String actual;
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            actual = describeToolSheets(wb);
        }
        Path file = REFERENCE.resolve(name);
        if (Boolean.getBoolean("rapportkoll.updateReference")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, name);
    }

    static String describeToolSheets(XSSFWorkbook wb) {
        StringBuilder b = new StringBuilder();
        for (Sheet s : wb) {
            // Only the two sheets the reference was captured for; other tool sheets have tests of their own.
            if (!ToolSheets.isToolSheet(wb, s) || !REFERENCED_SHEETS.contains(s.getSheetName())) {
                continue;
            }
            XSSFSheet sheet = (XSSFSheet) s;
            b.append("== sheet ").append(sheet.getSheetName()).append(" at ").append(wb.getSheetIndex(sheet)).append('\n');
            for (Row row : sheet) {
                for (Cell cell : row) {
                    b.append(cell.getAddress()).append(": ").append(WorkbookDescriptions.cell(cell)).append('\n');
                }
            }
            b.append(WorkbookDescriptions.layout(sheet));
            b.append("merged ").append(WorkbookDescriptions.mergedRegions(sheet)).append('\n');
            b.append("panes ").append(WorkbookDescriptions.panes(sheet)).append('\n');
            b.append("print ").append(WorkbookDescriptions.printSetup(sheet)).append('\n');
            b.append("autofilter ").append(sheet.getCTWorksheet().isSetAutoFilter()
                    ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none").append('\n');
            XSSFSheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
            for (int i = 0; i < cf.getNumConditionalFormattings(); i++) {
                XSSFConditionalFormatting f = cf.getConditionalFormattingAt(i);
                b.append("conditional ").append(java.util.Arrays.toString(f.getFormattingRanges())).append('\n');
                for (int j = 0; j < f.getNumberOfRules(); j++) {
                    XSSFConditionalFormattingRule r = f.getRule(j);
                    b.append("  rule ").append(r.getConditionType()).append(' ').append(r.getComparisonOperation())
                            .append(' ').append(r.getFormula1())
                            .append(" font ").append(r.getFontFormatting() == null ? "-" : r.getFontFormatting().getFontColorIndex())
                            .append(" fill ").append(r.getPatternFormatting() == null ? "-"
                                    : r.getPatternFormatting().getFillBackgroundColor() + "/" + r.getPatternFormatting().getFillPattern())
                            .append('\n');
                }
            }
        }
        b.append("names ").append(WorkbookDescriptions.names(wb, i -> REFERENCED_SHEETS.contains(wb.getSheetName(i))))
                .append('\n');
        // The check time changes from run to run.
        return b.toString().replaceAll("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d", "<time>");
    }
}
