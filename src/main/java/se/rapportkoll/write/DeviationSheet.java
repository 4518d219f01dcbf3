package se.rapportkoll.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.CellValue;
import se.rapportkoll.analyse.DeviationLine;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;

import java.util.List;

/**
 * The deviations sheet: one row per budget-table row, every figure a formula over the user's
 * cells with its value cached, deviations red when unfavourable and green when favourable.
 */
final class DeviationSheet {

    private static final int HEADER_ROW = 3;
    private static final int COL_PERIOD_BUDGET = 3;
    private static final int COL_PERIOD_ACTUAL = 4;
    private static final int COL_PERIOD_DEV = 5;
    private static final int COL_PERIOD_PCT = 6;
    private static final int COL_YEAR_BUDGET = 7;
    private static final int COL_FORECAST = 8;
    private static final int COL_YEAR_DEV = 9;
    private static final int COL_YEAR_PCT = 10;

    private DeviationSheet() {
    }

    static Sheet write(XSSFWorkbook wb, Styles styles, Messages messages, List<DeviationLine> lines) {
        Sheet sheet = wb.createSheet(ToolSheets.freeName(wb, messages.get("sheet.deviations.name")));
        ToolSheets.mark(wb, sheet);
        FindingsSheet.text(sheet, 0, 0, messages.get("sheet.deviations.title"), styles.title);
        FindingsSheet.text(sheet, 1, 0, messages.get(lines.isEmpty() ? "sheet.deviations.none" : "sheet.deviations.note"), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COL_YEAR_PCT));
        sheet.getRow(1).setHeightInPoints(30);
        String[] headers = {"table", "row", "unit", "periodBudget", "periodActual", "periodDeviation", "periodPercent",
                "yearBudget", "forecast", "yearDeviation", "yearPercent"};
        for (int i = 0; i < headers.length; i++) {
            FindingsSheet.text(sheet, HEADER_ROW, i, messages.get("sheet.deviations." + headers[i]), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (DeviationLine line : lines) {
            boolean bold = line.kind().isTotal();
            Row row = sheet.createRow(r);
            FindingsSheet.text(sheet, r, 0, line.table(), styles.text);
            FindingsSheet.text(sheet, r, 1, line.label(), bold ? styles.boldText : styles.text);
            FindingsSheet.text(sheet, r, 2, line.unit().label(), styles.text);
            if (line.periodBudget() != null) {
                reference(row, COL_PERIOD_BUDGET, line.periodBudget(), styles, bold);
                reference(row, COL_PERIOD_ACTUAL, line.periodActual(), styles, bold);
                formula(row, COL_PERIOD_DEV, a1(r, COL_PERIOD_ACTUAL) + "-" + a1(r, COL_PERIOD_BUDGET), line.periodDeviation(), styles, bold);
                percent(row, COL_PERIOD_PCT, COL_PERIOD_DEV, COL_PERIOD_BUDGET,
                        DeviationLine.percent(line.periodDeviation(), line.periodBudget()), styles, bold);
            }
            if (line.yearBudget() != null) {
                reference(row, COL_YEAR_BUDGET, line.yearBudget(), styles, bold);
                reference(row, COL_FORECAST, line.forecast(), styles, bold);
                formula(row, COL_YEAR_DEV, a1(r, COL_FORECAST) + "-" + a1(r, COL_YEAR_BUDGET), line.yearDeviation(), styles, bold);
                percent(row, COL_YEAR_PCT, COL_YEAR_DEV, COL_YEAR_BUDGET,
                        DeviationLine.percent(line.yearDeviation(), line.yearBudget()), styles, bold);
            }
            r++;
        }
        if (!lines.isEmpty()) {
            colourDeviations(sheet, HEADER_ROW + 1, r - 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, COL_YEAR_PCT));
        }
        int[] widths = {34, 30, 7, 13, 13, 13, 17, 13, 13, 13, 17};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.getRow(HEADER_ROW).setHeightInPoints(62);
        sheet.createFreezePane(2, HEADER_ROW + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    private static void reference(Row row, int col, CellValue value, Styles styles, boolean bold) {
        formula(row, col, Formulas.ref(value.sheet(), value.row(), value.col()), value.value() == null ? 0.0 : value.value(), styles, bold);
    }

    private static void formula(Row row, int col, String formula, Double cached, Styles styles, boolean bold) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula);
        cell.setCellValue(cached == null ? 0.0 : cached);
        cell.setCellStyle(bold ? styles.boldNumber : styles.number);
    }

    /** Deviation over the absolute budget; an empty text where the budget is 0, never #DIV/0!. */
    private static void percent(Row row, int col, int deviationCol, int budgetCol, Double cached, Styles styles, boolean bold) {
        Cell cell = row.createCell(col);
        int r = row.getRowNum();
        cell.setCellFormula("IF(" + a1(r, budgetCol) + "=0,\"\"," + a1(r, deviationCol) + "/ABS(" + a1(r, budgetCol) + "))");
        if (cached == null) {
            cell.setCellValue("");
        } else {
            cell.setCellValue(cached);
        }
        cell.setCellStyle(bold ? styles.boldPercent : styles.percent);
    }

    private static void colourDeviations(Sheet sheet, int firstRow, int lastRow) {
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
        CellRangeAddress[] ranges = {
                new CellRangeAddress(firstRow, lastRow, COL_PERIOD_DEV, COL_PERIOD_PCT),
                new CellRangeAddress(firstRow, lastRow, COL_YEAR_DEV, COL_YEAR_PCT)};
        cf.addConditionalFormatting(ranges, unfavourable, favourable);
    }

    private static String a1(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }
}
