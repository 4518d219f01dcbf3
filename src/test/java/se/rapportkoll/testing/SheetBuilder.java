package se.rapportkoll.testing;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds test workbooks from rows of values: a String starting with "=" is a formula, other
 * Strings are text, Numbers are numbers, null leaves the cell out. Formulas are evaluated so
 * that their cached values are stored, as Excel would.
 */
public final class SheetBuilder {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private Sheet sheet;
    private CellStyle numberStyle;

    public SheetBuilder sheet(String name) {
        sheet = workbook.createSheet(name);
        numberStyle = workbook.createCellStyle();
        numberStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        return this;
    }

    /** The number format of the numbers written next, e.g. "0.0" for mnkr with one decimal. */
    public SheetBuilder numberFormat(String format) {
        numberStyle = workbook.createCellStyle();
        numberStyle.setDataFormat(workbook.createDataFormat().getFormat(format));
        return this;
    }

    /** Writes the rows starting at the given 0-based row and column. */
    public SheetBuilder rows(int firstRow, int firstCol, Object[]... rows) {
        for (int i = 0; i < rows.length; i++) {
            Row row = sheet.getRow(firstRow + i) == null ? sheet.createRow(firstRow + i) : sheet.getRow(firstRow + i);
            for (int j = 0; j < rows[i].length; j++) {
                Object v = rows[i][j];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(firstCol + j);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(numberStyle);
                } else if (v instanceof String s && s.startsWith("=")) {
                    cell.setCellFormula(s.substring(1));
                    cell.setCellStyle(numberStyle);
                } else {
                    cell.setCellValue(v.toString());
                }
            }
        }
        return this;
    }

    /** Merges a region of the current sheet (0-based, inclusive), as a header over several columns. */
    public SheetBuilder merge(int firstRow, int lastRow, int firstCol, int lastCol) {
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(firstRow, lastRow, firstCol, lastCol));
        return this;
    }

    public XSSFWorkbook workbook() {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        return workbook;
    }

    public Path save(Path file) throws IOException {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
        return saveWithoutCachedValues(file);
    }

    /** Saves formulas without computing them, as some libraries write workbooks (no cached values). */
    public Path saveWithoutCachedValues(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
        return file;
    }

    public static Object[] row(Object... values) {
        return values;
    }
}
