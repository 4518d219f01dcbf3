package se.rapportkoll.xlsx.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.model.CellRange;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * The grid reader: a workbook's sheets read once into {@link SheetGrid}/{@link CellData}
 * snapshots, the plain data the rest of the tool works on. Values, formulas with their cached
 * (or, where untrusted, computed) results, and what the styles say: number format and its
 * precision, percentages, dates, bold, indentation, outline levels, merged regions.
 */
public final class GridReader {

    private GridReader() {
    }

    /** Every sheet the predicate accepts (the tool's own sheets are left out by the caller), in workbook order. */
    public static List<SheetGrid> read(Workbook workbook, Predicate<Sheet> userSheet) {
        List<SheetGrid> grids = new ArrayList<>();
        var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        evaluator.setIgnoreMissingWorkbooks(true);
        boolean cacheVouched = FormulaCache.vouched(workbook);
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            Sheet sheet = workbook.getSheetAt(i);
            if (userSheet.test(sheet)) {
                grids.add(read(sheet, i, evaluator, cacheVouched));
            }
        }
        return grids;
    }

    /** One sheet, cached values taken as they are and nothing evaluated. */
    public static SheetGrid read(Sheet sheet, int sheetIndex) {
        return read(sheet, sheetIndex, null, true);
    }

    /**
     * Reads a sheet. A formula whose cached value its author did not compute (none saved, an empty
     * one, or any formula where {@code cacheVouched} is false: see {@link FormulaCache}) is
     * computed with the evaluator instead of being taken as 0, and the computed value is stored
     * as the cell's cached value, so an output carries it; one that cannot be computed has no value.
     */
    public static SheetGrid read(Sheet sheet, int sheetIndex, FormulaEvaluator evaluator, boolean cacheVouched) {
        int rows = Math.max(sheet.getLastRowNum() + 1, 0);
        CellData[][] cells = new CellData[rows][];
        int[] levels = new int[rows];
        Map<Short, Format> formats = new HashMap<>(); // a workbook has few styles; their formats are parsed once
        Map<Integer, String> shared = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            Row row = sheet.getRow(r);
            int n = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
            levels[r] = row == null ? 0 : Math.max(row.getOutlineLevel(), 0);
            cells[r] = new CellData[n];
            for (int c = 0; c < n; c++) {
                Cell cell = row.getCell(c);
                cells[r][c] = cell == null ? CellData.blank(r, c) : read(cell, evaluator, cacheVouched, formats, shared);
            }
        }
        List<CellRange> merged = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.add(new CellRange(region.getFirstRow(), region.getFirstColumn(), region.getLastRow(), region.getLastColumn()));
        }
        return SheetGrid.of(sheet.getSheetName(), sheetIndex, cells, levels, merged);
    }

    /**
     * A text cell's text. A shared string is decoded once per sheet: POI decodes it
     * anew for every cell, which for a long string many cells share takes minutes. An empty inline
     * string ({@code <is/>}, as some writers store "") has no text at all in POI.
     */
    private static String text(Cell cell, Map<Integer, String> shared) {
        if (cell instanceof XSSFCell x && x.getCTCell().getT() == STCellType.S && x.getCTCell().isSetV()) {
            try {
                return shared.computeIfAbsent(Integer.parseInt(x.getCTCell().getV().trim()),
                        i -> Objects.requireNonNullElse(cell.getStringCellValue(), ""));
            } catch (NumberFormatException e) {
                // not an index: read as POI reads it
            }
        }
        return Objects.requireNonNullElse(cell.getStringCellValue(), "");
    }

    /**
     * What the tool reads from a cell style: the number format, whether it shows a percentage, its
     * decimals (-1: General), and whether the font is bold and the text indented (the hierarchy).
     */
    private record Format(String format, boolean percent, int decimals, boolean bold, int indent, boolean date) {

        static Format of(CellStyle style, Workbook workbook) {
            String format = style == null ? "General" : style.getDataFormatString();
            boolean percent = format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
            // a damaged or odd file can name a font it does not have
            boolean bold = style != null && style.getFontIndex() < workbook.getNumberOfFonts()
                    && workbook.getFontAt(style.getFontIndex()).getBold();
            int indent = style == null ? 0 : Math.max(style.getIndention(), 0);
            boolean date = style != null && DateUtil.isADateFormat(style.getDataFormat(), format);
            return new Format(format, percent, decimalsInFormat(format), bold, indent, date);
        }
    }

    private static CellData read(Cell cell, FormulaEvaluator evaluator, boolean cacheVouched, Map<Short, Format> formats,
                                 Map<Integer, String> shared) {
        CellStyle cellStyle = cell.getCellStyle();
        short style = cellStyle == null ? 0 : cellStyle.getIndex();
        Format look = formats.computeIfAbsent(style, i -> Format.of(cellStyle, cell.getSheet().getWorkbook()));
        CellData data = readValue(cell, evaluator, cacheVouched, look, style, shared);
        if (look.date() && data.type() == CellData.Type.NUMBER && DateUtil.isValidExcelDate(data.number())) {
            boolean date1904 = cell.getSheet().getWorkbook() instanceof XSSFWorkbook x && x.isDate1904();
            LocalDateTime day = DateUtil.getLocalDateTime(data.number(), date1904);
            data = day == null ? data : data.withDate(day.toLocalDate());
        }
        return look.bold() || look.indent() > 0 ? data.withLook(look.bold(), look.indent()) : data;
    }

    private static CellData readValue(Cell cell, FormulaEvaluator evaluator, boolean cacheVouched, Format look, short style,
                                      Map<Integer, String> shared) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        String format = look.format();
        boolean percent = look.percent();
        String formula = cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : null;
        if (formula != null && !(cacheVouched && hasCachedValue(cell))) {
            return computed(cell, evaluator, formula, format, style, percent);
        }
        CellType type = formula != null ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC -> {
                double v = cell.getNumericCellValue();
                return new CellData(r, c, CellData.Type.NUMBER, v, null, formula, null, roundingStep(v, look.decimals()), style, percent);
            }
            case STRING -> {
                String s = text(cell, shared);
                OptionalDouble parsed = NumberText.parse(s);
                if (parsed.isPresent() && formula == null) {
                    double v = parsed.getAsDouble();
                    return new CellData(r, c, CellData.Type.TEXT_NUMBER, v, s, null, null, roundingStep(v, -1), style, percent);
                }
                return new CellData(r, c, s.isEmpty() && formula == null ? CellData.Type.BLANK : CellData.Type.TEXT,
                        0, s, formula, null, 1, style, false);
            }
            case ERROR -> {
                String code;
                try {
                    code = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (IllegalArgumentException e) {
                    code = "#ERROR";
                }
                return new CellData(r, c, CellData.Type.ERROR, 0, null, formula, code, 1, style, percent);
            }
            case BOOLEAN -> {
                return new CellData(r, c, CellData.Type.BOOLEAN, 0, Boolean.toString(cell.getBooleanCellValue()), formula, null, 1, style, percent);
            }
            default -> {
                return new CellData(r, c, CellData.Type.BLANK, 0, null, formula, null, 1, style, percent);
            }
        }
    }

    private static boolean hasCachedValue(Cell cell) {
        return !(cell instanceof XSSFCell x) || FormulaCache.hasValue(x);
    }

    /** A formula without a trustworthy cached value: its computed value, or nothing to compare when it cannot be computed. */
    private static CellData computed(Cell cell, FormulaEvaluator evaluator, String formula, String format, short style, boolean percent) {
        int r = cell.getRowIndex();
        int c = cell.getColumnIndex();
        CellValue value = null;
        if (evaluator != null) {
            try {
                value = evaluator.evaluate(cell);
                if (value != null) {
                    evaluator.evaluateFormulaCell(cell); // the same value, from the evaluator's cache, stored in the cell
                }
            } catch (RuntimeException e) {
                value = null; // a function POI does not know: nothing to compare
            }
        }
        if (value != null && value.getCellType() == CellType.NUMERIC) {
            double v = value.getNumberValue();
            return new CellData(r, c, CellData.Type.NUMBER, v, null, formula, null, roundingStep(v, format), style, percent);
        }
        if (value != null && value.getCellType() == CellType.ERROR) {
            String code = FormulaError.forInt(value.getErrorValue()).getString();
            return new CellData(r, c, CellData.Type.ERROR, 0, null, formula, code, 1, style, percent);
        }
        if (value != null && value.getCellType() == CellType.STRING) {
            return new CellData(r, c, CellData.Type.TEXT, 0, value.getStringValue(), formula, null, 1, style, false);
        }
        return new CellData(r, c, CellData.Type.BLANK, 0, null, formula, null, 1, style, percent);
    }

    /** The precision a number carries: from its number format, else from the value itself. */
    static double roundingStep(double value, String format) {
        return roundingStep(value, decimalsInFormat(format));
    }

    /** The same, given the decimals of the number format (-1 for General). */
    private static double roundingStep(double value, int decimals) {
        if (decimals >= 0) {
            return Math.pow(10, -decimals);
        }
        if (value == Math.rint(value)) {
            return 1;
        }
        for (int d = 1; d <= 6; d++) {
            double scaled = value * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6) {
                return Math.pow(10, -d);
            }
        }
        return 1e-6;
    }

    /** Decimals shown by a number format such as "# ##0" (0) or "0.0 %" (3 as a fraction); -1 for General. */
    static int decimalsInFormat(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General") || format.equals("@")) {
            return -1;
        }
        String section = format.split(";", -1)[0].replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        if (!section.contains("0") && !section.contains("#")) {
            return -1;
        }
        int dot = section.indexOf('.');
        int decimals = 0;
        if (dot >= 0) {
            for (int i = dot + 1; i < section.length() && (section.charAt(i) == '0' || section.charAt(i) == '#'); i++) {
                decimals++;
            }
        }
        if (section.contains("%")) {
            decimals += 2;
        }
        return decimals;
    }
}
