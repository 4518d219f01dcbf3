package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder.BorderSide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Plain-text descriptions of cells, styles and sheet settings, so that two workbooks can be
 * compared with assertEquals and a difference reads as what changed.
 */
public final class WorkbookDescriptions {

    private WorkbookDescriptions() {
    }

    static Cell cell(Sheet sheet, int r, int c) {
        Row row = sheet.getRow(r);
        return row == null ? null : row.getCell(c);
    }

    static int lastCol(Row row) {
        return row == null ? -1 : row.getLastCellNum() - 1;
    }

    /** Type, value, formula text and cached result, and the style; "<none>" for a missing cell. */
    static String cell(Cell cell) {
        if (cell == null) {
            return "<none>";
        }
        return content(cell) + " | style " + style(shownStyle(cell))
                + (cell.getHyperlink() == null ? "" : " | link " + cell.getHyperlink().getAddress());
    }

    /**
     * The style Excel shows a cell in: its own ({@code s}), or style 0 when it has none. Not POI's
     * getCellStyle, which falls back to the column's style and so cannot tell an unstyled cell in a
     * styled column from one that took the column's style.
     */
    static XSSFCellStyle shownStyle(Cell cell) {
        XSSFCell c = (XSSFCell) cell;
        var ct = c.getCTCell();
        return c.getSheet().getWorkbook().getStylesSource().getStyleAt(ct.isSetS() ? Math.toIntExact(ct.getS()) : 0);
    }

    static String content(Cell cell) {
        CellType type = cell.getCellType();
        return switch (type) {
            case FORMULA -> "FORMULA =" + cell.getCellFormula() + " cached " + cached(cell, cell.getCachedFormulaResultType());
            default -> type + " " + cached(cell, type);
        };
    }

    private static String cached(Cell cell, CellType type) {
        return switch (type) {
            case NUMERIC -> "NUMERIC " + cell.getNumericCellValue();
            case STRING -> "STRING \"" + cell.getStringCellValue() + "\"";
            case BOOLEAN -> "BOOLEAN " + cell.getBooleanCellValue();
            case ERROR -> "ERROR " + FormulaError.forInt(cell.getErrorCellValue()).getString();
            case BLANK -> "BLANK";
            default -> type.toString();
        };
    }

    public static String style(XSSFCellStyle s) {
        XSSFFont f = s.getFont();
        return "format '" + s.getDataFormatString() + "'"
                + " font " + f.getFontName() + " " + f.getFontHeight() / 20.0 + "pt"
                + (f.getBold() ? " bold" : "") + (f.getItalic() ? " italic" : "")
                + " underline " + f.getUnderline() + (f.getStrikeout() ? " strike" : "")
                + " colour " + colour(f.getXSSFColor()) + "/" + f.getColor()
                + " fill " + s.getFillPattern() + " " + colour(s.getFillForegroundColorColor())
                + " " + colour(s.getFillBackgroundColorColor())
                + " borders T" + s.getBorderTop() + colour(s.getBorderColor(BorderSide.TOP))
                + " B" + s.getBorderBottom() + colour(s.getBorderColor(BorderSide.BOTTOM))
                + " L" + s.getBorderLeft() + colour(s.getBorderColor(BorderSide.LEFT))
                + " R" + s.getBorderRight() + colour(s.getBorderColor(BorderSide.RIGHT))
                + " align " + s.getAlignment() + "/" + s.getVerticalAlignment()
                + (s.getWrapText() ? " wrap" : "") + " indent " + s.getIndention() + " rotation " + s.getRotation()
                + (s.getShrinkToFit() ? " shrink" : "") + (s.getLocked() ? " locked" : "") + (s.getHidden() ? " hidden" : "");
    }

    private static String colour(XSSFColor c) {
        if (c == null) {
            return "()";
        }
        String base = c.isIndexed() ? "idx" + c.getIndexed()
                : c.isThemed() ? "theme" + c.getTheme() : c.getARGBHex();
        return "(" + base + (c.hasTint() ? " tint " + c.getTint() : "") + ")";
    }

    /** Widths and hidden flags of the first columns, the defaults, row heights. */
    static String layout(Sheet sheet) {
        StringBuilder b = new StringBuilder();
        b.append("default width ").append(sheet.getDefaultColumnWidth())
                .append(" default height ").append(sheet.getDefaultRowHeight()).append('\n');
        int lastCol = 0;
        for (Row row : sheet) {
            lastCol = Math.max(lastCol, lastCol(row));
        }
        for (int c = 0; c <= lastCol + 5; c++) {
            b.append("col ").append(c).append(" width ").append(sheet.getColumnWidth(c))
                    .append(sheet.isColumnHidden(c) ? " hidden" : "").append('\n');
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null) {
                b.append("row ").append(r).append(" height ").append(row.getHeight())
                        .append(row.getZeroHeight() ? " hidden" : "").append('\n');
            }
        }
        return b.toString();
    }

    static List<String> mergedRegions(Sheet sheet) {
        List<String> regions = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            regions.add(region.formatAsString());
        }
        regions.sort(null);
        return regions;
    }

    static String panes(Sheet sheet) {
        PaneInformation p = sheet.getPaneInformation();
        if (p == null) {
            return "no panes";
        }
        return "split " + p.getVerticalSplitPosition() + "," + p.getHorizontalSplitPosition()
                + " top-left " + p.getVerticalSplitLeftColumn() + "," + p.getHorizontalSplitTopRow()
                + (p.isFreezePane() ? " frozen" : "") + " active " + p.getActivePaneType();
    }

    static Map<String, String> comments(Sheet sheet) {
        Map<String, String> comments = new TreeMap<>();
        for (Map.Entry<CellAddress, ? extends Comment> e : sheet.getCellComments().entrySet()) {
            Comment c = e.getValue();
            comments.put(e.getKey().formatAsString(), c.getAuthor() + ": " + c.getString().getString());
        }
        return comments;
    }

    static String printSetup(Sheet sheet) {
        PrintSetup p = sheet.getPrintSetup();
        return "landscape " + p.getLandscape() + " paper " + p.getPaperSize() + " fit " + p.getFitWidth() + "x"
                + p.getFitHeight() + " fitToPage " + sheet.getFitToPage() + " repeating rows " + sheet.getRepeatingRows();
    }

    /** Defined names, except those scoped to a sheet the filter rejects (the tool's sheets). */
    static List<String> names(Workbook wb, java.util.function.IntPredicate keepSheet) {
        List<String> names = new ArrayList<>();
        for (Name n : wb.getAllNames()) {
            int scope = n.getSheetIndex();
            if (scope >= 0 && !keepSheet.test(scope)) {
                continue;
            }
            names.add(n.getNameName() + " @" + (scope < 0 ? "workbook" : wb.getSheetName(scope)) + " = "
                    + n.getRefersToFormula() + (n.getComment() == null ? "" : " // " + n.getComment()));
        }
        names.sort(null);
        return names;
    }
}
