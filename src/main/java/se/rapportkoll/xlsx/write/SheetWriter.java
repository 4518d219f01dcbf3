package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.model.CellRef;

/**
 * The one way the tool writes the cells of its sheets built in code: texts inline in the cell
 * ({@link InlineText}), numbers, formulas with their cached values ({@link FormulaCells}), rows
 * made when first needed, column widths in characters, and the print set-up ({@link PrintLayout}).
 * Every tool sheet is made through {@link #toolSheet}, so each carries the one marker that lets the
 * next run replace it.
 */
public final class SheetWriter {

    private final XSSFSheet sheet;
    private final Styles styles;

    private SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** A new sheet of the tool's, named {@code wanted} or a free variant of it, marked to be replaced on the next run. */
    public static SheetWriter toolSheet(XSSFWorkbook wb, Styles styles, String wanted) {
        XSSFSheet sheet = wb.createSheet(ToolSheets.freeName(wb, wanted));
        ToolSheets.mark(wb, sheet);
        return new SheetWriter(sheet, styles);
    }

    /** Writes into an existing sheet, such as the controller's settings sheet the tool made once. */
    public static SheetWriter on(XSSFSheet sheet, Styles styles) {
        return new SheetWriter(sheet, styles);
    }

    public XSSFSheet sheet() {
        return sheet;
    }

    public Styles styles() {
        return styles;
    }

    /** The row, made if the sheet has none there yet. */
    public Row row(int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    /** A new cell (replacing whatever was at {@code r}, {@code c}) with the style set. */
    private Cell cell(int r, int c, CellStyle style) {
        Cell cell = row(r).createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    public Cell text(int r, int c, String text, CellStyle style) {
        Cell cell = cell(r, c, style);
        InlineText.set(cell, text);
        return cell;
    }

    public Cell number(int r, int c, double value, CellStyle style) {
        Cell cell = cell(r, c, style);
        cell.setCellValue(value);
        return cell;
    }

    /** A formula (without "=") with the number it evaluates to cached. */
    public Cell formula(int r, int c, String formula, double cached, CellStyle style) {
        Cell cell = cell(r, c, style);
        FormulaCells.set(cell, formula, cached);
        return cell;
    }

    /** A formula whose value is a text, such as "" where a percentage has no base. */
    public Cell formula(int r, int c, String formula, String cached, CellStyle style) {
        Cell cell = cell(r, c, style);
        FormulaCells.set(cell, formula, cached);
        return cell;
    }

    public void height(int r, float points) {
        row(r).setHeightInPoints(points);
    }

    /** Cells {@code firstCol}..{@code lastCol} of row {@code r} as one. */
    public void merge(int r, int firstCol, int lastCol) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, firstCol, lastCol));
    }

    /** Column widths from column A on, in characters of the default font. */
    public void widths(int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** The print set-up every tool sheet has: see {@link PrintLayout}. Called when the sheet is complete. */
    public void printLayout() {
        PrintLayout.apply(sheet);
    }

    /** A cell's A1 address on this sheet: {@code B7}. */
    public static String a1(int r, int c) {
        return new CellRef(r, c).a1();
    }

    /** A cell's absolute address on this sheet: {@code $B$7}. */
    public static String absolute(int r, int c) {
        return "$" + CellRef.column(c) + "$" + (r + 1);
    }
}
