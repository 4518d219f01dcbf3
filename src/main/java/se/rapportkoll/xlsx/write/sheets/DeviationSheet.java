package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.xlsx.write.PrintLayout;
import se.rapportkoll.xlsx.write.StyleCopier;
import se.rapportkoll.xlsx.write.template.TemplateRows;
import se.rapportkoll.xlsx.write.template.TemplateSheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The deviations sheet, from the template {@code avvikelser.xlsx}: one row per budget-table row,
 * every figure a formula over the user's cells with its value cached, deviations red when
 * unfavourable and green when favourable (the template's conditional formatting).
 * What each column shows is in {@link TemplateRows.DeviationRow}.
 */
public final class DeviationSheet {

    /** The template's column of table names, and the row of its first line (0-based). */
    private static final int TABLE_COLUMN = 0;
    private static final int FIRST_LINE_ROW = 4;

    private DeviationSheet() {
    }

    public static Sheet write(XSSFWorkbook wb, TemplateSheets templates, StyleCopier styles, Messages messages,
                       List<DeviationLine> lines) {
        TemplateRows.Directives directives = new TemplateRows.Directives();
        List<TemplateRows.DeviationRow> rows = new ArrayList<>();
        for (DeviationLine line : lines) {
            rows.add(new TemplateRows.DeviationRow(line, directives));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", messages.get("sheet.deviations.title"));
        variables.put("note", messages.get(lines.isEmpty() ? "sheet.deviations.none" : "sheet.deviations.note"));
        variables.put("text", new TemplateRows.Texts(messages, "sheet.deviations."));
        variables.put("lines", rows);
        Sheet sheet = templates.write(wb, styles, TemplateSheets.DEVIATIONS, messages.get("sheet.deviations.name"),
                variables, rows.size(), directives);
        PrintLayout.fitToLongestText(sheet, TABLE_COLUMN, FIRST_LINE_ROW); // a long table name wraps, never cut by Rad
        PrintLayout.apply(sheet);
        return sheet;
    }
}
