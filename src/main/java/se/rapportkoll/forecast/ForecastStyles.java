package se.rapportkoll.forecast;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import se.rapportkoll.xlsx.write.Styles;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/** The forecast and settings sheets' styles: the tool's shared {@link Styles} plus the few only these sheets use. */
public final class ForecastStyles extends Styles {

    /** A heading within the sheet: bold, 12 pt. */
    public final CellStyle section;
    /** A figure of the method that did best in the backtest: a bold number on green. */
    final CellStyle best;
    /** A percentage for the controller to change: on yellow, like an input cell. */
    public final CellStyle percentInput;
    /** A cell the controller still has to fill in: rose. */
    final CellStyle missing;

    /** Per workbook, the indices of the styles below (see Styles.of: a style object would keep its workbook alive). */
    private static final Map<Workbook, short[]> BY_WORKBOOK = new WeakHashMap<>();

    /** The forecast styles of {@code wb}, created there the first time (the settings and forecast sheets share them). */
    public static ForecastStyles in(Workbook wb) {
        synchronized (BY_WORKBOOK) {
            short[] known = BY_WORKBOOK.get(wb);
            if (known != null) {
                return new ForecastStyles(wb, known);
            }
            ForecastStyles made = new ForecastStyles(wb, Built.STYLES, byValue(wb));
            BY_WORKBOOK.put(wb, new short[] {made.section.getIndex(), made.best.getIndex(), made.percentInput.getIndex(),
                    made.missing.getIndex()});
            return made;
        }
    }

    private ForecastStyles(Workbook wb, short[] i) {
        super(Styles.of(wb));
        section = wb.getCellStyleAt(i[0]);
        best = wb.getCellStyleAt(i[1]);
        percentInput = wb.getCellStyleAt(i[2]);
        missing = wb.getCellStyleAt(i[3]);
    }

    /** Built once in the scratch workbook, put into each user's workbook by value (see Styles.byValue). */
    private static final class Built {
        static final ForecastStyles STYLES = new ForecastStyles(scratch());
    }

    private ForecastStyles(Workbook wb, ForecastStyles made, UnaryOperator<CellStyle> into) {
        super(Styles.of(wb));
        section = into.apply(made.section);
        best = into.apply(made.best);
        percentInput = into.apply(made.percentInput);
        missing = into.apply(made.missing);
    }

    private ForecastStyles(Workbook wb) {
        super(Styles.of(wb));
        section = wb.createCellStyle();
        section.setFont(font(wb, true, (short) 12, IndexedColors.AUTOMATIC.getIndex(), false));
        best = wb.createCellStyle();
        best.setFont(wb.getFontAt(boldNumber.getFontIndex()));
        best.setDataFormat(boldNumber.getDataFormat());
        best.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        best.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        percentInput = wb.createCellStyle();
        percentInput.setDataFormat(wb.createDataFormat().getFormat("0.0 %"));
        percentInput.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        percentInput.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        missing = wb.createCellStyle();
        missing.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
