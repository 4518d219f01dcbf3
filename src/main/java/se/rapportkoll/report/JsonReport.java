package se.rapportkoll.report;

import se.rapportkoll.analyse.forecast.Estimate;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.analyse.forecast.LineForecast;
import se.rapportkoll.analyse.forecast.Scenarios;
import se.rapportkoll.analyse.plan.PlanProjection;
import se.rapportkoll.model.Fill;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.Period;
import se.rapportkoll.locate.Table;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;
import se.rapportkoll.analyse.volumeprice.Effect;
import se.rapportkoll.analyse.volumeprice.VolumePriceAnalysis;
import se.rapportkoll.analyse.volumeprice.VolumePriceLine;
import se.rapportkoll.model.CellRef;

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
                          VolumePriceAnalysis.Result volumePrice, Forecasting.Outcome forecast,
                          PlanProjection.Result planYears) {
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
            m.put("convention", t.convention().id());
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
            m.put("detail", f.detail());
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
        root.put("volumePrice", volumePrice(c.volumePrice()));
        root.put("volumePriceReconciliation", reconciliations(c.volumePrice()));
        // full-year forecasts per line and method, and the low/base/high scenarios (see README)
        root.put("forecast", forecast(c.forecast()));
        root.put("scenarios", scenarios(c.forecast()));
        root.put("planYears", planYears(c.planYears()));
        return Json.write(root);
    }

    /**
     * One entry per care type and scope, then per target group ("careType" is the group's name) and
     * the total ("Totalt"). Amounts in tkr, positive = favourable; volumes in days, prices in kronor
     * per day (averages for groups and the total). The split's extra parts appear only when asked for.
     */
    private static List<Object> volumePrice(VolumePriceAnalysis.Result result) {
        List<Object> entries = new ArrayList<>();
        for (VolumePriceAnalysis.Section section : result.sections()) {
            for (VolumePriceLine l : section.lines()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("careType", l.careType());
                m.put("group", l.kind() == VolumePriceLine.Kind.TOTAL ? null : l.group());
                m.put("scope", l.scope().json());
                m.put("budgetVolume", round(l.budgetVolume()));
                m.put("actualVolume", round(l.actualVolume()));
                m.put("budgetPrice", round(l.budgetPrice()));
                m.put("actualPrice", round(l.actualPrice()));
                m.put("budgetCostTkr", round(l.budgetCostTkr()));
                m.put("actualCostTkr", round(l.actualCostTkr()));
                m.put("deviationTkr", round(l.deviationTkr()));
                m.put("volumeEffectTkr", round(l.effect(Effect.VOLUME) + l.effect(Effect.VOLUME_AT_AVERAGE_PRICE) + l.effect(Effect.MIX)));
                m.put("priceEffectTkr", round(l.effect(Effect.PRICE) + l.effect(Effect.PRICE_AT_BUDGET_VOLUME)));
                for (Effect e : List.of(Effect.INTERACTION, Effect.VOLUME_AT_AVERAGE_PRICE, Effect.MIX)) {
                    if (l.effectsTkr().containsKey(e)) {
                        m.put(e.key() + "Tkr", round(l.effect(e)));
                    }
                }
                entries.add(m);
            }
        }
        return entries;
    }

    /** Budget rows the care types should explain: their deviation, what the care types explain, and the rest (tkr). */
    private static List<Object> reconciliations(VolumePriceAnalysis.Result result) {
        List<Object> entries = new ArrayList<>();
        for (VolumePriceAnalysis.Section section : result.sections()) {
            for (se.rapportkoll.analyse.volumeprice.Reconciliation r : section.reconciliations()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("row", r.label());
                m.put("sheet", r.sheet());
                m.put("budgetCell", new CellRef(r.row(), r.budgetCol()).a1());
                m.put("outcomeCell", new CellRef(r.row(), r.outcomeCol()).a1());
                m.put("scope", r.scope().json());
                m.put("deviationTkr", round(r.deviationTkr()));
                m.put("explainedTkr", round(r.explainedTkr()));
                m.put("remainingTkr", round(r.remainingTkr()));
                m.put("careTypes", r.careTypes());
                entries.add(m);
            }
        }
        return entries;
    }

    /** One object per line and method. */
    private static List<Object> forecast(Forecasting.Outcome outcome) {
        List<Object> out = new ArrayList<>();
        for (LineForecast f : outcome.lines()) {
            for (Estimate e : f.estimates()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", f.label());
                m.put("method", e.method().id());
                m.put("fullYear", tenths(e.fullYear()));
                m.put("lower", e.lower() == null ? null : tenths(e.lower()));
                m.put("upper", e.upper() == null ? null : tenths(e.upper()));
                Double error = f.backtestErrors().get(e.method());
                m.put("backtestError", error == null ? null : tenths(error));
                out.add(m);
            }
        }
        return out;
    }

    /** One object per scenario and line. */
    private static List<Object> scenarios(Forecasting.Outcome outcome) {
        List<Object> out = new ArrayList<>();
        if (outcome.scenarios() == null) {
            return out;
        }
        for (Scenarios.Outcome o : outcome.scenarios().outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", o.scenario().id());
            m.put("line", o.line().label());
            m.put("fullYear", tenths(o.fullYear()));
            m.put("deviationFromBudget", o.deviationFromBudget() == null ? null : tenths(o.deviationFromBudget()));
            out.add(m);
        }
        return out;
    }

    /** Tenths of a tkr: enough for forecasts of amounts that are whole tkr in the report. */
    private static double tenths(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** The plan years projected from the budget year, per care type and year (see README). */
    private static List<Object> planYears(PlanProjection.Result projection) {
        List<Object> entries = new ArrayList<>();
        for (PlanProjection.Line l : projection.lines()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("careType", l.careType());
            m.put("year", l.year());
            m.put("planPrice", round(l.planPrice().number()));
            m.put("projectedPrice", round(l.projectedPrice()));
            m.put("impliedPriceUplift", l.impliedUplift() == null ? null : round(l.impliedUplift() * 100) / 100);
            m.put("planVolume", round(l.planVolume().number()));
            m.put("projectedVolume", round(l.projectedVolume()));
            m.put("planCostTkr", round(l.planCostTkr()));
            m.put("projectedCostTkr", round(l.projectedCostTkr()));
            m.put("differenceTkr", round(l.differenceTkr()));
            m.put("differenceVolumeTkr", round(l.differenceVolumeTkr()));
            m.put("differencePriceTkr", round(l.differencePriceTkr()));
            m.put("impliedVolumeGrowth", l.impliedGrowth() == null ? null : round(l.impliedGrowth() * 100) / 100);
            m.put("costChangeTkr", round(l.costChangeTkr()));
            m.put("costChangeVolumeTkr", round(l.costChangeVolumeTkr()));
            m.put("costChangePriceTkr", round(l.costChangePriceTkr()));
            entries.add(m);
        }
        return entries;
    }

    /** To whole kronor (three decimals of tkr), without floating-point tails such as 1665.4550000000002. */
    private static double round(double v) {
        double r = Math.round(v * 1000) / 1000.0;
        return r == 0 ? 0.0 : r;
    }

    /** The report of check-text: the report text, the workbook, and one entry per finding about the text. */
    public static String textCheck(String report, String workbook, String workbookSha256, String version,
                                   se.rapportkoll.prose.TextCheck.Result result) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("tool", "rapportkoll");
        root.put("version", version);
        root.put("command", "check-text");
        root.put("report", report);
        root.put("input", workbook);
        root.put("inputSha256", workbookSha256);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("claims", result.claims().size());
        summary.put("agreeing", result.agreeing());
        for (Severity s : Severity.values()) {
            summary.put(s.json(), result.count(s));
        }
        root.put("summary", summary);
        List<Object> findings = new ArrayList<>();
        for (se.rapportkoll.prose.TextCheck.TextFinding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", f.severity().json());
            m.put("rule", f.rule());
            m.put("quote", f.quote());
            m.put("amount", f.amount());
            m.put("expected", f.expected());
            m.put("sheet", f.sheet());
            m.put("cell", f.cell());
            m.put("message", f.message());
            findings.add(m);
        }
        root.put("findings", findings);
        return Json.write(root);
    }
}
