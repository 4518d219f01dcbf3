package se.rapportkoll.report;

import se.rapportkoll.fill.Fill;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.Period;
import se.rapportkoll.locate.Table;
import se.rapportkoll.validate.Finding;
import se.rapportkoll.validate.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable report (UTF-8 JSON). Other tools read it, so its fields are stable and
 * documented in README; new fields may be added, existing ones keep their name and meaning.
 */
public final class JsonReport {

    public static final int FORMAT_VERSION = 1;

    private JsonReport() {
    }

    public record Content(String command, String input, String inputSha256, String output, String version,
                          List<Table> tables, List<Finding> findings, List<Fill> fills,
                          List<Object> forecast, List<Object> scenarios) {

        /** A report without forecasts or scenarios. */
        public Content(String command, String input, String inputSha256, String output, String version,
                       List<Table> tables, List<Finding> findings, List<Fill> fills) {
            this(command, input, inputSha256, output, version, tables, findings, fills, List.of(), List.of());
        }
    }

    public static String render(Content c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "rapportkoll");
        root.put("version", c.version());
        root.put("command", c.command());
        root.put("input", c.input());
        root.put("inputSha256", c.inputSha256());
        root.put("output", c.output());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            summary.put(s.json(), c.findings().stream().filter(f -> f.severity() == s).count());
        }
        root.put("summary", summary);
        List<Object> tables = new ArrayList<>();
        for (Table t : c.tables()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", t.sheetName());
            m.put("range", t.range());
            m.put("title", t.title());
            m.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
            m.put("unit", t.unit() == se.rapportkoll.locate.Unit.UNKNOWN ? null : t.unit().label());
            m.put("period", t.mainPeriod().map(Period::display).orElse(null));
            m.put("rows", t.rows().size());
            List<Object> columns = new ArrayList<>();
            for (Column col : t.columns()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("header", col.headerText());
                cm.put("kind", col.kind().name().toLowerCase(java.util.Locale.ROOT));
                cm.put("period", col.period().display().isEmpty() ? null : col.period().display());
                columns.add(cm);
            }
            m.put("columns", columns);
            tables.add(m);
        }
        root.put("tables", tables);
        List<Object> findings = new ArrayList<>();
        for (Finding f : c.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().json());
            m.put("rule", f.rule());
            m.put("sheet", f.sheet());
            m.put("cell", f.cell());
            m.put("message", f.message());
            m.put("expected", f.expected());
            m.put("actual", f.actual());
            findings.add(m);
        }
        root.put("findings", findings);
        List<Object> fills = new ArrayList<>();
        for (Fill f : c.fills()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sheet", f.sheet());
            m.put("cell", f.address());
            m.put("formula", "=" + f.formula());
            m.put("value", f.value());
            fills.add(m);
        }
        root.put("filled", fills);
        // full-year forecasts per line and method, and the low/base/high scenarios (see README)
        root.put("forecast", c.forecast());
        root.put("scenarios", c.scenarios());
        return Json.write(root);
    }
}
