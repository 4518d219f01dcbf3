package se.rapportkoll.forecast;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.write.PrintLayout;

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
 * and the measures until a blank row. Percentages are fractions (0,10 = 10 %).
 */
public record ScenarioSettings(List<CareType> careTypes, List<Measure> measures, Set<String> typedAsText) {

    public ScenarioSettings(List<CareType> careTypes, List<Measure> measures) {
        this(careTypes, measures, Set.of());
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

    /** A measure: cost of implementation and expected effect (tkr, positive), and whether the effect comes per scenario. */
    public record Measure(String name, double cost, double effect, boolean effectLow, boolean effectBase,
                          boolean effectHigh, int row) {

        /** What the measure adds to the result in a scenario: the effect less the cost, or only the cost when the effect fails. */
        public double contribution(Scenario scenario) {
            boolean comes = switch (scenario) {
                case LOW -> effectLow;
                case BASE -> effectBase;
                case HIGH -> effectHigh;
            };
            return (comes ? effect : 0) - cost;
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
        int index = workbook.getSheetIndex(sheet);
        for (Name name : workbook.getAllNames()) {
            if (MARKER.equalsIgnoreCase(name.getNameName()) && name.getSheetIndex() == index) {
                return true;
            }
        }
        return false;
    }

    public static Optional<Sheet> find(Workbook workbook) {
        for (Sheet sheet : workbook) {
            if (isSettingsSheet(workbook, sheet)) {
                return Optional.of(sheet);
            }
        }
        return Optional.empty();
    }

    /**
     * The defaults: ±10 % volume and ±3 % price for every care type (low = more days at a higher
     * price, the unfavourable direction), its price row as `Volym och pris` pairs it (same name,
     * alias, spelling slip; empty where there is none), and no measure: measures come only from the workbook's own action plan or the controller.
     */
    public static ScenarioSettings defaults(List<String> volumeRows, java.util.Map<String, String> pairs) {
        List<CareType> care = new ArrayList<>();
        int row = CARE_HEADER_ROW + 1;
        for (String v : volumeRows) {
            care.add(new CareType(v, pairs.get(v), DEFAULT_VOLUME, -DEFAULT_VOLUME, DEFAULT_PRICE, -DEFAULT_PRICE, row++));
        }
        return new ScenarioSettings(List.copyOf(care), List.of());
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
        List<Measure> measures = new ArrayList<>();
        for (r = r + 1; r <= sheet.getLastRowNum() && !blankRow(sheet, r); r++) {
            String name = text(sheet, r, 0);
            if (name == null) {
                continue;
            }
            measures.add(new Measure(name, number(sheet, r, 1), number(sheet, r, 2),
                    yes(sheet, r, 3), yes(sheet, r, 4), yes(sheet, r, 5), r));
            noteText(sheet, r, typedAsText, 1, 2);
        }
        return new ScenarioSettings(List.copyOf(care), List.copyOf(measures), Set.copyOf(typedAsText));
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
    public Sheet create(Workbook workbook, Messages messages) {
        String wanted = messages.get("forecast.settings.name");
        String name = wanted;
        for (int i = 2; workbook.getSheet(name) != null; i++) {
            name = wanted + " " + i;
        }
        Sheet sheet = workbook.createSheet(name);
        Name marker = workbook.createName();
        marker.setNameName(MARKER);
        marker.setSheetIndex(workbook.getSheetIndex(sheet));
        marker.setRefersToFormula("\"rapportkoll\"");
        marker.setComment("Scenarioinställningar: skapas av rapportkoll en gång, ändras av användaren och skrivs aldrig över.");
        ForecastStyles styles = ForecastStyles.in(workbook);
        cell(sheet, 0, 0, messages.get("forecast.settings.title"), styles.title);
        cell(sheet, 1, 0, messages.get("forecast.settings.note"), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));
        sheet.getRow(1).setHeightInPoints(75);
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
        String[] measureHeaders = {"measure", "cost", "effect", "effectLow", "effectBase", "effectHigh"};
        for (int c = 0; c < measureHeaders.length; c++) {
            cell(sheet, measureHeader, c, messages.get("forecast.settings." + measureHeaders[c]), styles.header);
        }
        String yes = messages.get("forecast.yes");
        String no = messages.get("forecast.no");
        for (Measure m : measures) {
            cell(sheet, m.row(), 0, m.name(), styles.wrapped);
            number(sheet, m.row(), 1, m.cost(), styles.number);
            number(sheet, m.row(), 2, m.effect(), styles.number);
            cell(sheet, m.row(), 3, m.effectLow() ? yes : no, styles.text);
            cell(sheet, m.row(), 4, m.effectBase() ? yes : no, styles.text);
            cell(sheet, m.row(), 5, m.effectHigh() ? yes : no, styles.text);
        }
        int[] widths = {48, 44, 12, 12, 12, 12};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.getRow(CARE_HEADER_ROW).setHeightInPoints(32);
        sheet.getRow(measureHeader).setHeightInPoints(32);
        PrintLayout.apply(sheet);
        return sheet;
    }

    private static void percent(Sheet sheet, int r, int c, double v, ForecastStyles styles) {
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
