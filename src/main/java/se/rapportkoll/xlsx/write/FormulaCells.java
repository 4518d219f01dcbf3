package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes a formula the tool generated, with its cached value, straight into the cell's XML.
 * {@code Cell.setCellFormula} parses every formula to check it, which made the tool's sheets cost
 * three times as much to write; these formulas are the tool's own, and the tests evaluate each of
 * them with POI's evaluator, so the check is done there once instead of on every run.
 */
public final class FormulaCells {

    private FormulaCells() {
    }

    /** A formula (without "=") whose value is a number. */
    public static void set(Cell cell, String formula, double cached) {
        CTCell ct = ct(cell, formula);
        if (ct == null) {
            cell.setCellFormula(formula);
            cell.setCellValue(cached);
            return;
        }
        if (ct.isSetT()) {
            ct.unsetT();
        }
        ct.setV(Double.isFinite(cached) ? number(cached) : "0");
    }

    /** A formula whose value is a text (for example "" where a percentage has no budget). */
    public static void set(Cell cell, String formula, String cached) {
        CTCell ct = ct(cell, formula);
        if (ct == null) {
            cell.setCellFormula(formula);
            cell.setCellValue(cached);
            return;
        }
        ct.setT(STCellType.STR);
        ct.setV(cached);
    }

    /** The cell's XML with the formula set, or null for a cell that is not a plain new XSSF cell. */
    private static CTCell ct(Cell cell, String formula) {
        if (!(cell instanceof XSSFCell x) || x.getCTCell().isSetF()) {
            return null;
        }
        CTCell ct = x.getCTCell();
        ct.addNewF().setStringValue(formula);
        return ct;
    }

    /** As Excel writes numbers: no exponent for ordinary figures, no ".0" on whole ones. */
    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
