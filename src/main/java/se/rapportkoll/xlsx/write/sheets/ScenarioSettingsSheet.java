package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.analyse.forecast.ScenarioSettings;
import se.rapportkoll.analyse.forecast.ScenarioSettings.CareType;
import se.rapportkoll.analyse.forecast.ScenarioSettings.Measure;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.model.SourceCell;
import se.rapportkoll.xlsx.read.SettingsSheet;
import se.rapportkoll.xlsx.write.SheetWriter;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.ToolSheets;

/**
 * Writes the controller's scenario-settings sheet: created once with the defaults, afterwards only
 * given the action plan's measures it does not list yet. The layout is the one
 * {@link ScenarioSettings#read} reads by position.
 */
public final class ScenarioSettingsSheet {

    private static final int MEASURE_COLUMNS = 8;

    private ScenarioSettingsSheet() {
    }

    /**
     * The controller's settings sheet, created with the defaults when the workbook has none, its name
     * (null: none needed). Called before the tool's sheets are written, so that it sits before them,
     * where it stays on later runs.
     */
    public static String ensure(XSSFWorkbook wb, Styles styles, Messages messages, Forecasting.Outcome outcome) {
        Sheet existing = SettingsSheet.find(wb).orElse(null);
        if (existing != null) {
            if (outcome.scenarios() != null) {
                appendMissing(SheetWriter.on((XSSFSheet) existing, styles), outcome.scenarios().settings(), messages);
            }
            return existing.getSheetName();
        }
        if (outcome.scenarios() != null && !outcome.scenarios().lines().isEmpty()) {
            return create(wb, styles, messages, outcome.scenarios().settings()).getSheetName();
        }
        return null;
    }

    /** Creates the settings sheet with these settings and marks it as the controller's settings. */
    static Sheet create(XSSFWorkbook wb, Styles styles, Messages messages, ScenarioSettings settings) {
        String wanted = messages.get("forecast.settings.name");
        String name = wanted;
        for (int i = 2; wb.getSheet(name) != null; i++) {
            name = wanted + " " + i;
        }
        XSSFSheet sheet = wb.createSheet(name);
        ToolSheets.label(wb, sheet, SettingsSheet.MARKER,
                "Scenarioinställningar: skapas av rapportkoll en gång, ändras av användaren och skrivs aldrig över.");
        SheetWriter w = SheetWriter.on(sheet, styles);
        w.text(0, 0, messages.get("forecast.settings.title"), styles.title);
        w.text(1, 0, messages.get("forecast.settings.note"), styles.note);
        w.merge(1, 0, MEASURE_COLUMNS - 1);
        w.height(1, 90);
        String[] careHeaders = {"careType", "priceRow", "volumeLow", "volumeHigh", "priceLow", "priceHigh"};
        for (int c = 0; c < careHeaders.length; c++) {
            w.text(ScenarioSettings.CARE_HEADER_ROW, c, messages.get("forecast.settings." + careHeaders[c]), styles.header);
        }
        for (CareType t : settings.careTypes()) {
            w.text(t.row(), 0, t.volumeRow(), styles.text);
            w.text(t.row(), 1, t.priceRow() == null ? "" : t.priceRow(), t.priceRow() == null ? styles.missing : styles.text);
            w.number(t.row(), 2, t.volumeLow(), styles.percentInput);
            w.number(t.row(), 3, t.volumeHigh(), styles.percentInput);
            w.number(t.row(), 4, t.priceLow(), styles.percentInput);
            w.number(t.row(), 5, t.priceHigh(), styles.percentInput);
        }
        int header = settings.measures().isEmpty() ? settings.measureHeaderRow() : settings.measures().get(0).row() - 1;
        measureHeader(w, header, messages);
        for (Measure m : settings.measures()) {
            writeMeasure(w, m, messages);
        }
        w.widths(48, 44, 12, 12, 12, 12, 12, 48);
        w.height(ScenarioSettings.CARE_HEADER_ROW, 32);
        w.printLayout();
        return sheet;
    }

    /**
     * Writes the measures of these settings that the controller's sheet does not have yet (see
     * {@link ScenarioSettings#withMissing}) into its empty rows after the last measure; nothing
     * already there changes.
     */
    static void appendMissing(SheetWriter w, ScenarioSettings settings, Messages messages) {
        boolean planned = settings.measures().stream().anyMatch(m -> m.source() != null);
        if (settings.older() != null && planned && isEmpty(w, settings.measureHeaderRow())) {
            measureHeader(w, settings.measureHeaderRow(), messages); // today's block below the older one
        }
        for (Measure m : settings.measures()) {
            if (m.source() != null && isEmpty(w, m.row())) {
                writeMeasure(w, m, messages);
            }
        }
    }

    /** Whether the row's first cell holds no text: where a measure or header may be written. */
    private static boolean isEmpty(SheetWriter w, int r) {
        Row row = w.sheet().getRow(r);
        Cell cell = row == null ? null : row.getCell(0);
        if (cell == null) {
            return true;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type != CellType.STRING || cell.getStringCellValue().isBlank();
    }

    private static void measureHeader(SheetWriter w, int row, Messages messages) {
        String[] measureHeaders = {"measure", "cost", "expected", "realised", "included", "effectLow", "effectHigh", "how"};
        for (int c = 0; c < measureHeaders.length; c++) {
            w.text(row, c, messages.get("forecast.settings." + measureHeaders[c]), w.styles().header);
        }
        w.height(row, 32);
    }

    /**
     * A measure's row: from the action plan, its amounts are formulas over the plan's cells (so a
     * corrected plan carries over; the controller may type other figures instead), then the yes/no
     * cells, and a formula saying in words how the measure is counted with the flags as they stand.
     */
    private static void writeMeasure(SheetWriter w, Measure m, Messages messages) {
        Styles styles = w.styles();
        w.text(m.row(), 0, m.name(), styles.wrapped);
        amount(w, m.row(), 1, m.source() == null ? null : m.source().cost(), m.cost());
        amount(w, m.row(), 2, m.source() == null ? null : m.source().expected(), m.expected());
        amount(w, m.row(), 3, m.source() == null ? null : m.source().realised(), m.realised());
        String yes = messages.get("forecast.yes");
        String no = messages.get("forecast.no");
        w.text(m.row(), 4, m.included() ? yes : no, styles.flagInput);
        w.text(m.row(), 5, m.effectLow() ? yes : no, styles.flagInput);
        w.text(m.row(), 6, m.effectHigh() ? yes : no, styles.flagInput);
        w.formula(m.row(), 7, howFormula(w.sheet().getSheetName(), m.row(), messages), how(m, messages), styles.wrapped);
        w.height(m.row(), 45);
    }

    private static void amount(SheetWriter w, int r, int c, SourceCell source, double v) {
        if (source == null) {
            w.number(r, c, v, w.styles().number);
        } else {
            w.formula(r, c, Formulas.ref(source.sheet(), source.row(), source.col()), v, w.styles().number);
        }
    }

    /** In words, how a measure is counted: the text {@link #howFormula} gives. */
    public static String how(Measure m, Messages messages) {
        if (m.included()) {
            return messages.get("forecast.measure.included") + (m.effectLow() ? "" : messages.get("forecast.measure.failsLow"))
                    + (m.effectHigh() ? "" : messages.get("forecast.measure.failsHigh"));
        }
        return messages.get("forecast.measure.notIncluded") + (m.effectLow() ? messages.get("forecast.measure.comesLow") : "")
                + (m.effectHigh() ? messages.get("forecast.measure.comesHigh") : "");
    }

    /** The sentence of {@link #how} as a formula over the row's yes/no cells (the texts hold no quote). */
    private static String howFormula(String sheetName, int r, Messages messages) {
        String inc = ScenarioSettings.yesFormula(Formulas.ref(sheetName, r, 4));
        String low = ScenarioSettings.yesFormula(Formulas.ref(sheetName, r, 5));
        String high = ScenarioSettings.yesFormula(Formulas.ref(sheetName, r, 6));
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
}
