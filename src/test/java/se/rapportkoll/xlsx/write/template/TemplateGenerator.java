package se.rapportkoll.xlsx.write.template;

import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import se.rapportkoll.xlsx.write.Styles;

/**
 * Writes the starting versions of the templates in {@code workbook-templates/}; after that the
 * finance team may restyle the files in Excel and commit them. Run from the project folder:
 * {@code mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=se.rapportkoll.xlsx.write.TemplateGenerator}
 * (optionally {@code -Dexec.args=DIR}). The styles are those the tool's sheets had when code built them.
 */
public final class TemplateGenerator {

    private TemplateGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "workbook-templates");
        Files.createDirectories(dir);
        write(validation(), dir.resolve(TemplateSheets.VALIDATION));
        write(deviations(), dir.resolve(TemplateSheets.DEVIATIONS));
    }

    static XSSFWorkbook validation() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = Styles.in(wb);
        Sheet sheet = wb.createSheet("Validering");
        text(sheet, 0, 0, "${title}", st.title);
        comment(sheet, 0, 0, "jx:area(lastCell=\"H5\")");
        text(sheet, 1, 0, "${summary}", st.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
        sheet.getRow(1).setHeightInPoints(30);
        String[] headers = {"severity", "rule", "sheet", "cell", "message", "expected", "actual", "detail"};
        for (int i = 0; i < headers.length; i++) {
            text(sheet, 3, i, "${text." + headers[i] + "}", st.header);
        }
        // the detail indented, so that it never runs into the found value before it on the page
        CellStyle detail = wb.createCellStyle();
        detail.cloneStyleFrom(st.wrapped);
        detail.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
        detail.setIndention((short) 1);
        CellStyle[] styles = {st.info, st.text, st.text, st.link, st.wrapped, st.number, st.number, detail};
        for (int i = 0; i < headers.length; i++) {
            text(sheet, 4, i, "${f." + headers[i] + "}", styles[i]);
        }
        comment(sheet, 4, 0, "jx:each(items=\"findings\" var=\"f\" lastCell=\"H5\")");
        // the message says what is wrong and what to do; the figures and reasons beside the values
        int[] widths = {12, 22, 18, 8, 52, 14, 14, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 4);
        sheet.setAutoFilter(new CellRangeAddress(3, 4, 0, 7));
        printLandscapeOnePageWide(sheet);
        styles(wb, new String[][]{
                {"error", "Allvarlighet fel"}, {"warning", "Allvarlighet varning"}, {"info", "Allvarlighet info"}},
                new CellStyle[]{st.error, st.warning, st.info});
        return wb;
    }

    static XSSFWorkbook deviations() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = Styles.in(wb);
        Sheet sheet = wb.createSheet("Avvikelser");
        text(sheet, 0, 0, "${title}", st.title);
        comment(sheet, 0, 0, "jx:area(lastCell=\"K5\")");
        text(sheet, 1, 0, "${note}", st.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 10));
        sheet.getRow(1).setHeightInPoints(30);
        String[] headers = {"table", "row", "unit", "periodBudget", "periodActual", "periodDeviation", "periodPercent",
                "yearBudget", "forecast", "yearDeviation", "yearPercent"};
        String[] fields = {"table", "label", "unit", "periodBudget", "periodActual", "periodDeviation", "periodPercent",
                "yearBudget", "forecast", "yearDeviation", "yearPercent"};
        // a table name wraps rather than being cut by the Rad column on the page (the sheet's title may be the name)
        CellStyle[] styles = {st.wrapped, st.text, st.text, st.number, st.number, st.number, st.percent,
                st.number, st.number, st.number, st.percent};
        for (int i = 0; i < headers.length; i++) {
            text(sheet, 3, i, "${text." + headers[i] + "}", st.header);
            text(sheet, 4, i, "${d." + fields[i] + "}", styles[i]);
        }
        sheet.getRow(3).setHeightInPoints(62);
        comment(sheet, 4, 0, "jx:each(items=\"lines\" var=\"d\" lastCell=\"K5\")");
        int[] widths = {34, 30, 7, 13, 13, 13, 17, 13, 13, 13, 17};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        colourDeviations(sheet);
        sheet.createFreezePane(2, 4);
        sheet.setAutoFilter(new CellRangeAddress(3, 4, 0, 10));
        printLandscapeOnePageWide(sheet);
        styles(wb, new String[][]{
                {"boldText", "Summarad, text"}, {"boldNumber", "Summarad, belopp"}, {"boldPercent", "Summarad, procent"}},
                new CellStyle[]{st.boldText, st.boldNumber, st.boldPercent});
        return wb;
    }

    /** The sheet of named styles the data picks from: key, a cell in the style, what it is for. */
    private static void styles(XSSFWorkbook wb, String[][] keys, CellStyle[] styles) {
        Sheet sheet = wb.createSheet(TemplateSheets.STYLES_SHEET);
        text(sheet, 0, 0, "Stilnamn (ändra inte)", null);
        text(sheet, 0, 1, "Stil (formatera om cellen)", null);
        text(sheet, 0, 2, "Används till", null);
        for (int i = 0; i < keys.length; i++) {
            text(sheet, i + 1, 0, keys[i][0], null);
            text(sheet, i + 1, 1, "Exempel 1 234", styles[i]);
            text(sheet, i + 1, 2, keys[i][1], null);
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 30 * 256);
    }

    private static void colourDeviations(Sheet sheet) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule unfavourable = cf.createConditionalFormattingRule(ComparisonOperator.LT, "0");
        FontFormatting red = unfavourable.createFontFormatting();
        red.setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        PatternFormatting redFill = unfavourable.createPatternFormatting();
        redFill.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        redFill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        ConditionalFormattingRule favourable = cf.createConditionalFormattingRule(ComparisonOperator.GT, "0");
        FontFormatting green = favourable.createFontFormatting();
        green.setFontColorIndex(IndexedColors.GREEN.getIndex());
        PatternFormatting greenFill = favourable.createPatternFormatting();
        greenFill.setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        greenFill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[]{
                new CellRangeAddress(4, 4, 5, 6), new CellRangeAddress(4, 4, 9, 10)}, unfavourable, favourable);
    }

    private static void printLandscapeOnePageWide(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        row.createCell(c).setCellValue(value);
        if (style != null) {
            row.getCell(c).setCellStyle(style);
        }
    }

    private static void comment(Sheet sheet, int r, int c, String markup) {
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(c);
        anchor.setCol2(c + 3);
        anchor.setRow1(r);
        anchor.setRow2(r + 3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(markup));
        comment.setAuthor("rapportkoll");
        sheet.getRow(r).getCell(c).setCellComment(comment);
    }

    private static void write(XSSFWorkbook wb, Path file) throws IOException {
        try (wb; OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
