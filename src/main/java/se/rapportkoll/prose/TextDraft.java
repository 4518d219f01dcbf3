package se.rapportkoll.prose;

import se.rapportkoll.model.SourceCell;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.model.CellRef;
import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.volumeprice.Effect;
import se.rapportkoll.analyse.volumeprice.Scope;
import se.rapportkoll.analyse.volumeprice.VolumePriceAnalysis;
import se.rapportkoll.analyse.volumeprice.VolumePriceLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The draft of the report's economy section, laid out as the sheet shows it: the sentences (one
 * per cell, each a formula over the basis rows below them), and the basis, one row per figure the
 * sentences state, each a formula over the user's cells. Plain data: the sheet writer only puts
 * these cells into the workbook. A sentence is drafted only when the workbook has its figures.
 */
public final class TextDraft {

    /** How the sheet styles a cell. */
    /** How a cell looks; AMOUNT is an amount as the text says it, set off from the rounded number beside it. */
    public enum Style { TITLE, NOTE, HEADING, SENTENCE, HEADER, TEXT, AMOUNT, NUMBER, PERCENT }

    /** One cell of the sheet: a formula with its cached text or number, or a constant. */
    public record Cell(int row, int col, String formula, String text, Double number, Style style) {
    }

    /** A drafted sentence: its row and the text its formula gives. */
    public record Sentence(int row, String text) {
    }

    public record Sheet(List<Cell> cells, List<Sentence> sentences, int lastColumn) {
        public boolean isEmpty() {
            return sentences.isEmpty();
        }

        public static final Sheet EMPTY = new Sheet(List.of(), List.of(), 0);
    }

    static final int COL_DESCRIPTION = 0;
    static final int COL_LABEL = 1;
    static final int COL_VALUE = 2;
    static final int COL_ROUNDED = 3;
    static final int COL_TEXT = 4;
    static final int COL_SOURCE = 5;
    static final int COL_KEY = 6;
    private static final String[] BASIS_HEADERS = {"description", "label", "value", "rounded", "text", "source", "key"};
    /** Up to this many units are named as the largest favourable and unfavourable deviations. */
    private static final int NAMED_UNITS = 2;
    /** The default margin within which a forecast deviation is "ekonomi i balans", as a share of the full-year budget. */
    static final double BALANCE_MARGIN = 0.001;

    private final Messages m;
    private final boolean english;
    /** Basis rows in order, by id. */
    private final Map<String, BasisRow> basis = new LinkedHashMap<>();
    private final List<List<Phrase>> sections = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();

    private record BasisRow(String id, String description, String labelFormula, String label, String valueFormula, double value,
                            Money money, String source, String keyFormula, Double key, boolean percent) {
    }

    private TextDraft(Messages m) {
        this.m = m;
        this.english = m.isEnglish();
    }

    /** The draft for a workbook's figures and volume–price analysis; empty when the workbook has no deviation to write about. */
    public static Sheet draft(WorkbookFigures figures, VolumePriceAnalysis.Result volumePrice, Messages messages) {
        if (figures.totalPeriod() == null && figures.totalYear() == null) {
            return Sheet.EMPTY;
        }
        TextDraft d = new TextDraft(messages);
        d.build(figures, volumePrice);
        return d.layout();
    }

    private void build(WorkbookFigures f, VolumePriceAnalysis.Result volumePrice) {
        Figure p = f.totalPeriod();
        Figure y = f.totalYear();
        if (p != null) {
            figure("P", m.get("prose.basis.total.period"), p);
        }
        if (y != null) {
            figure("Y", m.get("prose.basis.total.year"), y);
            basis.put("MP", new BasisRow("MP", m.get("prose.basis.marginShare"), null, null, null, BALANCE_MARGIN, null,
                    m.get("prose.basis.marginSource"), null, null, true));
            double budget = y.budget().value() * Figure.toTkr(y.unit()) / (y.money() == Money.MNKR ? 1000 : 1);
            String budgetRef = Figure.ref(y.budget()) + switch (y.unit()) {
                case KR -> "/1000";
                case MDKR -> "*1000";
                default -> "";
            };
            basis.put("M", new BasisRow("M", m.get("prose.basis.margin", y.money().unit(english)), null, null,
                    "ABS(" + budgetRef + ")*" + valueCell("MP"), Math.abs(budget) * BALANCE_MARGIN, null, cellText(y.budget()), null, null, false));
        }
        String name = f.committee() != null ? f.committee() : m.get("prose.committee");
        String when = f.periodMonth() != null ? m.get("prose.perMonth", m.get("prose.month." + f.periodMonth())) : m.get("prose.forPeriod");
        String When = capitalised(when);

        List<Phrase> summary = new ArrayList<>();
        if (p != null && y != null) {
            summary.add(Phrase.of(m.get("prose.summary.both", name, when), period("P"), m.get("prose.summary.andForecasts"), year("Y"), "."));
        } else if (p != null) {
            summary.add(Phrase.of(m.get("prose.summary.both", name, when), period("P"), "."));
        } else {
            summary.add(Phrase.of(m.get("prose.summary.yearOnly", name), year("Y"), "."));
        }
        section("prose.heading.summary", summary);

        if (y != null) {
            List<Phrase> s = new ArrayList<>();
            // without a month "För perioden prognostiseras" would mix the period with the full year
            String forecastWhen = f.periodMonth() != null ? When : capitalised(m.get("prose.forYear"));
            s.add(Phrase.of(m.get("prose.year.total", forecastWhen), new Phrase.Balance("Y", "M", Phrase.text(m.get("prose.balance")),
                    new Phrase.BySign("Y", Phrase.of(m.get("prose.year.totalSurplus"), amount("Y")),
                            Phrase.of(m.get("prose.year.totalDeficit"), amount("Y")), Phrase.text(m.get("prose.balance")))), "."));
            if (f.revenueYear() != null) {
                figure("RY", m.get("prose.basis.row.year", f.revenueYear().label()), f.revenueYear());
                s.add(Phrase.of(m.get("prose.year.revenue"), yearRow("RY"), "."));
            }
            if (f.costYear() != null) {
                figure("CY", m.get("prose.basis.row.year", f.costYear().label()), f.costYear());
                s.add(Phrase.of(m.get("prose.year.cost"), yearRow("CY"), "."));
            }
            s.addAll(units("UY", f.unitsYear(), "prose.basis.row.year", "year"));
            if (f.previous() != null) {
                Figure prev = f.previous().deviation();
                figure("PREV", m.get("prose.basis.previous", f.previous().header()), prev);
                // "prognosen i april" for "Prognos apr", "prognos 3", "föregående prognos": in the text's
                // language ("forecast 3"); a header that names none of these is quoted as written
                String header = f.previous().month() != null
                        ? m.get("prose.previous.month", m.get("prose.month." + f.previous().month()))
                        : f.previous().round() != null ? m.get("prose.previous.round", String.valueOf(f.previous().round()))
                        : f.previous().earlier() ? m.get("prose.previous.earlier")
                        : f.previous().header().toLowerCase(Locale.ROOT);
                basis.put("CHG", new BasisRow("CHG", m.get("prose.basis.change", f.previous().header()), null, null,
                        valueCell("Y") + "-" + valueCell("PREV"), y.textValue() - prev.textValue(), y.money(), null, null, null, false));
                s.add(Phrase.of(m.get("prose.previous.was", header), new Phrase.BySign("PREV",
                        Phrase.of(m.get("prose.surplus"), amount("PREV")), Phrase.of(m.get("prose.deficit"), amount("PREV")),
                        Phrase.text(m.get("prose.balance"))), "."));
                s.add(Phrase.of(m.get("prose.previous.change", header), new Phrase.BySign("CHG",
                        Phrase.of(m.get("prose.improved"), amount("CHG")), Phrase.of(m.get("prose.worsened"), amount("CHG")),
                        Phrase.text(m.get("prose.unchanged"))), "."));
            }
            section("prose.heading.year", s);
        }
        section("prose.heading.actionPlan", actionPlan(f.actionPlan(), when));

        if (p != null) {
            List<Phrase> s = new ArrayList<>();
            s.add(Phrase.of(m.get("prose.period.total", When), period("P"), "."));
            if (f.revenuePeriod() != null) {
                figure("RP", m.get("prose.basis.row.period", f.revenuePeriod().label()), f.revenuePeriod());
                s.add(Phrase.of(m.get("prose.period.revenue"), period("RP"), "."));
            }
            if (f.costPeriod() != null) {
                figure("CP", m.get("prose.basis.row.period", f.costPeriod().label()), f.costPeriod());
                s.add(Phrase.of(m.get("prose.period.cost"), period("CP"), "."));
            }
            s.addAll(units("UP", f.unitsPeriod(), "prose.basis.row.period", "period"));
            section("prose.heading.period", s);
        }

        List<Phrase> vp = new ArrayList<>();
        for (Scope scope : List.of(Scope.FULL_YEAR, Scope.PERIOD)) {
            volumePrice.section(scope).ifPresent(section -> vp.addAll(volumePrice(section)));
        }
        section("prose.heading.volumePrice", vp);
    }

    /**
     * The action plan's status: the effect its measures are expected to give this year and, where
     * the plan says, how much of it is realised; sums over the plan's own cells.
     */
    private List<Phrase> actionPlan(List<se.rapportkoll.analyse.forecast.ActionPlan.Measure> measures, String when) {
        List<SourceCell> expected = measures.stream().map(se.rapportkoll.analyse.forecast.ActionPlan.Measure::expected).toList();
        List<SourceCell> realised = measures.stream().map(se.rapportkoll.analyse.forecast.ActionPlan.Measure::realised)
                .filter(java.util.Objects::nonNull).toList();
        if (expected.isEmpty()) {
            return List.of();
        }
        String table = measures.get(0).table();
        basis.put("AE", sum("AE", m.get("prose.basis.actionPlan.expected"), expected, table));
        if (realised.isEmpty()) {
            return List.of(Phrase.of(m.get("prose.actionPlan.expected"), amount("AE"), m.get("prose.actionPlan.thisYear"), "."));
        }
        basis.put("AR", sum("AR", m.get("prose.basis.actionPlan.realised"), realised, table));
        return List.of(Phrase.of(m.get("prose.actionPlan.expected"), amount("AE"), m.get("prose.actionPlan.thisYear"),
                m.get("prose.actionPlan.ofWhich"), amount("AR"), m.get("prose.actionPlan.realised", when), "."));
    }

    private BasisRow sum(String id, String description, List<SourceCell> cells, String source) {
        String formula = "SUM(" + String.join(",", cells.stream().map(c -> Formulas.ref(c.sheet(), c.row(), c.col())).toList()) + ")";
        double value = cells.stream().mapToDouble(SourceCell::value).sum();
        return new BasisRow(id, description, null, null, formula, value, Money.TKR, source, null, null, false);
    }

    private void section(String headingKey, List<Phrase> sentences) {
        if (!sentences.isEmpty()) {
            headings.add(m.get(headingKey));
            sections.add(sentences);
        }
    }

    /** "en positiv avvikelse om 10 000 tkr" / "en negativ …" / "ett utfall i nivå med budget". */
    private Phrase period(String id) {
        return new Phrase.BySign(id, Phrase.of(m.get("prose.positive"), amount(id)), Phrase.of(m.get("prose.negative"), amount(id)),
                Phrase.text(m.get("prose.onBudget")));
    }

    /** "en ekonomi i balans" within the margin, else "ett överskott om …" / "ett underskott om …". */
    private Phrase year(String id) {
        return new Phrase.Balance(id, "M", Phrase.text(m.get("prose.balance")), new Phrase.BySign(id,
                Phrase.of(m.get("prose.surplus"), amount(id)), Phrase.of(m.get("prose.deficit"), amount(id)), Phrase.text(m.get("prose.balance"))));
    }

    private Phrase yearRow(String id) {
        return new Phrase.BySign(id, Phrase.of(m.get("prose.surplus"), amount(id)), Phrase.of(m.get("prose.deficit"), amount(id)),
                Phrase.text(m.get("prose.onBudget")));
    }

    private static Phrase amount(String id) {
        return new Phrase.Amount(id);
    }

    /**
     * The units with the largest favourable and unfavourable deviations, ranked by formulas
     * (LARGE, SMALL) so that a corrected figure can change which units the text names.
     */
    private List<Phrase> units(String prefix, List<Figure> units, String descriptionKey, String scope) {
        if (units.size() < 2) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String id = prefix + i;
            ids.add(id);
            Figure u = units.get(i);
            BasisRow row = row(id, m.get(descriptionKey, u.label()), u);
            // ties broken by order, so that each rank names one unit
            basis.put(id, new BasisRow(id, row.description(), row.labelFormula(), row.label(), row.valueFormula(), row.value(),
                    row.money(), row.source(), "C{row}-" + (i + 1) + "/1000000", u.textValue() - (i + 1) / 1e6, false));
        }
        int n = Math.min(NAMED_UNITS, units.size());
        List<String> best = new ArrayList<>();
        List<String> worst = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            best.add(rank(prefix, ids, units, k, true));
            worst.add(rank(prefix, ids, units, k, false));
        }
        List<Phrase> out = new ArrayList<>();
        out.add(ranked(best, "prose." + scope + ".best", true));
        out.add(ranked(worst, "prose." + scope + ".worst", false));
        return out;
    }

    /** A basis row naming the unit of rank k (largest first, or smallest first) and its deviation. */
    private String rank(String prefix, List<String> ids, List<Figure> units, int k, boolean largest) {
        String id = prefix + (largest ? "+" : "-") + k;
        List<Double> keys = ids.stream().map(i -> basis.get(i).key()).toList();
        List<Double> sorted = new ArrayList<>(keys);
        sorted.sort(largest ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
        int at = keys.indexOf(sorted.get(k - 1));
        Figure u = units.get(at);
        String keyRange = "{keys:" + prefix + "}";
        String match = "MATCH(" + (largest ? "LARGE(" : "SMALL(") + keyRange + "," + k + ")," + keyRange + ",0)";
        basis.put(id, new BasisRow(id, m.get(largest ? "prose.basis.best" : "prose.basis.worst", k), "INDEX({labels:" + prefix + "}," + match + ")",
                u.label(), "INDEX({values:" + prefix + "}," + match + ")", u.textValue(), u.money(), null, null, null, false));
        return id;
    }

    /** "De största överskotten … inom A (x) och B (y)." when both are of the sign, one unit when only the first is, nothing when none is. */
    private Phrase ranked(List<String> ids, String key, boolean favourable) {
        String first = ids.get(0);
        Phrase one = Phrase.of(m.get(key + ".one"), new Phrase.Label(first), " (", amount(first), ").");
        Phrase none = Phrase.text("");
        Phrase firstOfSign = one;
        if (ids.size() > 1) {
            String second = ids.get(1);
            Phrase two = Phrase.of(m.get(key + ".two"), new Phrase.Label(first), " (", amount(first), ")", m.get("prose.and"),
                    new Phrase.Label(second), " (", amount(second), ").");
            firstOfSign = favourable ? new Phrase.BySign(second, two, one, one) : new Phrase.BySign(second, one, two, one);
        }
        return favourable ? new Phrase.BySign(first, firstOfSign, none, none) : new Phrase.BySign(first, none, firstOfSign, none);
    }

    /** Per target group: the volume and the price effect in words. */
    private List<Phrase> volumePrice(VolumePriceAnalysis.Section section) {
        List<Phrase> out = new ArrayList<>();
        String scope = section.scope() == Scope.FULL_YEAR ? "year" : "period";
        for (VolumePriceLine group : section.groups()) {
            List<VolumePriceLine> careTypes = section.careTypes().stream().filter(c -> c.group().equals(group.group())).toList();
            String g = group.group();
            String id = "V" + scope + ":" + g;
            effectRow(id + ":volume", m.get("prose.basis.volume." + scope, g), Effect.VOLUME, careTypes, group);
            effectRow(id + ":price", m.get("prose.basis.price." + scope, g), Effect.PRICE, careTypes, group);
            String groupName = g.length() > 1 && Character.isLowerCase(g.charAt(1)) ? g.substring(0, 1).toLowerCase(Locale.ROOT) + g.substring(1) : g;
            out.add(Phrase.of(m.get("prose.vp." + scope, groupName),
                    new Phrase.BySign(id + ":volume", Phrase.of(m.get("prose.vp.volume.lower"), amount(id + ":volume")),
                            Phrase.of(m.get("prose.vp.volume.higher"), amount(id + ":volume")), Phrase.text(m.get("prose.vp.volume.same"))),
                    m.get("prose.vp.and"),
                    new Phrase.BySign(id + ":price", Phrase.of(m.get("prose.vp.price.lower"), amount(id + ":price")),
                            Phrase.of(m.get("prose.vp.price.higher"), amount(id + ":price")), Phrase.text(m.get("prose.vp.price.same"))),
                    "."));
        }
        return out;
    }

    /** A group's effect in tkr as the sum of its care types' effects, each a formula over the user's volume and price cells. */
    private void effectRow(String id, String description, Effect effect, List<VolumePriceLine> careTypes, VolumePriceLine group) {
        List<String> parts = new ArrayList<>();
        for (VolumePriceLine c : careTypes) {
            parts.add(effect.formula(src(c.budgetVolumeCell()), src(c.actualVolumeCell()), src(c.budgetPriceCell()),
                    src(c.actualPriceCell()), "0"));
        }
        basis.put(id, new BasisRow(id, description, null, null, String.join("+", parts), group.effect(effect), Money.TKR,
                m.get("prose.basis.vpSource", careTypes.size()), null, null, false));
    }

    private static String src(SourceCell s) {
        return s.live() ? Formulas.ref(s.sheet(), s.row(), s.col()) : number(s.number());
    }

    private void figure(String id, String description, Figure f) {
        basis.put(id, row(id, description, f));
    }

    private BasisRow row(String id, String description, Figure f) {
        // TRIM: a label indented with spaces ("  Kommunledning") is named without them, as it is cached
        return new BasisRow(id, description, "TRIM(" + Figure.ref(f.labelCell()) + ")", f.label(), f.formula(), f.textValue(), f.money(),
                cellText(f.outcome()) + " − " + cellText(f.budget()), null, null, false);
    }

    private static String cellText(SourceCell c) {
        return Formulas.ref(c.sheet(), c.row(), c.col()).replace("'", "");
    }

    // ---- layout

    private final Map<String, Integer> rows = new HashMap<>();

    private Sheet layout() {
        List<Cell> cells = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        cells.add(new Cell(0, 0, null, m.get("prose.sheet.title"), null, Style.TITLE));
        cells.add(new Cell(1, 0, null, m.get("prose.sheet.note", percentText(BALANCE_MARGIN)), null, Style.NOTE));
        int r = 3;
        List<Integer> sentenceRows = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            r++;
            r += sections.get(i).size() + 1;
        }
        int basisTitle = r + 1;
        int basisHeader = basisTitle + 1;
        int next = basisHeader + 1;
        for (String id : basis.keySet()) {
            rows.put(id, next++);
        }
        Basis b = new Basis();
        r = 3;
        for (int i = 0; i < sections.size(); i++) {
            cells.add(new Cell(r++, 0, null, headings.get(i), null, Style.HEADING));
            for (Phrase p : sections.get(i)) {
                String text = Phrase.evaluate(p, b);
                cells.add(new Cell(r, 0, Phrase.formula(p, b), text, null, Style.SENTENCE));
                sentences.add(new Sentence(r, text));
                sentenceRows.add(r);
                r++;
            }
            r++;
        }
        cells.add(new Cell(basisTitle, 0, null, m.get("prose.heading.basis"), null, Style.HEADING));
        for (int c = 0; c < BASIS_HEADERS.length; c++) {
            cells.add(new Cell(basisHeader, c, null, m.get("prose.basis.header." + BASIS_HEADERS[c]), null, Style.HEADER));
        }
        for (BasisRow row : basis.values()) {
            int at = rows.get(row.id());
            cells.add(new Cell(at, COL_DESCRIPTION, null, row.description(), null, Style.TEXT));
            if (row.labelFormula() != null) {
                cells.add(new Cell(at, COL_LABEL, resolve(row.labelFormula(), row), row.label(), null, Style.TEXT));
            }
            if (row.valueFormula() == null) {
                cells.add(new Cell(at, COL_VALUE, null, null, row.value(), row.percent() ? Style.PERCENT : Style.NUMBER));
            } else {
                cells.add(new Cell(at, COL_VALUE, resolve(row.valueFormula(), row), null, row.value(), Style.NUMBER));
            }
            if (row.money() != null) {
                cells.add(new Cell(at, COL_ROUNDED, row.money().roundFormula(a1(at, COL_VALUE)), null, b.rounded(row.id()), Style.NUMBER));
                cells.add(new Cell(at, COL_TEXT, row.money().textFormula(a1(at, COL_ROUNDED), english), b.amount(row.id()), null, Style.AMOUNT));
            }
            if (row.source() != null) {
                cells.add(new Cell(at, COL_SOURCE, null, row.source(), null, Style.TEXT));
            }
            if (row.keyFormula() != null) {
                cells.add(new Cell(at, COL_KEY, resolve(row.keyFormula(), row), null, row.key(), Style.NUMBER));
            }
        }
        return new Sheet(List.copyOf(cells), List.copyOf(sentences), COL_KEY);
    }

    /** Fills in "{row}" and the ranges "{keys:P}", "{labels:P}", "{values:P}" of a unit block. */
    private String resolve(String formula, BasisRow row) {
        String out = formula.replace("{row}", String.valueOf(rows.get(row.id()) + 1));
        int v;
        while ((v = out.indexOf("{value:")) >= 0) {
            int end = out.indexOf('}', v);
            out = out.substring(0, v) + a1(rows.get(out.substring(v + 7, end)), COL_VALUE) + out.substring(end + 1);
        }
        for (String kind : List.of("keys", "labels", "values")) {
            int i;
            while ((i = out.indexOf("{" + kind + ":")) >= 0) {
                int end = out.indexOf('}', i);
                String prefix = out.substring(i + kind.length() + 2, end);
                int col = kind.equals("keys") ? COL_KEY : kind.equals("labels") ? COL_LABEL : COL_VALUE;
                int from = Integer.MAX_VALUE;
                int to = -1;
                for (Map.Entry<String, Integer> e : rows.entrySet()) {
                    if (e.getKey().matches(java.util.regex.Pattern.quote(prefix) + "\\d+")) {
                        from = Math.min(from, e.getValue());
                        to = Math.max(to, e.getValue());
                    }
                }
                out = out.substring(0, i) + "$" + CellRef.column(col) + "$" + (from + 1) + ":$" + CellRef.column(col) + "$" + (to + 1) + out.substring(end + 1);
            }
        }
        return out;
    }

    private final class Basis implements Phrase.Basis {
        private BasisRow get(String id) {
            BasisRow row = basis.get(id);
            if (row == null) {
                throw new IllegalStateException("no basis row " + id);
            }
            return row;
        }

        @Override
        public String roundedCell(String id) {
            return a1(rows.get(id), COL_ROUNDED);
        }

        @Override
        public double rounded(String id) {
            BasisRow row = get(id);
            return row.money() == null ? row.value() : row.money().round(row.value());
        }

        @Override
        public String amountCell(String id) {
            return a1(rows.get(id), COL_TEXT);
        }

        @Override
        public String amount(String id) {
            return get(id).money().text(rounded(id), english);
        }

        @Override
        public String labelCell(String id) {
            return a1(rows.get(id), COL_LABEL);
        }

        @Override
        public String label(String id) {
            return get(id).label();
        }

        @Override
        public String valueCell(String id) {
            return a1(rows.get(id), COL_VALUE);
        }

        @Override
        public double value(String id) {
            return get(id).value();
        }
    }

    private String valueCell(String id) {
        return "{value:" + id + "}";
    }

    static String a1(int row, int col) {
        return new CellRef(row, col).a1();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private String percentText(double share) {
        String s = java.math.BigDecimal.valueOf(share * 100).stripTrailingZeros().toPlainString();
        return (english ? s : s.replace('.', ',')) + "\u00a0%";
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
