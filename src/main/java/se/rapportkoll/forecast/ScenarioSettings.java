package se.rapportkoll.forecast;

import se.rapportkoll.analyse.ActionPlan;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.locate.Vocabulary;
import se.rapportkoll.xlsx.write.PrintLayout;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.ToolSheets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * The controller's scenario settings, kept in a sheet of their own that the tool creates with
 * defaults the first time and afterwards only reads: it is marked with its own defined name, not
 * the tool-sheet marker, so re-processing never replaces it. Read by position, not by header text,
 * so a sheet created in Swedish still reads with {@code --lang en}:
 * row 4 is the care-type header, care types follow until a blank row, then the measures' header
 * and the measures until a blank row (name, cost, expected effect, realised effect, counted in
 * Prognos, effect in low, effect in high, and a sentence saying how it is counted). Percentages
 * are fractions (0,10 = 10 %).
 */
public record ScenarioSettings(List<CareType> careTypes, List<Measure> measures, Set<String> typedAsText,
                               int measureHeader, OlderMeasures older) {

    public ScenarioSettings(List<CareType> careTypes, List<Measure> measures) {
        this(careTypes, measures, Set.of(), -1, null);
    }

    /**
     * Measures in the layout of the versions before realised effects (name, cost, effect, effect in
     * low / base / high): the base is now the controller's Prognos and the realised part is not
     * there, so what they meant cannot be read into today's columns. They are not counted; {@code
     * header} is their header row (0-based), {@code names} the measures.
     */
    public record OlderMeasures(int header, List<String> names) {
    }

    /**
     * A settings cell as a formula operand: a reference where it holds a number (or nothing), the
     * number read where it holds one typed as text, which a formula could not compute with.
     */
    public String operand(String sheetName, int row, int col, double value) {
        return typedAsText.contains(row + "," + col) ? Double.toString(value) : Formulas.ref(sheetName, row, col);
    }

    static final String MARKER = "rapportkoll_scenarioinstallningar";
    static final int CARE_HEADER_ROW = 3;
    /**
     * The words that mean "yes" in a measure's scenario cells, lower case: the one list both the
     * reader here and the formulas of the forecast sheet use, so Excel recalculates what was cached.
     */
    public static final List<String> YES_WORDS = List.of("ja", "j", "yes", "y", "x", "sant", "true");
    public static final double DEFAULT_VOLUME = 0.10;
    public static final double DEFAULT_PRICE = 0.03;

    /**
     * A care type: the volume table's row, the price table's row (null until someone names it), and
     * the changes in the low and the high scenario. {@code row} is its 0-based row in the sheet.
     */
    public record CareType(String volumeRow, String priceRow, double volumeLow, double volumeHigh,
                           double priceLow, double priceHigh, int row) {
    }

    /**
     * A measure: cost of implementation, expected effect and the effect realised so far (tkr,
     * positive), whether the controller's Prognos already counts on it, and whether its effect comes
     * in the low and the high scenario. {@code source} is the action-plan row it was made from (null
     * when read back from the sheet).
     */
    public record Measure(String name, double cost, double expected, double realised, boolean included,
                          boolean effectLow, boolean effectHigh, int row, ActionPlan.Measure source) {

        /** A measure of the workbook's action plan with the defaults: counted in Prognos, failing in low, coming in high. */
        static Measure of(ActionPlan.Measure m, int row) {
            return new Measure(m.name(), m.costValue(), m.expectedValue(), m.realisedValue(), true, false, true, row, m);
        }

        public double unrealised() {
            return expected - realised;
        }

        /**
         * What the measure changes against the controller's Prognos in a scenario. Counted in Prognos:
         * where the effect does not come, the part not yet realised is lost (the cost stays). Not counted:
         * where it comes, the part not yet realised is gained, less the cost. Base is Prognos itself.
         */
        public double contribution(Scenario scenario) {
            if (scenario == Scenario.BASE) {
                return 0;
            }
            boolean comes = scenario == Scenario.LOW ? effectLow : effectHigh;
            if (included) {
                return comes ? 0 : -unrealised();
            }
            return comes ? unrealised() - cost : 0;
        }
    }

    public enum Scenario {
        LOW("low"), BASE("base"), HIGH("high");

        private final String id;

        Scenario(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static boolean isSettingsSheet(Workbook workbook, Sheet sheet) {
        return ToolSheets.isLabelled(workbook, sheet, MARKER);
    }

    public static Optional<Sheet> find(Workbook workbook) {
        return ToolSheets.labelled(workbook, MARKER).stream().findFirst();
    }

    /**
     * The defaults: ±10 % volume and ±3 % price for every care type (low = more days at a higher
     * price, the unfavourable direction), its price row as `Volym och pris` pairs it (same name,
     * alias, spelling slip; empty where there is none), and the measures of the workbook's own action
     * plan (see {@link Measure#of}); none other.
     */
    public static ScenarioSettings defaults(List<String> volumeRows, java.util.Map<String, String> pairs,
                                            List<ActionPlan.Measure> plan) {
        List<CareType> care = new ArrayList<>();
        int row = CARE_HEADER_ROW + 1;
        for (String v : volumeRows) {
            care.add(new CareType(v, pairs.get(v), DEFAULT_VOLUME, -DEFAULT_VOLUME, DEFAULT_PRICE, -DEFAULT_PRICE, row++));
        }
        int measureRow = row + 2; // a blank row, the measures' header
        List<Measure> measures = new ArrayList<>();
        for (ActionPlan.Measure m : plan) {
            measures.add(Measure.of(m, measureRow++));
        }
        return new ScenarioSettings(List.copyOf(care), List.copyOf(measures));
    }

    /**
     * These settings with the action plan's measures they do not list yet (a plan added after the
     * sheet was made), in rows after the last measure, with the defaults.
     */
    public ScenarioSettings withMissing(List<ActionPlan.Measure> plan) {
        List<Measure> all = new ArrayList<>(measures);
        int next = measures.isEmpty() ? measureHeaderRow() + 1 : measures.get(measures.size() - 1).row() + 1;
        for (ActionPlan.Measure m : plan) {
            if (all.stream().noneMatch(x -> Vocabulary.normalise(x.name()).equals(Vocabulary.normalise(m.name())))) {
                all.add(Measure.of(m, next++));
            }
        }
        return all.size() == measures.size() ? this : new ScenarioSettings(careTypes, List.copyOf(all), typedAsText, measureHeader, older);
    }

    /** The row of the measures' header: one blank row below the care types. */
    int measureHeaderRow() {
        return measureHeader >= 0 ? measureHeader : CARE_HEADER_ROW + careTypes.size() + 2;
    }

    /** Reads the settings back from the controller's sheet. */
    public static ScenarioSettings read(Sheet sheet) {
        Set<String> typedAsText = new HashSet<>();
        List<CareType> care = new ArrayList<>();
        int r = CARE_HEADER_ROW + 1;
        for (; !blankRow(sheet, r); r++) {
            String name = text(sheet, r, 0);
            if (name == null) {
                continue;
            }
            care.add(new CareType(name, text(sheet, r, 1), number(sheet, r, 2), number(sheet, r, 3),
                    number(sheet, r, 4), number(sheet, r, 5), r));
            noteText(sheet, r, typedAsText, 2, 3, 4, 5);
        }
        while (blankRow(sheet, r) && r <= sheet.getLastRowNum()) {
            r++;
        }
        int header = r <= sheet.getLastRowNum() ? r : -1;
        OlderMeasures older = null;
        if (header >= 0 && olderLayout(sheet, header)) {
            // the older block stays as the controller left it; today's measures go in a block below it
            List<String> names = new ArrayList<>();
            for (r = header + 1; r <= sheet.getLastRowNum() && !blankRow(sheet, r); r++) {
                if (text(sheet, r, 0) != null) {
                    names.add(text(sheet, r, 0));
                }
            }
            older = new OlderMeasures(header, List.copyOf(names));
            while (blankRow(sheet, r) && r <= sheet.getLastRowNum()) {
                r++;
            }
            header = r <= sheet.getLastRowNum() ? r : r + 1; // none yet: after one blank row
        }
        List<Measure> measures = new ArrayList<>();
        for (r = header + 1; header >= 0 && r <= sheet.getLastRowNum() && !blankRow(sheet, r); r++) {
            String name = text(sheet, r, 0);
            if (name == null) {
                continue;
            }
            measures.add(new Measure(name, number(sheet, r, 1), number(sheet, r, 2), number(sheet, r, 3),
                    yes(sheet, r, 4), yes(sheet, r, 5), yes(sheet, r, 6), r, null));
            noteText(sheet, r, typedAsText, 1, 2, 3);
        }
        return new ScenarioSettings(List.copyOf(care), List.copyOf(measures), Set.copyOf(typedAsText), header, older);
    }

    /**
     * The measures' header of the versions before realised effects: six headers (name, cost,
     * effect, effect in low, base, high) where today's sheet has eight, and below it yes/no in the
     * fourth column where today's has the realised effect, an amount. Told by position, like the
     * rest of the sheet, so it is recognised in either language.
     */
    static boolean olderLayout(Sheet sheet, int header) {
        for (int c = 0; c < 6; c++) {
            if (text(sheet, header, c) == null) {
                return false;
            }
        }
        if (text(sheet, header, 6) != null || text(sheet, header, 7) != null) {
            return false;
        }
        for (int r = header + 1; r <= sheet.getLastRowNum() && !blankRow(sheet, r); r++) {
            Cell flag = get(sheet, r, 3);
            CellType type = flag == null ? CellType.BLANK : flag.getCellType() == CellType.FORMULA
                    ? flag.getCachedFormulaResultType() : flag.getCellType();
            if (type == CellType.NUMERIC) {
                return false; // an amount: a realised effect under a header someone shortened
            }
        }
        return true;
    }

    /** Records which of a row's number cells hold text (or a formula giving text). */
    private static void noteText(Sheet sheet, int r, Set<String> into, int... cols) {
        for (int c : cols) {
            Cell cell = get(sheet, r, c);
            if (cell != null && (cell.getCellType() == CellType.STRING || cell.getCellType() == CellType.FORMULA
                    && cell.getCachedFormulaResultType() != CellType.NUMERIC)) {
                into.add(r + "," + c);
            }
        }
    }

    /** Creates the settings sheet with these settings and marks it as the controller's settings. */
    public Sheet create(Workbook workbook, Styles styles, Messages messages) {
        String wanted = messages.get("forecast.settings.name");
        String name = wanted;
        for (int i = 2; workbook.getSheet(name) != null; i++) {
            name = wanted + " " + i;
        }
        Sheet sheet = workbook.createSheet(name);
        ToolSheets.label(workbook, sheet, MARKER,
                "Scenarioinställningar: skapas av rapportkoll en gång, ändras av användaren och skrivs aldrig över.");
        cell(sheet, 0, 0, messages.get("forecast.settings.title"), styles.title);
        cell(sheet, 1, 0, messages.get("forecast.settings.note"), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
        sheet.getRow(1).setHeightInPoints(90);
        String[] careHeaders = {"careType", "priceRow", "volumeLow", "volumeHigh", "priceLow", "priceHigh"};
        for (int c = 0; c < careHeaders.length; c++) {
            cell(sheet, CARE_HEADER_ROW, c, messages.get("forecast.settings." + careHeaders[c]), styles.header);
        }
        for (CareType t : careTypes) {
            cell(sheet, t.row(), 0, t.volumeRow(), styles.text);
            cell(sheet, t.row(), 1, t.priceRow() == null ? "" : t.priceRow(), t.priceRow() == null ? styles.missing : styles.text);
            percent(sheet, t.row(), 2, t.volumeLow(), styles);
            percent(sheet, t.row(), 3, t.volumeHigh(), styles);
            percent(sheet, t.row(), 4, t.priceLow(), styles);
            percent(sheet, t.row(), 5, t.priceHigh(), styles);
        }
        int measureHeader = measures.isEmpty() ? CARE_HEADER_ROW + careTypes.size() + 2 : measures.get(0).row() - 1;
        measureHeader(sheet, measureHeader, styles, messages);
        for (Measure m : measures) {
            writeMeasure(sheet, m, styles, messages);
        }
        int[] widths = {48, 44, 12, 12, 12, 12, 12, 48};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.getRow(CARE_HEADER_ROW).setHeightInPoints(32);
        PrintLayout.apply(sheet);
        return sheet;
    }

    /**
     * Writes the measures of these settings that the controller's sheet does not have yet (see
     * {@link #withMissing}) into its empty rows after the last measure; nothing already there changes.
     */
    public void appendMissing(Sheet sheet, Styles styles, Messages messages) {
        if (older != null && measures.stream().anyMatch(m -> m.source() != null) && text(sheet, measureHeaderRow(), 0) == null) {
            measureHeader(sheet, measureHeaderRow(), styles, messages); // today's block below the older one
        }
        for (Measure m : measures) {
            if (m.source() != null && text(sheet, m.row(), 0) == null) {
                writeMeasure(sheet, m, styles, messages);
            }
        }
    }

    private static void measureHeader(Sheet sheet, int row, Styles styles, Messages messages) {
        String[] measureHeaders = {"measure", "cost", "expected", "realised", "included", "effectLow", "effectHigh", "how"};
        for (int c = 0; c < measureHeaders.length; c++) {
            cell(sheet, row, c, messages.get("forecast.settings." + measureHeaders[c]), styles.header);
        }
        sheet.getRow(row).setHeightInPoints(32);
    }

    /**
     * A measure's row: from the action plan, its amounts are formulas over the plan's cells (so a
     * corrected plan carries over; the controller may type other figures instead), then the yes/no
     * cells, and a formula saying in words how the measure is counted with the flags as they stand.
     */
    private static void writeMeasure(Sheet sheet, Measure m, Styles styles, Messages messages) {
        cell(sheet, m.row(), 0, m.name(), styles.wrapped);
        amount(sheet, m.row(), 1, m.source() == null ? null : m.source().cost(), m.cost(), styles);
        amount(sheet, m.row(), 2, m.source() == null ? null : m.source().expected(), m.expected(), styles);
        amount(sheet, m.row(), 3, m.source() == null ? null : m.source().realised(), m.realised(), styles);
        String yes = messages.get("forecast.yes");
        String no = messages.get("forecast.no");
        cell(sheet, m.row(), 4, m.included() ? yes : no, styles.flagInput);
        cell(sheet, m.row(), 5, m.effectLow() ? yes : no, styles.flagInput);
        cell(sheet, m.row(), 6, m.effectHigh() ? yes : no, styles.flagInput);
        Row row = sheet.getRow(m.row());
        Cell how = row.createCell(7);
        se.rapportkoll.xlsx.write.FormulaCells.set(how, howFormula(sheet.getSheetName(), m.row(), messages), how(m, messages));
        how.setCellStyle(styles.wrapped);
        row.setHeightInPoints(45);
    }

    private static void amount(Sheet sheet, int r, int c, se.rapportkoll.analyse.CellValue source, double v, Styles styles) {
        if (source == null) {
            number(sheet, r, c, v, styles.number);
            return;
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        se.rapportkoll.xlsx.write.FormulaCells.set(cell, Formulas.ref(source.sheet(), source.row(), source.col()), v);
        cell.setCellStyle(styles.number);
    }

    /** In words, how a measure is counted: the text {@link #howFormula} gives. */
    static String how(Measure m, Messages messages) {
        if (m.included()) {
            return messages.get("forecast.measure.included") + (m.effectLow() ? "" : messages.get("forecast.measure.failsLow"))
                    + (m.effectHigh() ? "" : messages.get("forecast.measure.failsHigh"));
        }
        return messages.get("forecast.measure.notIncluded") + (m.effectLow() ? messages.get("forecast.measure.comesLow") : "")
                + (m.effectHigh() ? messages.get("forecast.measure.comesHigh") : "");
    }

    /** The sentence of {@link #how} as a formula over the row's yes/no cells (the texts hold no quote). */
    private static String howFormula(String sheetName, int r, Messages messages) {
        String inc = yesFormula(Formulas.ref(sheetName, r, 4));
        String low = yesFormula(Formulas.ref(sheetName, r, 5));
        String high = yesFormula(Formulas.ref(sheetName, r, 6));
        return "IF(" + inc + "," + q(messages.get("forecast.measure.included"))
                + "&IF(" + low + ",\"\"," + q(messages.get("forecast.measure.failsLow")) + ")"
                + "&IF(" + high + ",\"\"," + q(messages.get("forecast.measure.failsHigh")) + "),"
                + q(messages.get("forecast.measure.notIncluded"))
                + "&IF(" + low + "," + q(messages.get("forecast.measure.comesLow")) + ",\"\")"
                + "&IF(" + high + "," + q(messages.get("forecast.measure.comesHigh")) + ",\"\"))";
    }

    private static String q(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static void percent(Sheet sheet, int r, int c, double v, Styles styles) {
        number(sheet, r, c, v, styles.percentInput);
    }

    static Cell cell(Sheet sheet, int r, int c, String text, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        return cell;
    }

    static Cell number(Sheet sheet, int r, int c, double v, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(v);
        cell.setCellStyle(style);
        return cell;
    }

    private static Cell get(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    private static boolean blankRow(Sheet sheet, int r) {
        Row row = sheet.getRow(r);
        if (row == null) {
            return true;
        }
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !(cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank())) {
                return false;
            }
        }
        return true;
    }

    private static String text(Sheet sheet, int r, int c) {
        Cell cell = get(sheet, r, c);
        if (cell == null || cell.getCellType() != CellType.STRING && !(cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.STRING)) {
            return null;
        }
        String s = cell.getStringCellValue().strip();
        return s.isEmpty() ? null : s;
    }

    /** A number, a number or percentage typed as text ("1 234", "10 %", "−3,5%"; see NumberText), or 0 when empty. */
    static double number(Sheet sheet, int r, int c) {
        Cell cell = get(sheet, r, c);
        if (cell == null) {
            return 0;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        return type == CellType.STRING ? NumberText.parse(cell.getStringCellValue()).orElse(0) : 0;
    }

    /** Whether a cell says yes: one of {@link #YES_WORDS} (case and surrounding spaces ignored), or TRUE. */
    static boolean yes(Sheet sheet, int r, int c) {
        Cell cell = get(sheet, r, c);
        if (cell == null) {
            return false;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.BOOLEAN) {
            return cell.getBooleanCellValue();
        }
        if (type != CellType.STRING) {
            return false;
        }
        // like Excel's TRIM: only ordinary spaces go (a no-break space stays, in both)
        String t = cell.getStringCellValue().replaceAll("^ +| +$", "").replaceAll(" {2,}", " ");
        return YES_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    /**
     * The same test as a worksheet formula over {@code ref}: TRUE, or the trimmed lower-case text is
     * one of the words. TRIM in Excel removes only ordinary spaces, as {@code strip} does for them.
     */
    public static String yesFormula(String ref) {
        String flag = "LOWER(TRIM(" + ref + "))";
        StringBuilder f = new StringBuilder("OR(").append(ref).append("=TRUE");
        for (String w : YES_WORDS) {
            f.append(',').append(flag).append("=\"").append(w).append('"');
        }
        return f.append(')').toString();
    }
}
