package se.rapportkoll.pipeline;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Once empty cells are filled, the user's own formulas that refer to them have stale cached
 * values (Excel recalculates them on open). This recomputes the formulas inside tables with POI's
 * evaluator so the checks see what Excel will show; a formula POI cannot evaluate keeps its cache.
 * Values are only read, never written back into the user's cells.
 */
final class Recalculation {

    private Recalculation() {
    }

    /** Formula cells whose value changes now that the fills are in the workbook, per sheet. */
    static Map<String, List<CellData>> changedFormulas(XSSFWorkbook wb, LocatedWorkbook located) {
        Map<String, List<CellData>> changed = new HashMap<>();
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        evaluator.setIgnoreMissingWorkbooks(true);
        for (Table table : located.tables()) {
            Sheet sheet = wb.getSheet(table.sheetName());
            for (TableRow tableRow : table.rows()) {
                for (CellData data : tableRow.cells()) {
                    if (!data.isFormula() || data.type() != CellData.Type.NUMBER) {
                        continue;
                    }
                    Row row = sheet.getRow(data.row());
                    Cell cell = row == null ? null : row.getCell(data.col());
                    Double value = evaluate(evaluator, cell);
                    if (value != null && Math.abs(value - data.number()) > 1e-9 * Math.max(1, Math.abs(value))) {
                        changed.computeIfAbsent(table.sheetName(), s -> new ArrayList<>()).add(new CellData(data.row(), data.col(),
                                CellData.Type.NUMBER, value, null, data.formula(), null, data.roundingStep(), data.styleIndex(),
                                data.percentFormat()));
                    }
                }
            }
        }
        return changed;
    }

    private static Double evaluate(FormulaEvaluator evaluator, Cell cell) {
        if (cell == null || cell.getCellType() != CellType.FORMULA) {
            return null;
        }
        try {
            CellValue v = evaluator.evaluate(cell);
            return v != null && v.getCellType() == CellType.NUMERIC ? v.getNumberValue() : null;
        } catch (RuntimeException e) {
            return null; // a function POI does not know (FORECAST.ETS, external links): keep Excel's cache
        }
    }
}
