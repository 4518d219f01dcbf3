package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import se.rapportkoll.i18n.Messages;
import java.util.Map;

/**
 * How every sheet the tool writes prints and reads, set once the sheet is complete: columns wide
 * enough for their longest header word and their numbers, rows as high as their wrapped text,
 * the paper of the user's own sheets (A4 when they set none), landscape when the columns are wider
 * than a portrait page, one page wide, the first table's header row repeated when that table runs
 * onto a second page, and a page break before a chart that would otherwise be cut by one.
 *
 * <p>Widths are estimated from the characters, not measured with a font: the fonts of the PC that
 * opens the file are not known here, and a substitute (LibreOffice without Calibri) is wider, so
 * the estimate errs on the wide side.
 */
public final class PrintLayout {

    private static final double POINTS_PER_INCH = 72;
    private static final double SIDE_MARGIN = 0.5;
    private static final double TOP_MARGIN = 0.6;
    private static final double HEADER_MARGIN = 0.3;
    /** A4 and US Letter in points, portrait (width, height). */
    private static final double[] A4 = {595, 842};
    private static final double[] LETTER = {612, 792};
    /** Share of a page's height counted as usable: rows may come out a little higher where they are laid out again. */
    private static final double PAGE_SLACK = 0.97;
    /**
     * How much wider text comes out where Calibri is missing and a substitute is drawn
     * (LibreOffice without Carlito): a header word must still fit, and wrapped text still show.
     */
    private static final double SUBSTITUTE_FONT = 1.2;
    /** Widest a column is made for a text that would be cut by its neighbour (in characters). */
    private static final int MAX_TEXT_WIDTH = 60;

    private static final DataFormatter FORMATTER = new DataFormatter(Messages.SWEDISH);

    private PrintLayout() {
    }

    /** Sets up {@code sheet}, a sheet of the tool's with all its cells, merged regions and charts written. */
    public static void apply(Sheet sheet) {
        XSSFSheet xs = (XSSFSheet) sheet;
        Map<Long, CellRangeAddress> merged = mergedByCell(xs);
        widenColumns(xs, merged);
        fitRowHeights(xs, merged);

        PrintSetup setup = xs.getPrintSetup();
        short paper = paperOfUserSheets(xs.getWorkbook());
        setup.setPaperSize(paper);
        double[] page = paper == PrintSetup.LETTER_PAPERSIZE ? LETTER : A4;
        double width = usedWidthPoints(xs);
        double portraitWidth = page[0] - 2 * SIDE_MARGIN * POINTS_PER_INCH;
        boolean landscape = width > portraitWidth * 1.1;
        setup.setLandscape(landscape);
        double printableWidth = (landscape ? page[1] : page[0]) - 2 * SIDE_MARGIN * POINTS_PER_INCH;
        double printableHeight = (landscape ? page[0] : page[1]) - 2 * TOP_MARGIN * POINTS_PER_INCH;
        xs.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
        xs.setMargin(Sheet.RightMargin, SIDE_MARGIN);
        xs.setMargin(Sheet.TopMargin, TOP_MARGIN);
        xs.setMargin(Sheet.BottomMargin, TOP_MARGIN);
        xs.setMargin(Sheet.HeaderMargin, HEADER_MARGIN);
        xs.setMargin(Sheet.FooterMargin, HEADER_MARGIN);
        xs.setFitToPage(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        xs.setHorizontallyCenter(false);
        xs.getFooter().setCenter("&A – &P");

        double scale = Math.min(1, printableWidth / width);
        double pageHeight = printableHeight / scale * PAGE_SLACK;
        int header = firstHeaderRow(xs);
        CellRangeAddress repeated = null;
        if (header >= 0 && height(xs, 0, tableEnd(xs, header) + 1) > pageHeight) {
            repeated = CellRangeAddress.valueOf((header + 1) + ":" + (header + 1));
            xs.setRepeatingRows(repeated);
        }
        keepChartsWhole(xs, pageHeight, repeated == null ? 0 : height(xs, header, header + 1));
    }

    /**
     * A column of wrapped names (the deviations' table names) as wide as its longest text, up to
     * the widest a text column is made: shorter names take one line, a longer one wraps within the
     * column instead of being cut by its neighbour. Call before {@link #apply}, which fits the rows.
     */
    public static void fitToLongestText(Sheet sheet, int column, int firstRow) {
        double chars = 0;
        for (Row row : sheet) {
            Cell cell = row.getRowNum() < firstRow ? null : row.getCell(column);
            if (cell != null && isText(cell)) {
                Font font = sheet.getWorkbook().getFontAt(cell.getCellStyle().getFontIndex());
                chars = Math.max(chars, width(cell.getStringCellValue(), font) * SUBSTITUTE_FONT + 1);
            }
        }
        int units = (int) Math.ceil(Math.min(chars, MAX_TEXT_WIDTH) * 256);
        if (units > sheet.getColumnWidth(column)) {
            sheet.setColumnWidth(column, units);
        }
    }

    /** The paper the user's own sheets print on: the first one that says, else A4. */
    private static short paperOfUserSheets(XSSFWorkbook wb) {
        for (Sheet s : wb) {
            XSSFSheet user = (XSSFSheet) s;
            if (ToolSheets.isToolSheet(wb, user) || !user.getCTWorksheet().isSetPageSetup()
                    || !user.getCTWorksheet().getPageSetup().isSetPaperSize()) {
                continue;
            }
            return (short) user.getCTWorksheet().getPageSetup().getPaperSize();
        }
        return PrintSetup.A4_PAPERSIZE;
    }

    // --- widths and heights ---

    private static Map<Long, CellRangeAddress> mergedByCell(XSSFSheet sheet) {
        Map<Long, CellRangeAddress> byCell = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                    byCell.put(key(r, c), region);
                }
            }
        }
        return byCell;
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    /**
     * Each column at least as wide as the longest word of a wrapped text in it (a header never
     * breaks inside a word), the longest number it shows (a number is never cut or wrapped), and a
     * text that its right neighbour would cut off.
     */
    private static void widenColumns(XSSFSheet sheet, Map<Long, CellRangeAddress> merged) {
        Map<Integer, Double> needed = new HashMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (merged.containsKey(key(cell.getRowIndex(), cell.getColumnIndex()))) {
                    continue;
                }
                CellStyle style = cell.getCellStyle();
                Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
                double chars;
                if (isText(cell)) {
                    String text = cell.getStringCellValue();
                    if (style.getWrapText()) {
                        chars = 0;
                        for (String word : text.split("[\\s]+")) {
                            chars = Math.max(chars, width(word, font) * SUBSTITUTE_FONT);
                        }
                    } else if (neighbourFilled(row, cell.getColumnIndex())) {
                        chars = Math.min(MAX_TEXT_WIDTH, width(text, font));
                    } else {
                        continue;
                    }
                } else if (isNumber(cell)) {
                    String shown = FORMATTER.formatRawCellContents(cell.getNumericCellValue(), style.getDataFormat(),
                            style.getDataFormatString());
                    chars = width(shown, font) + 1;
                } else {
                    continue;
                }
                needed.merge(cell.getColumnIndex(), chars + 1, Math::max);
            }
        }
        needed.forEach((c, chars) -> {
            int units = (int) Math.ceil(chars * 256);
            if (units > sheet.getColumnWidth(c)) {
                sheet.setColumnWidth(c, Math.min(units, 255 * 256));
            }
        });
    }

    private static boolean neighbourFilled(Row row, int c) {
        Cell next = row.getCell(c + 1);
        return next != null && next.getCellType() != CellType.BLANK
                && !(isText(next) && next.getStringCellValue().isEmpty());
    }

    /** Every row with wrapped text gets the height of its tallest wrapped cell, merged ones by their whole width. */
    private static void fitRowHeights(XSSFSheet sheet, Map<Long, CellRangeAddress> merged) {
        for (Row row : sheet) {
            double tallest = 0;
            for (Cell cell : row) {
                CellStyle style = cell.getCellStyle();
                if (!isText(cell) || !style.getWrapText() || cell.getStringCellValue().isEmpty()) {
                    continue;
                }
                CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
                if (region != null && (region.getFirstRow() != region.getLastRow() || region.getFirstColumn() != cell.getColumnIndex())) {
                    continue;
                }
                int first = cell.getColumnIndex();
                int last = region == null ? first : region.getLastColumn();
                double columnChars = 0;
                for (int c = first; c <= last; c++) {
                    columnChars += sheet.getColumnWidth(c) / 256.0;
                }
                Font font = sheet.getWorkbook().getFontAt(style.getFontIndex());
                int lines = lines(cell.getStringCellValue(), font, (columnChars - 1) / SUBSTITUTE_FONT);
                tallest = Math.max(tallest, lines * font.getFontHeightInPoints() * 1.25 + 1.5);
            }
            if (tallest > 0) {
                row.setHeightInPoints((float) Math.max(tallest, sheet.getDefaultRowHeightInPoints()));
            }
        }
    }

    /** The lines a text takes when wrapped at spaces into {@code columnChars} characters. */
    static int lines(String text, Font font, double columnChars) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            double line = 0;
            double space = width(" ", font);
            for (String word : paragraph.split(" ")) {
                double w = width(word, font);
                if (line > 0 && line + space + w > columnChars) {
                    lines++;
                    line = w;
                } else {
                    line += (line > 0 ? space : 0) + w;
                }
            }
        }
        return lines;
    }

    /**
     * The width of {@code text} in the units of column widths (the width of a digit of an 11 pt
     * Calibri), from the characters' rough shares of it, a little wider than Calibri's.
     */
    static double width(String text, Font font) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ("iljtfrI.,:;'!|()[] ".indexOf(ch) >= 0) {
                w += 0.5;
            } else if ("mwMW%".indexOf(ch) >= 0) {
                w += 1.4;
            } else if (Character.isUpperCase(ch) || Character.isDigit(ch)) {
                w += 1.1;
            } else {
                w += 0.9;
            }
        }
        double factor = font.getFontHeightInPoints() / 11.0 * (font.getBold() ? 1.08 : 1.0);
        return w * factor;
    }

    private static boolean isText(Cell cell) {
        return cell.getCellType() == CellType.STRING
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.STRING;
    }

    private static boolean isNumber(Cell cell) {
        return cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC;
    }

    private static double usedWidthPoints(XSSFSheet sheet) {
        int lastCol = 0;
        for (Row row : sheet) {
            lastCol = Math.max(lastCol, row.getLastCellNum() - 1);
        }
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing != null) {
            for (XSSFShape shape : drawing.getShapes()) {
                if (shape.getAnchor() instanceof XSSFClientAnchor a) {
                    lastCol = Math.max(lastCol, a.getCol2() - (a.getDx2() == 0 ? 1 : 0));
                }
            }
        }
        double points = 0;
        for (int c = 0; c <= lastCol; c++) {
            points += sheet.getColumnWidthInPixels(c) * 0.75;
        }
        return points;
    }

    // --- pages ---

    /** The first row that looks like a table's header: three or more wrapped texts with a bottom border. */
    private static int firstHeaderRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            int headers = 0;
            for (Cell cell : row) {
                CellStyle s = cell.getCellStyle();
                if (isText(cell) && s.getWrapText() && s.getBorderBottom() != org.apache.poi.ss.usermodel.BorderStyle.NONE) {
                    headers++;
                }
            }
            if (headers >= 3) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /** The last row of the table whose header is {@code header}: the row before the first empty one. */
    private static int tableEnd(XSSFSheet sheet, int header) {
        int r = header + 1;
        while (sheet.getRow(r) != null && sheet.getRow(r).getPhysicalNumberOfCells() > 0) {
            r++;
        }
        return r - 1;
    }

    /** The height in points of rows {@code from} (inclusive) to {@code to} (exclusive). */
    private static double height(XSSFSheet sheet, int from, int to) {
        double h = 0;
        for (int r = from; r < to; r++) {
            Row row = sheet.getRow(r);
            h += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
        }
        return h;
    }

    /**
     * Breaks the pages of a sheet with charts by hand, so that no chart and no table is cut where
     * it would fit on a page of its own. The page height is taken from the scale a one-page-wide
     * print gets in Excel; a program that draws the columns wider (LibreOffice with a substitute
     * font) scales down further and so has room to spare on every page, which is why every break
     * is set here: an automatic break would fall elsewhere there. A block is a run of rows that are
     * filled or under a chart, with a chart's caption and data above it counted in even across one
     * empty row; a block taller than a page is broken where the page ends.
     */
    private static void keepChartsWhole(XSSFSheet sheet, double pageHeight, double repeatedHeight) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return;
        }
        int last = sheet.getLastRowNum();
        BitSet inBlock = new BitSet();
        for (XSSFShape shape : drawing.getShapes()) {
            if (shape.getAnchor() instanceof XSSFClientAnchor a) {
                int end = a.getRow2() + (a.getDy2() > 0 ? 1 : 0);
                int top = a.getRow1();
                inBlock.set(top, end);
                if (top > 1 && !filled(sheet.getRow(top - 1)) && filled(sheet.getRow(top - 2))) {
                    inBlock.set(top - 1);
                }
                last = Math.max(last, end - 1);
            }
        }
        if (inBlock.isEmpty()) {
            return;
        }
        for (int r = 0; r <= last; r++) {
            if (filled(sheet.getRow(r))) {
                inBlock.set(r);
            }
        }
        double used = 0;
        for (int r = 0; r <= last; r++) {
            boolean starts = inBlock.get(r) && (r == 0 || !inBlock.get(r - 1));
            if (starts && r > 0 && used > repeatedHeight) {
                int end = inBlock.nextClearBit(r);
                double block = height(sheet, r, end);
                if (used + block > pageHeight && block <= pageHeight - repeatedHeight) {
                    sheet.setRowBreak(r - 1);
                    used = repeatedHeight;
                }
            }
            double h = height(sheet, r, r + 1);
            if (used + h > pageHeight && r > 0) {
                sheet.setRowBreak(r - 1);
                used = repeatedHeight;
            }
            used += h;
        }
    }

    private static boolean filled(Row row) {
        if (row == null) {
            return false;
        }
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK && !(isText(cell) && cell.getStringCellValue().isBlank())) {
                return true;
            }
        }
        return false;
    }
}
