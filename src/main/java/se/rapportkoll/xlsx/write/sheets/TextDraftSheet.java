package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.prose.TextDraft;
import se.rapportkoll.xlsx.write.SheetWriter;
import se.rapportkoll.xlsx.write.Styles;

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
        SheetWriter w = SheetWriter.toolSheet(wb, styles, messages.get("prose.sheet.name"));
        for (TextDraft.Cell c : draft.cells()) {
            CellStyle style = style(styles, c.style());
            if (c.formula() != null) {
                if (c.number() != null) {
                    w.formula(c.row(), c.col(), c.formula(), c.number(), style);
                } else {
                    w.formula(c.row(), c.col(), c.formula(), c.text(), style);
                }
            } else if (c.number() != null) {
                w.number(c.row(), c.col(), c.number(), style);
            } else {
                w.text(c.row(), c.col(), c.text(), style);
            }
        }
        w.merge(1, 0, 2);
        w.height(1, 75);
        w.widths(100, 26, 12, 12, 14, 40, 12);
        w.printLayout();
        Sheet sheet = w.sheet();
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
