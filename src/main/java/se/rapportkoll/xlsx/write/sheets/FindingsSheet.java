package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;
import se.rapportkoll.xlsx.write.PrintLayout;
import se.rapportkoll.xlsx.write.StyleCopier;
import se.rapportkoll.xlsx.write.template.TemplateRows;
import se.rapportkoll.xlsx.write.template.TemplateSheets;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings sheet, from the template {@code validering.xlsx}: a summary line, then one row per
 * finding sorted by severity, the cell as a hyperlink to it, the expected value as a formula over
 * the user's cells where there is one and the found value as a reference to the cell, so both
 * stay live after the user corrects a figure. What each column shows is in {@link TemplateRows.FindingRow}.
 */
public final class FindingsSheet {

    private FindingsSheet() {
    }

    public static Sheet write(XSSFWorkbook wb, TemplateSheets templates, StyleCopier styles, Messages messages,
                       List<Finding> findings, String inputName, String checkedAt, String version) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        long infos = findings.size() - errors - warnings;
        String summary = findings.isEmpty() ? messages.get("sheet.findings.none")
                : messages.get("sheet.findings.summary", errors, warnings, infos, checkedAt, version);
        TemplateRows.Directives directives = new TemplateRows.Directives();
        List<TemplateRows.FindingRow> rows = new ArrayList<>();
        for (Finding f : findings) {
            rows.add(new TemplateRows.FindingRow(f, messages, directives));
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", messages.get("sheet.findings.title", inputName));
        variables.put("summary", summary);
        variables.put("text", new TemplateRows.Texts(messages, "sheet.findings."));
        variables.put("findings", rows);
        Sheet sheet = templates.write(wb, styles, TemplateSheets.VALIDATION, messages.get("sheet.findings.name"),
                variables, rows.size(), directives);
        PrintLayout.apply(sheet);
        return sheet;
    }
}
