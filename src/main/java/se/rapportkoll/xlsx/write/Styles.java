package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.UnaryOperator;

/**
 * The few cell styles of the tool's sheets built in code, created once per workbook. The templated
 * sheets take their styles from workbook-templates/; {@code TemplateGenerator} starts those from these.
 * Public, and open to extension, so that the forecast sheets share these styles and add only their own.
 */
public class Styles {

    /** The sheet's title: bold, 14 pt. */
    public final CellStyle title;
    /** An explanatory note under a title: grey italic 10 pt, wrapped, top-aligned. */
    public final CellStyle note;
    /** A table's column header: bold, wrapped, top-aligned, grey fill, thin bottom border. */
    public final CellStyle header;
    /** Plain text, top-aligned. */
    public final CellStyle text;
    /** Text set off from a number to its left (an amount as a sentence says it), top-aligned. */
    public final CellStyle indentedText;
    /** Text that wraps, top-aligned. */
    public final CellStyle wrapped;
    public final CellStyle link;
    /** A whole number with thousands separators, top-aligned. */
    public final CellStyle number;
    public final CellStyle percent;
    /** Bold text, such as a line's label. */
    public final CellStyle boldText;
    /** A bold whole number with thousands separators, such as a total. */
    public final CellStyle boldNumber;
    public final CellStyle boldPercent;
    public final CellStyle error;
    public final CellStyle warning;
    public final CellStyle info;

    /**
     * Per workbook, so that the tool's sheets share one set instead of each adding its own. Only
     * the styles' indices are kept: a style object refers to its workbook, which a weak key must not.
     */
    private static final Map<Workbook, short[]> BY_WORKBOOK = new WeakHashMap<>();

    /**
     * Where the styles made in code are built, once: they enter a user's workbook only by value
     * ({@link #byValue}), so that processing an output again reuses the styles the last run added.
     */
    private static final class Scratch {
        static final XSSFWorkbook WORKBOOK = new XSSFWorkbook();
        static final Styles BUILT = new Styles(WORKBOOK);
    }

    /** The styles of {@code wb}, put there the first time (reusing equal ones already there). */
    public static Styles of(Workbook wb) {
        if (wb == Scratch.WORKBOOK) {
            return Scratch.BUILT;
        }
        synchronized (BY_WORKBOOK) {
            short[] known = BY_WORKBOOK.get(wb);
            if (known != null) {
                return new Styles(wb, known);
            }
            Styles made = new Styles(Scratch.BUILT, byValue(wb));
            BY_WORKBOOK.put(wb, made.indices());
            return made;
        }
    }

    /** The workbook to build a subclass's styles in before they go into a user's workbook {@link #byValue}. */
    protected static Workbook scratch() {
        return Scratch.WORKBOOK;
    }

    /**
     * Puts styles made in another workbook (the {@link #scratch}) into {@code wb}: each as the
     * equal style already there, or as a copy with equal fonts, fills, borders and formats reused.
     */
    protected static UnaryOperator<CellStyle> byValue(Workbook wb) { // styles made in the scratch workbook
        XSSFWorkbook target = wb instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) wb;
        StyleCopier copier = new StyleCopier(target);
        StylesTable source = Scratch.WORKBOOK.getStylesSource();
        return style -> copier.copy((XSSFCellStyle) style, source);
    }

    /** The index of a differential format equal to {@code dxf} in {@code styles}, added if there is none. */
    public static int dxf(StylesTable styles, CTDxf dxf) {
        String value = value(dxf);
        for (int i = 0; i < styles._getDXfsSize(); i++) {
            if (value(styles.getDxfAt(i)).equals(value)) {
                return i;
            }
        }
        return styles.putDxf(dxf) - 1;
    }

    /**
     * A style record's content as text, the same whether it was parsed from a file or made here:
     * XMLBeans writes the one with a default namespace and the other with a prefix.
     */
    static String value(XmlObject xml) {
        return xml.xmlText().replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", "").replaceAll("<(/?)\\w+:", "<$1")
                .replace("<xml-fragment>", "").replace("</xml-fragment>", "").replace("<xml-fragment/>", "");
    }

    private Styles(Workbook wb, short[] i) {
        title = wb.getCellStyleAt(i[0]);
        note = wb.getCellStyleAt(i[1]);
        header = wb.getCellStyleAt(i[2]);
        text = wb.getCellStyleAt(i[3]);
        wrapped = wb.getCellStyleAt(i[4]);
        link = wb.getCellStyleAt(i[5]);
        number = wb.getCellStyleAt(i[6]);
        percent = wb.getCellStyleAt(i[7]);
        boldText = wb.getCellStyleAt(i[8]);
        boldNumber = wb.getCellStyleAt(i[9]);
        boldPercent = wb.getCellStyleAt(i[10]);
        error = wb.getCellStyleAt(i[11]);
        warning = wb.getCellStyleAt(i[12]);
        info = wb.getCellStyleAt(i[13]);
        indentedText = wb.getCellStyleAt(i[14]);
    }

    private short[] indices() {
        return new short[] {title.getIndex(), note.getIndex(), header.getIndex(), text.getIndex(), wrapped.getIndex(), link.getIndex(), number.getIndex(), percent.getIndex(), boldText.getIndex(), boldNumber.getIndex(), boldPercent.getIndex(), error.getIndex(), warning.getIndex(), info.getIndex(), indentedText.getIndex()};
    }

    /** Each of {@code made}'s styles as {@code into} puts it into another workbook. */
    private Styles(Styles made, UnaryOperator<CellStyle> into) {
        title = into.apply(made.title);
        note = into.apply(made.note);
        header = into.apply(made.header);
        text = into.apply(made.text);
        wrapped = into.apply(made.wrapped);
        link = into.apply(made.link);
        number = into.apply(made.number);
        percent = into.apply(made.percent);
        boldText = into.apply(made.boldText);
        boldNumber = into.apply(made.boldNumber);
        boldPercent = into.apply(made.boldPercent);
        error = into.apply(made.error);
        warning = into.apply(made.warning);
        info = into.apply(made.info);
        indentedText = into.apply(made.indentedText);
    }

    /** The same styles, for a subclass that adds its own. */
    protected Styles(Styles shared) {
        title = shared.title;
        note = shared.note;
        header = shared.header;
        text = shared.text;
        wrapped = shared.wrapped;
        link = shared.link;
        number = shared.number;
        percent = shared.percent;
        boldText = shared.boldText;
        boldNumber = shared.boldNumber;
        boldPercent = shared.boldPercent;
        error = shared.error;
        warning = shared.warning;
        info = shared.info;
        indentedText = shared.indentedText;
    }

    /** Creates the styles in {@code wb} (the scratch workbook). */
    private Styles(Workbook wb) {
        short numberFormat = wb.createDataFormat().getFormat("#,##0;-#,##0");
        short percentFormat = wb.createDataFormat().getFormat("0.0 %"); // "4,0 %": a space before the sign, as Swedish writes it
        Font bold = font(wb, true, (short) 11, IndexedColors.AUTOMATIC.getIndex(), false);
        title = wb.createCellStyle();
        title.setFont(font(wb, true, (short) 14, IndexedColors.AUTOMATIC.getIndex(), false));
        note = wb.createCellStyle();
        note.setFont(font(wb, false, (short) 10, IndexedColors.GREY_80_PERCENT.getIndex(), true));
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        indentedText = wb.createCellStyle();
        indentedText.setVerticalAlignment(VerticalAlignment.TOP);
        indentedText.setAlignment(HorizontalAlignment.LEFT); // Excel and LibreOffice indent only left-aligned text
        indentedText.setIndention((short) 1);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        link = wb.createCellStyle();
        link.setFont(font(wb, false, (short) 11, IndexedColors.BLUE.getIndex(), false, true));
        link.setVerticalAlignment(VerticalAlignment.TOP);
        number = wb.createCellStyle();
        number.setDataFormat(numberFormat);
        number.setVerticalAlignment(VerticalAlignment.TOP);
        percent = wb.createCellStyle();
        percent.setDataFormat(percentFormat);
        percent.setVerticalAlignment(VerticalAlignment.TOP);
        boldText = wb.createCellStyle();
        boldText.setFont(bold);
        boldNumber = wb.createCellStyle();
        boldNumber.setFont(bold);
        boldNumber.setDataFormat(numberFormat);
        boldPercent = wb.createCellStyle();
        boldPercent.setFont(bold);
        boldPercent.setDataFormat(percentFormat);
        error = severity(wb, IndexedColors.ROSE.getIndex());
        warning = severity(wb, IndexedColors.LIGHT_YELLOW.getIndex());
        info = severity(wb, IndexedColors.LIGHT_TURQUOISE.getIndex());
    }

    private static CellStyle severity(Workbook wb, short colour) {
        CellStyle s = wb.createCellStyle();
        s.setFillForegroundColor(colour);
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    /** A new font in {@code wb}, for the styles of a subclass. */
    protected static Font font(Workbook wb, boolean bold, short points, short colour, boolean italic) {
        return font(wb, bold, points, colour, italic, false);
    }

    private static Font font(Workbook wb, boolean bold, short points, short colour, boolean italic, boolean underline) {
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints(points);
        f.setColor(colour);
        f.setItalic(italic);
        if (underline) {
            f.setUnderline(Font.U_SINGLE);
        }
        return f;
    }
}
