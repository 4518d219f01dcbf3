package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.prose.TextDraft;
import se.rapportkoll.xlsx.write.FormulaCells;
import se.rapportkoll.xlsx.write.InlineText;
import se.rapportkoll.xlsx.write.PrintLayout;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.ToolSheets;

/**
 * The text draft sheet: puts the cells {@link TextDraft} laid out into the workbook, formulas with
 * their cached values, styled with the tool's shared styles. Column A holds one sentence per cell.
 */
public final class TextDraftSheet {

    private TextDraftSheet() {
    }

    public static Sheet write(XSSFWorkbook wb, Styles styles, Messages messages, TextDraft.Sheet draft) {
        if (draft.isEmpty()) {
            return null;
        }
        Sheet sheet = wb.createSheet(ToolSheets.freeName(wb, messages.get("prose.sheet.name")));
        ToolSheets.mark(wb, sheet);
        for (TextDraft.Cell c : draft.cells()) {
            Row row = sheet.getRow(c.row()) == null ? sheet.createRow(c.row()) : sheet.getRow(c.row());
            Cell cell = row.createCell(c.col());
            if (c.formula() != null) {
                if (c.number() != null) {
                    FormulaCells.set(cell, c.formula(), c.number());
                } else {
                    FormulaCells.set(cell, c.formula(), c.text());
                }
            } else if (c.number() != null) {
                cell.setCellValue(c.number());
            } else {
                InlineText.set(cell, c.text());
            }
            cell.setCellStyle(style(styles, c.style()));
        }
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 2));
        sheet.getRow(1).setHeightInPoints(75);
        int[] widths = {100, 26, 12, 12, 14, 40, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        PrintLayout.apply(sheet);
        return sheet;
    }

    private static CellStyle style(Styles s, TextDraft.Style style) {
        return switch (style) {
            case TITLE -> s.title;
            case NOTE -> s.note;
            case HEADING -> s.boldText;
            case SENTENCE -> s.wrapped;
            case HEADER -> s.header;
            case TEXT -> s.text;
            case AMOUNT -> s.indentedText;
            case NUMBER -> s.number;
            case PERCENT -> s.percent;
        };
    }
}
