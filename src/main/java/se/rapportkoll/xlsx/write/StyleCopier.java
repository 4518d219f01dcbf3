package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorder;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFill;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTFont;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/** Clones template styles into the target workbook, each distinct style once. */
public final class StyleCopier {
    private final XSSFWorkbook target;
    private final Map<String, CellStyle> made = new HashMap<>();
    /** Per source workbook, by style index: most cells share a few styles, so describe each once. */
    private final Map<StylesTable, Map<Short, CellStyle>> bySource = new IdentityHashMap<>();

    /** The target's cell formats by value, so that a style already there (from an earlier run) is reused. */
    private Map<String, Integer> existing;

    public StyleCopier(XSSFWorkbook target) {
        this.target = target;
    }

    public CellStyle copy(XSSFCellStyle style, StylesTable source) {
        return bySource.computeIfAbsent(source, s -> new HashMap<>()).computeIfAbsent(style.getIndex(),
                i -> made.computeIfAbsent(describe(style), k -> cloneInto(style, source)));
    }

    /**
     * What {@link XSSFCellStyle#cloneStyleFrom} does across workbooks, with XML copies instead
     * of its text round trips (four XML parses per style, most of the cost of a small sheet).
     */
    private CellStyle cloneInto(XSSFCellStyle style, StylesTable source) {
        StylesTable styles = target.getStylesSource();
        CTXf xf = (CTXf) style.getCoreXf().copy();
        XSSFFont font = new XSSFFont((CTFont) style.getFont().getCTFont().copy());
        xf.setFontId(font.registerTo(styles, false)); // an equal font is reused
        xf.setFillId(styles.putFill(new XSSFCellFill(
                (CTFill) source.getFillAt((int) style.getCoreXf().getFillId()).getCTFill().copy(), styles.getIndexedColors())));
        xf.setBorderId(styles.putBorder(new XSSFCellBorder(
                (CTBorder) source.getBorderAt((int) style.getCoreXf().getBorderId()).getCTBorder().copy(),
                styles.getTheme(), styles.getIndexedColors())));
        xf.setNumFmtId(target.createDataFormat().getFormat(style.getDataFormatString()));
        if (styles._getStyleXfsSize() > 0) {
            xf.setXfId(0); // the source's named cell styles are not the target's
        } else if (xf.isSetXfId()) {
            xf.unsetXfId(); // a workbook without named cell styles has no style 0 to refer to
        }
        String value = Styles.value(xf);
        Integer same = existing().get(value);
        if (same != null) {
            return target.getCellStyleAt(same);
        }
        XSSFCellStyle clone = target.createCellStyle();
        clone.getCoreXf().set(xf);
        existing.put(value, (int) clone.getIndex());
        return clone;
    }

    private Map<String, Integer> existing() {
        if (existing == null) {
            existing = new HashMap<>();
            StylesTable styles = target.getStylesSource();
            for (int i = target.getNumCellStyles() - 1; i >= 0; i--) { // the first of equal ones wins
                existing.put(Styles.value(styles.getCellXfAt(i)), i);
            }
        }
        return existing;
    }

    /** What makes two styles the same, independent of the workbook's table indices. */
    private static String describe(XSSFCellStyle s) {
        CTXf xf = s.getCoreXf();
        return s.getDataFormatString()
                + "|" + s.getFont().getCTFont().xmlText()
                + "|" + colour(s.getFillForegroundColorColor()) + colour(s.getFillBackgroundColorColor()) + s.getFillPattern()
                + "|" + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft() + s.getBorderRight()
                + colour(s.getTopBorderXSSFColor()) + colour(s.getBottomBorderXSSFColor())
                + colour(s.getLeftBorderXSSFColor()) + colour(s.getRightBorderXSSFColor())
                + "|" + (xf.isSetAlignment() ? xf.getAlignment().xmlText() : "")
                + "|" + (xf.isSetProtection() ? xf.getProtection().xmlText() : "");
    }

    private static String colour(XSSFColor c) {
        return c == null ? "()" : "(" + c.getCTColor().xmlText() + ")";
    }
}
