package se.rapportkoll.write;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.validate.Finding;
import se.rapportkoll.validate.Rules;
import se.rapportkoll.validate.Severity;

import java.util.List;
import java.util.Set;

/**
 * The findings sheet: a summary line, then one row per finding sorted by severity, the cell as a
 * hyperlink to it, the expected value as a formula over the user's cells where there is one and
 * the found value as a reference to the cell, so both stay live after the user corrects a figure.
 */
final class FindingsSheet {

    private static final int HEADER_ROW = 3;
    private static final int MESSAGE_WIDTH = 100;
    private static final int MESSAGE_CHARS_PER_LINE = 95;
    private static final float LINE_HEIGHT_POINTS = 15f;
    /** Rules whose cell holds the number compared, so that Found can refer to it. */
    private static final Set<String> NUMERIC_CELL_RULES = Set.of(Rules.DEVIATION, Rules.TOTAL, Rules.CROSS_TABLE);

    private FindingsSheet() {
    }

    static Sheet write(XSSFWorkbook wb, Styles styles, Messages messages, List<Finding> findings, String inputName,
                       String checkedAt, String version) {
        Sheet sheet = wb.createSheet(ToolSheets.freeName(wb, messages.get("sheet.findings.name")));
        ToolSheets.mark(wb, sheet);
        text(sheet, 0, 0, messages.get("sheet.findings.title", inputName), styles.title);
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        String summary = findings.isEmpty() ? messages.get("sheet.findings.none")
                : messages.get("sheet.findings.summary", errors, warnings, infos, checkedAt, version);
        text(sheet, 1, 0, summary, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 6));
        sheet.getRow(1).setHeightInPoints(2 * LINE_HEIGHT_POINTS);

        String[] headers = {"severity", "rule", "sheet", "cell", "message", "expected", "actual"};
        for (int i = 0; i < headers.length; i++) {
            text(sheet, HEADER_ROW, i, messages.get("sheet.findings." + headers[i]), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (Finding f : findings) {
            Row row = sheet.createRow(r);
            text(sheet, r, 0, messages.get("severity." + f.severity().json()), severityStyle(styles, f.severity()));
            text(sheet, r, 1, f.rule(), styles.text);
            text(sheet, r, 2, f.sheet() == null ? "" : f.sheet(), styles.text);
            if (f.sheet() != null && f.cell() != null) {
                Cell cell = row.createCell(3);
                cell.setCellValue(f.cell());
                Hyperlink link = wb.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                link.setAddress(Formulas.quoteSheet(f.sheet()) + "!" + f.cell());
                cell.setHyperlink(link);
                cell.setCellStyle(styles.link);
            }
            text(sheet, r, 4, f.message(), styles.wrapped);
            // Viewers do not size rows to wrapped text written by POI; give each message its lines.
            int lines = Math.max(1, (int) Math.ceil(f.message().length() / (double) MESSAGE_CHARS_PER_LINE));
            row.setHeightInPoints(lines * LINE_HEIGHT_POINTS);
            if (f.expected() != null) {
                Cell cell = row.createCell(5);
                if (f.expectedFormula() != null) {
                    cell.setCellFormula(f.expectedFormula());
                }
                cell.setCellValue(f.expected());
                cell.setCellStyle(styles.number);
            }
            if (f.actual() != null) {
                Cell cell = row.createCell(6);
                if (NUMERIC_CELL_RULES.contains(f.rule()) && f.sheet() != null && f.cell() != null) {
                    cell.setCellFormula(Formulas.quoteSheet(f.sheet()) + "!" + f.cell());
                }
                cell.setCellValue(f.actual());
                cell.setCellStyle(styles.number);
            }
            r++;
        }
        int[] widths = {12, 22, 18, 8, MESSAGE_WIDTH, 14, 14};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        if (!findings.isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, headers.length - 1));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    private static CellStyle severityStyle(Styles styles, Severity severity) {
        return switch (severity) {
            case ERROR -> styles.error;
            case WARNING -> styles.warning;
            case INFO -> styles.info;
        };
    }

    static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
