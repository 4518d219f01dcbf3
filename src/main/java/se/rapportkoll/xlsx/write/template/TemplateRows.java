package se.rapportkoll.xlsx.write.template;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.jxls.common.Context;
import org.jxls.transform.poi.WritableCellValue;
import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;
import se.rapportkoll.xlsx.write.InlineText;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the templates' expressions can read: the sheet texts and one row object per finding or
 * deviation line, with getters only. A getter returns plain text, or a {@link Value} when the cell
 * needs more than text: a formula over the user's cells (carried as data, since the user's sheets
 * are not in the template's workbook), a named style, a link, a row height, or no cell at all.
 */
public final class TemplateRows {

    /** In a {@link Value}'s formula, stands for the 1-based row number the cell ends up in. */
    static final String ROW = "{r}";

    private TemplateRows() {
    }

    /** Sheet texts by key under a prefix, so that a template reads {@code ${text.severity}}. */
    public static final class Texts {
        private final Messages messages;
        private final String prefix;

        public Texts(Messages messages, String prefix) {
            this.messages = messages;
            this.prefix = prefix;
        }

        public String get(String key) {
            return messages.get(prefix + key);
        }
    }

    /**
     * Per fill of a template, what the cells written by {@link Value}s need besides their cached
     * value, by the position jxls wrote them at; read by the copy into the user's workbook.
     */
    public static final class Directives {
        private final Map<Long, Value> byCell = new HashMap<>();

        void put(int row, int col, Value value) {
            byCell.put(key(row, col), value);
        }

        Value at(int row, int col) {
            return byCell.get(key(row, col));
        }

        private static long key(int row, int col) {
            return ((long) row << 16) | col;
        }
    }

    /** One cell's content: written by jxls as its cached value, completed by the copy step. */
    public static final class Value implements WritableCellValue {
        private final Directives directives;
        private final boolean absent;
        private final String text;
        private final Double number;
        private final String formula;
        private final String styleKey;
        private final String link;
        private final Float heightPoints;
        private final boolean rowRelative;
        private String placedFormula;

        private Value(Directives directives, boolean absent, String text, Double number, String formula,
                      String styleKey, String link, Float heightPoints) {
            this(directives, absent, text, number, formula, styleKey, link, heightPoints, false);
        }

        private Value(Directives directives, boolean absent, String text, Double number, String formula,
                      String styleKey, String link, Float heightPoints, boolean rowRelative) {
            this.rowRelative = rowRelative;
            this.directives = directives;
            this.absent = absent;
            this.text = text;
            this.number = number;
            this.formula = formula;
            this.styleKey = styleKey;
            this.link = link;
            this.heightPoints = heightPoints;
        }

        static Value absent(Directives d) {
            return new Value(d, true, null, null, null, null, null, null);
        }

        static Value text(Directives d, String text, String styleKey) {
            return new Value(d, false, text, null, null, styleKey, null, null);
        }

        static Value link(Directives d, String text, String address) {
            return new Value(d, false, text, null, null, null, address, null);
        }

        static Value wrapped(Directives d, String text, float heightPoints) {
            return new Value(d, false, text, null, null, null, null, heightPoints);
        }

        /**
         * A formula over the cell's own row ({@link #ROW} stands for its number) with its cached
         * result: a number, or an empty text where {@code cached} is null.
         */
        static Value rowFormula(Directives d, String formula, Double cached, String styleKey) {
            return new Value(d, false, cached == null ? "" : null, cached, formula, styleKey, null, null, true);
        }

        /** A plain number, or a formula when {@code formula} is not null. */
        static Value number(Directives d, String formula, double value, String styleKey) {
            return new Value(d, false, null, value, formula, styleKey, null, null);
        }

        @Override
        public Object writeToCell(Cell cell, Context context) {
            if (absent) {
                cell.setBlank();
            } else if (number != null) {
                cell.setCellValue(number);
            } else {
                InlineText.set(cell, text);
            }
            if (link != null) {
                Hyperlink h = cell.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(link);
                cell.setHyperlink(h);
            }
            placedFormula = formula == null || !rowRelative ? formula
                    : formula.replace(ROW, Integer.toString(cell.getRowIndex() + 1));
            directives.put(cell.getRowIndex(), cell.getColumnIndex(), this);
            return null;
        }

        boolean isAbsent() {
            return absent;
        }

        /** The formula for the row this value was written in, or null. */
        String placedFormula() {
            return placedFormula;
        }

        Double number() {
            return number;
        }

        String text() {
            return text;
        }

        String styleKey() {
            return styleKey;
        }

        Float heightPoints() {
            return heightPoints;
        }
    }

    /** A finding as the findings template shows it. */
    public static final class FindingRow {
        /** About what the template's message and detail columns hold per line; PrintLayout then fits the rows. */
        static final int MESSAGE_CHARS_PER_LINE = 50;
        static final float LINE_HEIGHT_POINTS = 15f;
        /** Rules whose cell holds the number compared, so that Found can refer to it. */
        private static final Set<String> NUMERIC_CELL_RULES = Set.of(Rules.DEVIATION, Rules.TOTAL, Rules.CROSS_TABLE);

        private final Finding f;
        private final Messages messages;
        private final Directives d;

        public FindingRow(Finding f, Messages messages, Directives d) {
            this.f = f;
            this.messages = messages;
            this.d = d;
        }

        public Value getSeverity() {
            return Value.text(d, messages.get("severity." + f.severity().json()), severityStyle(f.severity()));
        }

        public String getRule() {
            return messages.ruleName(f.rule());
        }

        public String getSheet() {
            return f.sheet() == null ? "" : f.sheet();
        }

        public Value getCell() {
            if (f.sheet() == null || f.cell() == null) {
                return Value.absent(d);
            }
            return Value.link(d, f.cell(), Formulas.quoteSheet(f.sheet()) + "!" + f.cell());
        }

        /** Viewers do not size rows to wrapped text written by POI; each message gets its lines. */
        public Value getMessage() {
            return wrapped(f.message());
        }

        /** The figures, cells and reasoning behind the message; an empty cell where there are none. */
        public Value getDetail() {
            return f.detail() == null ? Value.absent(d) : wrapped(f.detail());
        }

        private Value wrapped(String text) {
            int lines = Math.max(1, (int) Math.ceil(text.length() / (double) MESSAGE_CHARS_PER_LINE));
            return Value.wrapped(d, text, lines * LINE_HEIGHT_POINTS);
        }

        public Value getExpected() {
            return f.expected() == null ? Value.absent(d) : Value.number(d, f.expectedFormula(), f.expected(), null);
        }

        public Value getActual() {
            if (f.actual() == null) {
                return Value.absent(d);
            }
            String formula = NUMERIC_CELL_RULES.contains(f.rule()) && f.sheet() != null && f.cell() != null
                    ? Formulas.quoteSheet(f.sheet()) + "!" + f.cell() : null;
            return Value.number(d, formula, f.actual(), null);
        }

        private static String severityStyle(Severity severity) {
            return switch (severity) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "info";
            };
        }
    }

    /**
     * A budget-table row as the deviations template shows it: figures refer to the user's cells,
     * deviations and percentages are formulas over this row's columns D to K. Total rows are bold.
     */
    public static final class DeviationRow {
        private final DeviationLine line;
        private final Directives d;

        public DeviationRow(DeviationLine line, Directives d) {
            this.line = line;
            this.d = d;
        }

        private boolean bold() {
            return line.kind().isTotal();
        }

        public String getTable() {
            return line.table();
        }

        public Value getLabel() {
            return Value.text(d, line.label(), bold() ? "boldText" : null);
        }

        public String getUnit() {
            return line.unit().label();
        }

        public Value getPeriodBudget() {
            return line.periodBudget() == null ? Value.absent(d) : reference(line.periodBudget());
        }

        public Value getPeriodActual() {
            return line.periodBudget() == null ? Value.absent(d) : reference(line.periodActual());
        }

        public Value getPeriodDeviation() {
            return line.periodBudget() == null ? Value.absent(d) : rowFigure(favourable("E", "D"), line.periodDeviation());
        }

        public Value getPeriodPercent() {
            return line.periodBudget() == null ? Value.absent(d)
                    : percent("F", "D", DeviationLine.percent(line.periodDeviation(), line.periodBudget()));
        }

        public Value getYearBudget() {
            return line.yearBudget() == null ? Value.absent(d) : reference(line.yearBudget());
        }

        public Value getForecast() {
            return line.yearBudget() == null ? Value.absent(d) : reference(line.forecast());
        }

        public Value getYearDeviation() {
            return line.yearBudget() == null ? Value.absent(d) : rowFigure(favourable("I", "H"), line.yearDeviation());
        }

        public Value getYearPercent() {
            return line.yearBudget() == null ? Value.absent(d)
                    : percent("J", "H", DeviationLine.percent(line.yearDeviation(), line.yearBudget()));
        }

        /** Outcome − budget, or budget − outcome where more than budget is unfavourable (positive costs). */
        private String favourable(String outcome, String budget) {
            return line.favourableSign() > 0 ? outcome + ROW + "-" + budget + ROW : budget + ROW + "-" + outcome + ROW;
        }

        private Value reference(SourceCell value) {
            double cached = value.value() == null ? 0.0 : value.value();
            return Value.number(d, Formulas.ref(value.sheet(), value.row(), value.col()), cached, bold() ? "boldNumber" : null);
        }

        private Value rowFigure(String formula, Double cached) {
            return Value.rowFormula(d, formula, cached == null ? 0.0 : cached, bold() ? "boldNumber" : null);
        }

        /** Deviation over the absolute budget; an empty text where the budget is 0, never #DIV/0!. */
        private Value percent(String deviationCol, String budgetCol, Double cached) {
            String budget = budgetCol + ROW;
            String formula = "IF(" + budget + "=0,\"\"," + deviationCol + ROW + "/ABS(" + budget + "))";
            return Value.rowFormula(d, formula, cached, bold() ? "boldPercent" : null);
        }
    }
}
