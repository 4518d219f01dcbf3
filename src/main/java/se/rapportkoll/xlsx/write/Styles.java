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

import java.util.function.UnaryOperator;

/**
 * The cell styles of the tool's sheets built in code, one set per output: {@link #in} puts them into
 * the workbook by value, reusing equal styles already there, so that processing an output again adds
 * none. The templated sheets take their styles from workbook-templates/; {@code TemplateGenerator}
 * starts those from these.
 */
public final class Styles {

    /** The sheet's title: bold, 14 pt. */
    public final CellStyle title;
    /** A heading within the sheet: bold, 12 pt. */
    public final CellStyle section;
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
    /** A figure of the forecast method that did best in the backtest: a bold number on green. */
    public final CellStyle best;
    /** A percentage for the controller to change: on yellow, like an input cell. */
    public final CellStyle percentInput;
    /** A cell the controller still has to fill in: rose. */
    public final CellStyle missing;
    /** A yes/no for the controller to change: on yellow like the percentages, centred. */
    public final CellStyle flagInput;
    /** A month over a row of figures: a header, right-aligned like the figures under it. */
    public final CellStyle monthHeader;
    /** A forecast's gap outside the methods: a bold number, or the words saying there is none, right-aligned either way. */
    public final CellStyle gap;
    /** A name beside its note (a forecast method's): bold, top-aligned like the note. */
    public final CellStyle noteName;
    public final CellStyle error;
    public final CellStyle warning;
    public final CellStyle info;

    /**
     * The styles as built once, in a workbook of their own: they enter a user's workbook only by
     * value, never as objects, so nothing here refers to a user's workbook or outlives it.
     */
    private static final class Built {
        static final XSSFWorkbook WORKBOOK = new XSSFWorkbook();
        static final Styles STYLES = new Styles(WORKBOOK);
    }

    /**
     * The styles in {@code wb}, each as the equal style already there or as a copy with equal fonts,
     * fills, borders and formats reused. Called once per output; the sheets written into it share the result.
     */
    public static Styles in(Workbook wb) {
        XSSFWorkbook target = wb instanceof SXSSFWorkbook streaming ? streaming.getXSSFWorkbook() : (XSSFWorkbook) wb;
        if (target == Built.WORKBOOK) {
            return Built.STYLES;
        }
        StyleCopier copier = new StyleCopier(target);
        StylesTable source = Built.WORKBOOK.getStylesSource();
        synchronized (Built.WORKBOOK) { // the built styles are read while copied; outputs may be written in parallel
            return new Styles(Built.STYLES, style -> copier.copy((XSSFCellStyle) style, source));
        }
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

    /** Each of {@code made}'s styles as {@code into} puts it into another workbook. */
    private Styles(Styles made, UnaryOperator<CellStyle> into) {
        title = into.apply(made.title);
        section = into.apply(made.section);
        note = into.apply(made.note);
        header = into.apply(made.header);
        text = into.apply(made.text);
        indentedText = into.apply(made.indentedText);
        wrapped = into.apply(made.wrapped);
        link = into.apply(made.link);
        number = into.apply(made.number);
        percent = into.apply(made.percent);
        boldText = into.apply(made.boldText);
        boldNumber = into.apply(made.boldNumber);
        boldPercent = into.apply(made.boldPercent);
        best = into.apply(made.best);
        percentInput = into.apply(made.percentInput);
        missing = into.apply(made.missing);
        flagInput = into.apply(made.flagInput);
        monthHeader = into.apply(made.monthHeader);
        gap = into.apply(made.gap);
        noteName = into.apply(made.noteName);
        error = into.apply(made.error);
        warning = into.apply(made.warning);
        info = into.apply(made.info);
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
        section = wb.createCellStyle();
        section.setFont(font(wb, true, (short) 12, IndexedColors.AUTOMATIC.getIndex(), false));
        best = wb.createCellStyle();
        best.setFont(bold);
        best.setDataFormat(numberFormat);
        best.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        best.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        percentInput = wb.createCellStyle();
        percentInput.setDataFormat(percentFormat);
        percentInput.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        percentInput.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        missing = wb.createCellStyle();
        missing.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        flagInput = wb.createCellStyle();
        flagInput.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        flagInput.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        flagInput.setAlignment(HorizontalAlignment.CENTER);
        flagInput.setVerticalAlignment(VerticalAlignment.TOP);
        monthHeader = wb.createCellStyle();
        monthHeader.cloneStyleFrom(header);
        monthHeader.setAlignment(HorizontalAlignment.RIGHT);
        gap = wb.createCellStyle();
        gap.cloneStyleFrom(boldNumber);
        gap.setAlignment(HorizontalAlignment.RIGHT);
        noteName = wb.createCellStyle();
        noteName.cloneStyleFrom(boldText);
        noteName.setVerticalAlignment(VerticalAlignment.TOP);
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

    private static Font font(Workbook wb, boolean bold, short points, short colour, boolean italic) {
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
