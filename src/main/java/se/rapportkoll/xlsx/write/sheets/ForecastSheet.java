package se.rapportkoll.xlsx.write.sheets;

import se.rapportkoll.analyse.forecast.ForecastMethods;
import se.rapportkoll.analyse.forecast.LineForecast;
import se.rapportkoll.analyse.forecast.Method;
import se.rapportkoll.analyse.forecast.NotApplicable;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.analyse.forecast.ScenarioSettings;
import se.rapportkoll.analyse.forecast.Scenarios;
import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.analyse.forecast.ScenarioSettings.Scenario;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.xlsx.write.SheetWriter;
import se.rapportkoll.xlsx.write.Styles;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sheet "Prognos och scenarier": per line the methods beside the controller's forecast, the
 * backtest, the scenario tables and a chart per line. Figures whose inputs are cells are formulas
 * over them (values cached); trend and ETS are computed values, since no worksheet function gives
 * them as the tool computes them.
 */
public final class ForecastSheet {

    private static final int C_LINE = 0, C_UPTO = 1, C_SOFAR = 2, C_RUN = 3, C_SEASONAL = 4, C_TREND = 5,
            C_TLOW = 6, C_THIGH = 7, C_ETS = 8, C_BUDGET = 9, C_PROGNOS = 10, C_LOWEST = 11, C_HIGHEST = 12, C_GAP = 13;
    private static final Method[] COLUMN_METHODS = {Method.RUN_RATE, Method.SEASONAL, Method.TREND, null, null, Method.ETS, Method.BUDGET_REMAINDER};

    /** The low and high change columns of the care-type table. */
    private static final int C_LOW = 6, C_HIGH = 7;

    private final Messages messages;
    private final Styles styles;
    private final SheetWriter w;
    private int r;

    private ForecastSheet(Messages messages, SheetWriter w) {
        this.messages = messages;
        this.styles = w.styles();
        this.w = w;
    }

    /**
     * Writes the sheet (marked as the tool's, replaced on the next run), its scenarios over the
     * settings sheet {@code settingsName} that {@link ScenarioSettingsSheet#ensure} gave (null: none). Returns the forecast sheet.
     */
    public static Sheet write(XSSFWorkbook wb, Styles styles, Messages messages, Forecasting.Outcome outcome,
                              String settingsName) {
        SheetWriter w = SheetWriter.toolSheet(wb, styles, messages.get("forecast.sheet.name"));
        new ForecastSheet(messages, w).writeAll(outcome, settingsName);
        return w.sheet();
    }

    private void writeAll(Forecasting.Outcome outcome, String settingsName) {
        text(0, 0, messages.get("forecast.sheet.title"), styles.title);
        text(1, 0, messages.get(outcome.lines().isEmpty() ? "forecast.sheet.none" : "forecast.sheet.note"), styles.note);
        w.merge(1, 0, C_GAP);
        w.height(1, outcome.lines().isEmpty() ? 32 : 92);
        r = 3;
        List<Integer> lineRows = new ArrayList<>();
        if (!outcome.lines().isEmpty()) {
            lineRows = methods(outcome.lines());
            backtest(outcome.lines());
        }
        if (!outcome.roundChanges().isEmpty()) {
            roundChanges(outcome.roundChanges());
        }
        if (outcome.scenarios() != null && !outcome.scenarios().lines().isEmpty() && settingsName != null) {
            scenarios(outcome.scenarios(), settingsName);
        }
        if (!outcome.lines().isEmpty()) {
            r++;
            ForecastChart.write(w, messages, outcome.lines(), r);
        }
        w.widths(26, 11, 13, 13, 13, 13, 13, 13, 13, 14, 13, 13, 13, 15);
        w.sheet().createFreezePane(1, 0);
        w.printLayout();
    }

    /** The methods table; returns the sheet row of each line. */
    private List<Integer> methods(List<LineForecast> lines) {
        text(r++, 0, messages.get("forecast.methods.section"), styles.section);
        String[] headers = {"line", "upTo", "soFar", "runRate", "seasonal", "trend", "trendLow", "trendHigh", "ets",
                "budgetRemainder", "prognos", "lowest", "highest", "gap"};
        header(r++, headers);
        List<Integer> rows = new ArrayList<>();
        for (LineForecast f : lines) {
            rows.add(r);
                        text(r, C_LINE, f.label(), styles.boldText);
            text(r, C_UPTO, Forecasting.monthName(f.year(), f.month(), messages), styles.text);
            List<int[]> current = cells(f, f.year(), f.month());
            formula(r, C_SOFAR, Formulas.sum(f.table().sheetName(), current), f.actualSoFar(), styles.number);
            String soFar = a1(r, C_SOFAR);
            Method best = f.best().orElse(null);
            f.estimate(Method.RUN_RATE).ifPresent(e ->
                    formula(r, C_RUN, soFar + "/" + f.month() + "*12", e.fullYear(), style(best, Method.RUN_RATE)));
            f.estimate(Method.SEASONAL).ifPresent(e -> {
                String prevPart = Formulas.sum(f.table().sheetName(), cells(f, f.year() - 1, f.month()));
                String prevYear = Formulas.sum(f.table().sheetName(), cells(f, f.year() - 1, 12));
                formula(r, C_SEASONAL, soFar + "/(" + prevPart + "/" + prevYear + ")", e.fullYear(), style(best, Method.SEASONAL));
            });
            f.estimate(Method.TREND).ifPresent(e -> {
                value(r, C_TREND, e.fullYear(), style(best, Method.TREND));
                if (e.lower() != null) {
                    value(r, C_TLOW, e.lower(), styles.number);
                    value(r, C_THIGH, e.upper(), styles.number);
                }
            });
            f.estimate(Method.ETS).ifPresent(e -> value(r, C_ETS, e.fullYear(), style(best, Method.ETS)));
            f.estimate(Method.BUDGET_REMAINDER).ifPresent(e -> formula(r, C_BUDGET, soFar + "+" + ref(f.report().yearBudget())
                    + "-" + ref(f.report().periodBudget()), e.fullYear(), styles.number));
            for (NotApplicable n : f.notApplicable()) {
                text(r, column(n.method()), messages.get("forecast.na"), styles.note);
            }
            String range = a1(r, C_RUN) + ":" + a1(r, C_TREND) + "," + a1(r, C_ETS) + ":" + a1(r, C_BUDGET);
            formula(r, C_LOWEST, "MIN(" + range + ")", f.lowest(), styles.number);
            formula(r, C_HIGHEST, "MAX(" + range + ")", f.highest(), styles.number);
            f.controllerForecast().ifPresent(p -> {
                formula(r, C_PROGNOS, ref(f.report().forecast()), p, styles.boldNumber);
                String k = a1(r, C_PROGNOS), l = a1(r, C_LOWEST), m = a1(r, C_HIGHEST);
                // the gap where there is one; "inom" where Prognos lies within the methods' range, and
                // nothing with fewer than two methods, which make no range (see LineForecast.gapOutsideMethods)
                String within = messages.get("forecast.gap.within");
                String gap = "IF(COUNT(" + range + ")<2,\"\",IF(" + k + "<" + l + "," + k + "-" + l + ",IF(" + k + ">" + m + ","
                        + k + "-" + m + ",\"" + within + "\")))";
                if (f.gapOutsideMethods().isPresent()) {
                    w.formula(r, C_GAP, gap, f.gapOutsideMethods().get(), styles.gap);
                } else {
                    w.formula(r, C_GAP, gap, f.estimates().size() < 2 ? "" : within, styles.gap);
                }
            });
            r++;
        }
        w.height(rows.get(0) - 1, 47);
        notApplicable(lines);
        methodNotes();
        return rows;
    }

    private static int column(Method m) {
        return switch (m) {
            case RUN_RATE -> C_RUN;
            case SEASONAL -> C_SEASONAL;
            case TREND -> C_TREND;
            case ETS -> C_ETS;
            case BUDGET_REMAINDER -> C_BUDGET;
        };
    }

    /** Each method marked "not applicable" above, with its reason: one row per method and reason, naming its lines. */
    private void notApplicable(List<LineForecast> lines) {
        Map<String, List<String>> byReason = new java.util.LinkedHashMap<>();
        for (LineForecast f : lines) {
            for (NotApplicable n : f.notApplicable()) {
                byReason.computeIfAbsent(messages.get("forecast.col." + n.method().id()) + "\t" + reason(n), k -> new ArrayList<>())
                        .add(f.label());
            }
        }
        if (byReason.isEmpty()) {
            return;
        }
        r++;
        text(r++, 0, messages.get("forecast.na.section"), styles.section);
        mergedHeader(r, "naMethod", 0, 2);
        mergedHeader(r, "naLine", 3, 5);
        mergedHeader(r, "naReason", 6, C_GAP);
        r++;
        for (Map.Entry<String, List<String>> e : byReason.entrySet()) {
            String[] methodAndReason = e.getKey().split("\t", 2);
            text(r, 0, methodAndReason[0], styles.text);
            w.merge(r, 0, 2);
            text(r, 3, String.join(", ", e.getValue()), styles.text);
            w.merge(r, 3, 5);
            text(r, 6, methodAndReason[1], styles.text);
            w.merge(r, 6, C_GAP);
            r++;
        }
    }

    private void mergedHeader(int row, String key, int from, int to) {
        for (int c = from; c <= to; c++) {
            text(row, c, c == from ? messages.get("forecast.col." + key) : "", styles.header);
        }
        w.merge(row, from, to);
    }

    private String reason(NotApplicable n) {
        List<Object> args = n.args().stream().map(a -> a instanceof Double d ? messages.number(Math.round(d * 1000) / 10.0) + " %" : (Object) String.valueOf(a)).toList();
        return messages.get("forecast.na." + n.reason(), args.toArray());
    }

    /** How each figure of the table is made: one note per method. */
    private void methodNotes() {
        r++;
        text(r++, 0, messages.get("forecast.methods.how"), styles.section);
        String[] keys = {"runRate", "seasonal", "trend", "trendInterval", "ets", "budgetRemainder", "prognos", "gap"};
        for (String k : keys) {
            String name = k.equals("trendInterval") ? messages.get("forecast.col.trendLow") + " / " + messages.get("forecast.col.trendHigh")
                    : messages.get("forecast.col." + k);
            text(r, 0, name, styles.noteName);
            w.merge(r, 0, 2); // the longest method name needs three columns
            text(r, 3, messages.get("forecast.method." + k), styles.note);
            w.merge(r, 3, C_GAP);
            w.height(r, 30);
            r++;
        }
    }

    private void backtest(List<LineForecast> lines) {
        r++;
        text(r++, 0, messages.get("forecast.backtest.section"), styles.section);
        if (lines.stream().allMatch(f -> f.backtestErrors().isEmpty())) {
            // last year's twelve months there, but no method applied at this month last year either
            boolean lastYear = lines.stream().anyMatch(f -> f.line().months(f.year() - 1, 12) != null);
            text(r, 0, messages.get(lastYear ? "forecast.backtest.notApplicable" : "forecast.backtest.none"), styles.note);
            w.merge(r, 0, C_GAP);
            r++;
            return;
        }
        header(r++, new String[] {"line", "upTo", "lastYear", "runRate", "seasonal", "trend", null, null, "ets", "budgetRemainder", "best"});
        for (LineForecast f : lines) {
                        text(r, C_LINE, f.label(), styles.boldText);
            text(r, C_UPTO, Forecasting.monthName(f.year() - 1, f.month(), messages), styles.text);
            double[] last = f.line().months(f.year() - 1, 12);
            if (last != null) {
                formula(r, C_SOFAR, Formulas.sum(f.table().sheetName(), cells(f, f.year() - 1, 12)), ForecastMethods.sum(last), styles.number);
            }
            Method best = f.best().orElse(null);
            for (int i = 0; i < COLUMN_METHODS.length; i++) {
                Method m = COLUMN_METHODS[i];
                if (m != null && f.backtestErrors().containsKey(m)) {
                    value(r, C_RUN + i, f.backtestErrors().get(m), style(best, m));
                }
            }
            if (best != null) {
                text(r, C_PROGNOS, messages.get("forecast.col." + best.id()), styles.boldText);
            }
            r++;
        }
    }

    /** Each line's forecast against the round before, as formulas over both cells; positive = better. */
    private void roundChanges(List<Forecasting.RoundChange> changes) {
        r++;
        text(r++, 0, messages.get("forecast.rounds.section"), styles.section);
        String previous = changes.get(0).previousHeader();
        String current = changes.get(0).currentHeader();
        text(r, 0, messages.get("forecast.col.line"), styles.header);
        text(r, 1, previous, styles.header);
        text(r, 2, current, styles.header);
        text(r, 3, messages.get("forecast.rounds.change"), styles.header);
        w.height(r++, 47);
        for (Forecasting.RoundChange c : changes) {
                        text(r, 0, c.line().label(), c.line().kind().isTotal() ? styles.boldText : styles.text);
            formula(r, 1, ref(c.previous()), c.previous().value(), styles.number);
            formula(r, 2, ref(c.line().forecast()), c.line().forecast().value(), styles.number);
            String diff = a1(r, 2) + "-" + a1(r, 1);
            formula(r, 3, c.line().favourableSign() < 0 ? "-(" + diff + ")" : diff, c.change(), styles.boldNumber);
            r++;
        }
    }

    private void scenarios(Scenarios.Result s, String settingsName) {
        r++;
        text(r++, 0, messages.get("forecast.scenario.section"), styles.section);
        text(r, 0, messages.get("forecast.scenario.note", settingsName), styles.note);
        w.merge(r, 0, C_GAP);
        w.height(r++, 45);
        if (!s.unmatched().isEmpty()) {
            text(r, 0, messages.get("forecast.scenario.unmatched", settingsName, String.join(", ", s.unmatched())), styles.note);
            w.merge(r, 0, C_GAP);
            w.height(r++, 16);
        }
        int careFirst = -1, careLast = -1, measureFirst = -1, measureLast = -1;
        if (!s.careCosts().isEmpty()) {
            header(r++, new String[] {"careType", "volume", "booked", "remaining", "price", "cost", "low", "high"});
            careFirst = r;
            for (Scenarios.CareCost c : s.careCosts()) {
                                text(r, 0, c.settings().volumeRow(), styles.text);
                formula(r, 1, ref(c.volume()), c.volume().value(), styles.number);
                if (c.booked() != null) {
                    formula(r, 2, ref(c.booked()), c.booked().value(), styles.number);
                    formula(r, 3, a1(r, 1) + "-" + a1(r, 2), c.remainingVolume(), styles.number);
                } else {
                    formula(r, 3, a1(r, 1), c.remainingVolume(), styles.number); // nothing booked: the whole year
                }
                formula(r, 4, ref(c.price()), c.price().value(), styles.number);
                String v = a1(r, 3), p = a1(r, 4);
                formula(r, 5, a1(r, 1) + "*" + p + "/1000", c.costTkr(), styles.number);
                int sr = c.settings().row();
                ScenarioSettings.CareType t = c.settings();
                ScenarioSettings set = s.settings();
                formula(r, C_LOW, change(v, p, set.operand(settingsName, sr, 2, t.volumeLow()), set.operand(settingsName, sr, 4, t.priceLow())),
                        c.resultChange(Scenario.LOW), styles.number);
                formula(r, C_HIGH, change(v, p, set.operand(settingsName, sr, 3, t.volumeHigh()), set.operand(settingsName, sr, 5, t.priceHigh())),
                        c.resultChange(Scenario.HIGH), styles.number);
                careLast = r++;
            }
            r++;
        }
        if (!s.settings().measures().isEmpty()) {
            header(r++, new String[] {"measure", "measureCost", "measureEffect", "measureRealised", "measureUnrealised",
                    "low", "base", "high"});
            measureFirst = r;
            ScenarioSettings set = s.settings();
            for (ScenarioSettings.Measure m : set.measures()) {
                                text(r, 0, m.name(), styles.wrapped);
                formula(r, 1, set.operand(settingsName, m.row(), 1, m.cost()), m.cost(), styles.number);
                formula(r, 2, set.operand(settingsName, m.row(), 2, m.expected()), m.expected(), styles.number);
                formula(r, 3, set.operand(settingsName, m.row(), 3, m.realised()), m.realised(), styles.number);
                formula(r, 4, a1(r, 2) + "-" + a1(r, 3), m.unrealised(), styles.number);
                String included = ScenarioSettings.yesFormula(Formulas.ref(settingsName, m.row(), 4));
                String unrealised = a1(r, 4), cost = a1(r, 1);
                for (Scenario sc : new Scenario[] {Scenario.LOW, Scenario.HIGH}) {
                    String comes = ScenarioSettings.yesFormula(Formulas.ref(settingsName, m.row(), sc == Scenario.LOW ? 5 : 6));
                    formula(r, sc == Scenario.LOW ? 5 : 7, "IF(" + included + ",IF(" + comes + ",0,-" + unrealised + "),IF("
                            + comes + "," + unrealised + "-" + cost + ",0))", m.contribution(sc), styles.number);
                }
                value(r, 6, 0, styles.number); // base is the controller's Prognos, which counts the measures as it does
                w.height(r, 45);
                measureLast = r++;
            }
            r++;
        }
        if (!s.otherYears().isEmpty()) {
            text(r, 0, messages.get("forecast.scenario.otherYears", String.join("; ", s.otherYears().stream()
                    .map(m -> m.name() + " (" + m.effectYear() + ")").toList())), styles.note);
            w.merge(r, 0, C_GAP);
            w.height(r++, 30);
            r++;
        }
        header(r++, new String[] {"line", "budget", "prognos", "low", "base", "high", "lowDev", "baseDev", "highDev"});
        for (DeviationLine line : s.lines()) {
                        text(r, 0, line.label(), styles.boldText);
            formula(r, 1, ref(line.yearBudget()), line.yearBudget().value(), styles.number);
            formula(r, 2, ref(line.forecast()), line.forecast().value(), styles.number);
            String prognos = a1(r, 2);
            List<Scenarios.Outcome> outs = s.outcomes().stream().filter(o -> o.line() == line).toList();
            for (int i = 0; i < 3; i++) {
                Scenario sc = Scenario.values()[i];
                StringBuilder f = new StringBuilder(prognos);
                if (careFirst >= 0 && sc != Scenario.BASE) {
                    int col = sc == Scenario.LOW ? C_LOW : C_HIGH;
                    f.append("+SUM(").append(a1(careFirst, col)).append(':').append(a1(careLast, col)).append(')');
                }
                if (measureFirst >= 0 && sc != Scenario.BASE) {
                    f.append("+SUM(").append(a1(measureFirst, 5 + i)).append(':').append(a1(measureLast, 5 + i)).append(')');
                }
                double v = outs.get(i).fullYear();
                formula(r, 3 + i, f.toString(), v, styles.boldNumber);
                formula(r, 6 + i, a1(r, 3 + i) + "-" + a1(r, 1), v - line.yearBudget().value(), styles.number);
            }
            r++;
        }
    }

    /** Change in result of a care type: −(V·(1+dv)·P·(1+dp) − V·P)/1000 with dv, dp from the settings. */
    private static String change(String v, String p, String dv, String dp) {
        return "-(" + v + "*(1+" + dv + ")*" + p + "*(1+" + dp + ")-" + v + "*" + p + ")/1000";
    }

    private CellStyle style(Method best, Method m) {
        return m == best ? styles.best : styles.number;
    }

    /** The cells of months 1..upTo of a year of a line, as [row, col]. */
    private static List<int[]> cells(LineForecast f, int year, int upTo) {
        List<int[]> out = new ArrayList<>();
        Map<YearMonth, Integer> cols = f.table().columns();
        for (int m = 1; m <= upTo; m++) {
            out.add(new int[] {f.line().row(), cols.get(YearMonth.of(year, m))});
        }
        return out;
    }

    private void header(int row, String[] keys) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                text(row, i, messages.get("forecast.col." + keys[i]), styles.header);
            } else {
                text(row, i, "", styles.header);
            }
        }
        w.height(row, 47);
    }

    private void text(int row, int col, String text, CellStyle style) {
        w.text(row, col, text, style);
    }

    /** A formula over the user's cells, cached with their value (0 for an empty one, as Excel counts it). */
    private void formula(int row, int col, String formula, Double cached, CellStyle style) {
        w.formula(row, col, formula, cached == null ? 0.0 : cached, style);
    }

    private void value(int row, int col, double v, CellStyle style) {
        w.number(row, col, v, style);
    }

    private static String ref(SourceCell v) {
        return Formulas.ref(v.sheet(), v.row(), v.col());
    }

    private static String a1(int row, int col) {
        return SheetWriter.a1(row, col);
    }
}
