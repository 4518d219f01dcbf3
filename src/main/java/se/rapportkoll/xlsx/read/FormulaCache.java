package se.rapportkoll.xlsx.read;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCalcPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Whether a formula's cached value is one its author computed. Excel and LibreOffice save the
 * value they calculated. Libraries that cannot calculate say so in one of two ways: an empty or
 * missing {@code <v>} (openpyxl writes {@code <v></v>}, exceljs and SheetJS may write none), or a
 * workbook marked {@code fullCalcOnLoad} with placeholders (XlsxWriter caches 0 in every formula;
 * openpyxl marks it too). Both of those claim {@code <Application>Microsoft Excel</Application>} in
 * docProps/app.xml, so the application name proves nothing; the calculation flag and the
 * {@code <v>} itself do. rapportkoll's own outputs carry the flag (so Excel recalculates on open)
 * but every value in them was computed, which their provenance property tells.
 */
public final class FormulaCache {

    private FormulaCache() {
    }

    /** True when the workbook's cached formula values can be read as they are (where a cell has one). */
    public static boolean vouched(Workbook workbook) {
        if (!(workbook instanceof XSSFWorkbook xssf)) {
            return true;
        }
        CTCalcPr calc = xssf.getCTWorkbook().getCalcPr();
        boolean calculateOnLoad = calc != null && calc.isSetFullCalcOnLoad() && calc.getFullCalcOnLoad();
        return !calculateOnLoad || writtenByRapportkoll(xssf);
    }

    /** The provenance property rapportkoll writes (the output keeps the input's app.xml, so its name proves nothing). */
    private static boolean writtenByRapportkoll(XSSFWorkbook wb) {
        return wb.getProperties().getCustomProperties().contains("rapportkoll.version");
    }

    /** True when a formula cell has a saved value at all: an empty {@code <v></v>} of a number is none. */
    public static boolean hasValue(XSSFCell cell) {
        CTCell ct = cell.getCTCell();
        if (ct.isSetIs()) {
            return true;
        }
        if (!ct.isSetV()) {
            return false;
        }
        // an empty string result (t="str") is a value; an empty number is a placeholder
        return !ct.getV().isEmpty() || ct.isSetT() && ct.getT() == STCellType.STR;
    }
}
