package se.rapportkoll.xlsx.write.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import se.rapportkoll.xlsx.write.OutputFixtures;
import se.rapportkoll.xlsx.write.WorkbookDescriptions;

/** The templates: restyled copies change the output, and only the tool's templates are ever filled. */
class TemplateSheetsTest {

    private static final byte[] RED = {(byte) 0xC0, 0x00, 0x00};
    private static final byte[] PURPLE = {(byte) 0x70, 0x30, (byte) 0xA0};

    @TempDir
    Path dir;

    @Test
    void templatesArePackaged() {
        TemplateSheets packaged = new TemplateSheets(null);
        assertTrue(packaged.template(TemplateSheets.VALIDATION).length > 0);
        assertTrue(packaged.template(TemplateSheets.DEVIATIONS).length > 0);
    }

    @Test
    void restyledTemplateInTheOverrideFolderChangesTheOutput() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new TemplateSheets(null).template(TemplateSheets.VALIDATION)))) {
            XSSFCellStyle header = wb.getSheetAt(0).getRow(3).getCell(0).getCellStyle();
            header.setFillForegroundColor(new XSSFColor(RED, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            // A named style: how errors are marked.
            XSSFCellStyle error = wb.getSheet(TemplateSheets.STYLES_SHEET).getRow(1).getCell(1).getCellStyle();
            error.setFillForegroundColor(new XSSFColor(PURPLE, null));
            try (OutputStream out = Files.newOutputStream(templates.resolve(TemplateSheets.VALIDATION))) {
                wb.write(out);
            }
        }
        Path output = dir.resolve("out.xlsx");
        withOverride(templates, () -> OutputFixtures.process(OutputFixtures.sample(OutputFixtures.AUG), output));

        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            XSSFSheet findings = wb.getSheet("Validering");
            for (Cell header : findings.getRow(3)) {
                assertArrayEquals(RED, fill(header), "header " + header.getAddress());
            }
            assertEquals("fel", findings.getRow(4).getCell(0).getStringCellValue());
            assertArrayEquals(PURPLE, fill(findings.getRow(4).getCell(0)));
            // The deviations sheet still comes from the packaged template.
            Cell deviationHeader = wb.getSheet("Avvikelser").getRow(3).getCell(0);
            assertEquals(FillPatternType.SOLID_FOREGROUND, deviationHeader.getCellStyle().getFillPattern());
            assertFalse(Arrays.equals(RED, fill(deviationHeader)), "the packaged header fill");
        }
    }

    @Test
    void eachDistinctStyleIsAddedToTheUsersWorkbookOnce() throws Exception {
        Path output = dir.resolve("out.xlsx");
        OutputFixtures.process(OutputFixtures.sample(OutputFixtures.AUG), output);
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            java.util.Map<String, java.util.Set<Short>> indices = new java.util.HashMap<>();
            for (String name : new String[]{"Validering", "Avvikelser"}) {
                for (Row row : wb.getSheet(name)) {
                    for (Cell cell : row) {
                        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                        indices.computeIfAbsent(WorkbookDescriptions.style(style), k -> new java.util.TreeSet<>()).add(style.getIndex());
                    }
                }
            }
            assertTrue(indices.size() >= 10, "distinct styles " + indices.size());
            indices.forEach((style, used) -> assertEquals(1, used.size(), "one style for " + style + ", not " + used));
        }
    }

    @Test
    void markupInTheUsersWorkbookIsNeverEvaluated() throws Exception {
        Path input = dir.resolve("with-markup.xlsx");
        String expression = "${''.getClass().forName('java.lang.Runtime')}";
        try (InputStream in = Files.newInputStream(OutputFixtures.sample(OutputFixtures.FEB)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet notes = wb.createSheet("Anteckningar");
            Row row = notes.createRow(0);
            row.createCell(0).setCellValue(expression);
            row.createCell(1).setCellValue("${title}");
            comment(notes, row.getCell(0), "jx:area(lastCell=\"B1\")");
            comment(notes, row.getCell(1), "jx:each(items=\"findings\" var=\"title\" lastCell=\"B1\")");
            try (OutputStream out = Files.newOutputStream(input)) {
                wb.write(out);
            }
        }
        Path output = dir.resolve("out.xlsx");
        OutputFixtures.process(input, output);
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            Sheet notes = wb.getSheet("Anteckningar");
            assertEquals(expression, notes.getRow(0).getCell(0).getStringCellValue());
            assertEquals("${title}", notes.getRow(0).getCell(1).getStringCellValue());
            assertEquals("jx:area(lastCell=\"B1\")", notes.getRow(0).getCell(0).getCellComment().getString().getString());
            assertEquals(1, notes.getPhysicalNumberOfRows());
        }
    }

    @Test
    void textsFromTheUsersWorkbookAreWrittenNotEvaluated() throws Exception {
        Path input = dir.resolve("rapport-${text.severity}.xlsx");
        try (InputStream in = Files.newInputStream(OutputFixtures.sample(OutputFixtures.FEB)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            // A sheet name flows into the findings' Sheet column and the links.
            wb.setSheetName(0, "${title}");
            try (OutputStream out = Files.newOutputStream(input)) {
                wb.write(out);
            }
        }
        Path output = dir.resolve("out.xlsx");
        OutputFixtures.process(input, output);
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            Sheet findings = wb.getSheet("Validering");
            assertEquals("Validering av rapport-${text.severity}.xlsx", findings.getRow(0).getCell(0).getStringCellValue());
            boolean named = false;
            for (Row row : findings) {
                Cell sheetCell = row.getRowNum() > 3 ? row.getCell(2) : null;
                named |= sheetCell != null && sheetCell.getStringCellValue().equals("${title}");
            }
            assertTrue(named, "a finding names the sheet ${title} verbatim");
        }
    }

    @Test
    void aTemplateExpressionThatReachesForClassesIsRefused() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new TemplateSheets(null).template(TemplateSheets.VALIDATION)))) {
            wb.getSheetAt(0).getRow(0).getCell(0).setCellValue("${''.getClass().forName('java.lang.Runtime')}");
            try (OutputStream out = Files.newOutputStream(templates.resolve(TemplateSheets.VALIDATION))) {
                wb.write(out);
            }
        }
        Path output = dir.resolve("out.xlsx");
        Exception refused = assertThrows(Exception.class,
                () -> withOverride(templates, () -> OutputFixtures.process(OutputFixtures.sample(OutputFixtures.FEB), output)));
        assertTrue(String.valueOf(refused.getMessage()).contains("getClass")
                || String.valueOf(refused.getCause()).contains("getClass"), String.valueOf(refused));
        assertFalse(Files.exists(output), "no output from a refused template");
    }

    @Test
    void onlyAreaAndEachWithLiteralAttributesAreAllowedInTemplates() throws Exception {
        for (String name : new String[]{TemplateSheets.VALIDATION, TemplateSheets.DEVIATIONS}) {
            TemplateSheets.checkMarkup(new TemplateSheets(null).template(name), name);
        }
        String[] refused = {
                "jx:each(items=\"findings\" var=\"f\" lastCell=\"G5\" orderBy=\"f.rule\")",
                "jx:each(items=\"findings\" var=\"f\" lastCell=\"G5\" select=\"f.rule == 'total'\")",
                "jx:each(items=\"findings.class\" var=\"f\" lastCell=\"G5\")",
                "jx:if(condition=\"true\" lastCell=\"G5\")",
                "jx:image(src=\"x\" lastCell=\"G5\")",
                "jx:area(lastCell=\"G5\" clearCells=\"true\")\njx:each(items=\"findings\" var=\"f\" lastCell=\"G5\")",
        };
        for (String markup : refused) {
            byte[] template;
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(new TemplateSheets(null).template(TemplateSheets.VALIDATION)));
                 java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
                wb.getSheetAt(0).getRow(4).getCell(0).getCellComment().setString(
                        wb.getCreationHelper().createRichTextString(markup));
                wb.write(out);
                template = out.toByteArray();
            }
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TemplateSheets.checkMarkup(template, TemplateSheets.VALIDATION), markup);
            assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
        }
    }

    @Test
    void rangesOverTheRepeatedRowsStretchOverTheFilledRows() {
        int[] each = {4, 4};
        assertEquals("A4:G11", TemplateSheets.stretch(CellRangeAddress.valueOf("A4:G5"), each, 7).formatAsString());
        assertEquals("F5:G16", TemplateSheets.stretch(CellRangeAddress.valueOf("F5:G5"), each, 12).formatAsString());
        assertEquals("A1:G1", TemplateSheets.stretch(CellRangeAddress.valueOf("A1:G1"), each, 12).formatAsString());
        assertEquals("A18:B18", TemplateSheets.stretch(CellRangeAddress.valueOf("A7:B7"), each, 12).formatAsString());
        assertNull(TemplateSheets.stretch(CellRangeAddress.valueOf("F5:G5"), each, 0));
        assertEquals("A4:G4", TemplateSheets.stretch(CellRangeAddress.valueOf("A4:G5"), each, 0).formatAsString());
    }

    private static byte[] fill(Cell cell) {
        XSSFColor colour = ((XSSFCellStyle) cell.getCellStyle()).getFillForegroundColorColor();
        assertNotNull(colour, cell.getAddress().toString());
        return colour.getRGB();
    }

    private static void comment(Sheet sheet, Cell cell, String text) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex());
        anchor.setCol2(cell.getColumnIndex() + 2);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 2);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        cell.setCellComment(comment);
    }

    private static <T> T withOverride(Path templates, Callable<T> action) throws Exception {
        String old = System.getProperty(TemplateSheets.OVERRIDE_PROPERTY);
        System.setProperty(TemplateSheets.OVERRIDE_PROPERTY, templates.toString());
        try {
            return action.call();
        } finally {
            if (old == null) {
                System.clearProperty(TemplateSheets.OVERRIDE_PROPERTY);
            } else {
                System.setProperty(TemplateSheets.OVERRIDE_PROPERTY, old);
            }
        }
    }
}
