package se.rapportkoll.xlsx.recalc;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.model.Fill;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.FormulaReferences;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Once empty cells are filled, the user's own formulas that refer to them have stale cached
 * values (Excel recalculates them on open). This recomputes, with POI's evaluator, the formulas
 * inside tables that refer to a filled cell, directly or through another formula whose value
 * changed, so the checks see what Excel will show; a formula POI cannot evaluate keeps its cache.
 * Which formulas those are is read from their text ({@link FormulaReferences}); one whose
 * references cannot be followed is evaluated anyway. Values are only read, never written back.
 */
public final class Recalculation {

    private Recalculation() {
    }

    private record Candidate(String sheet, CellData data, Optional<FormulaReferences> references) {
    }

    private record Changed(String sheet, int row, int col) {
    }

    /** Formula cells whose value changes now that the fills are in the workbook, per sheet. */
    public static Map<String, List<CellData>> changedFormulas(XSSFWorkbook wb, LocatedWorkbook located, List<Fill> fills) {
        List<Candidate> pending = new ArrayList<>();
        for (Table table : located.tables()) {
            for (TableRow tableRow : table.rows()) {
                for (CellData data : tableRow.cells()) {
                    if (data.isFormula() && data.type() == CellData.Type.NUMBER) {
                        pending.add(new Candidate(table.sheetName(), data, FormulaReferences.of(data.formula(), table.sheetName())));
                    }
                }
            }
        }
        List<Changed> news = fills.stream().map(f -> new Changed(f.sheet(), f.row(), f.col())).toList();
        Map<String, List<CellData>> changed = new HashMap<>();
        FormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        evaluator.setIgnoreMissingWorkbooks(true);
        while (!news.isEmpty()) { // pass by pass, over the cells that changed in the pass before
            List<Changed> found = new ArrayList<>();
            for (Iterator<Candidate> it = pending.iterator(); it.hasNext(); ) {
                Candidate c = it.next();
                if (!mayDependOn(c, news)) {
                    continue;
                }
                it.remove();
                CellData data = c.data();
                Row row = wb.getSheet(c.sheet()).getRow(data.row());
                Double value = evaluate(evaluator, row == null ? null : row.getCell(data.col()));
                if (value != null && Math.abs(value - data.number()) > 1e-9 * Math.max(1, Math.abs(value))) {
                    changed.computeIfAbsent(c.sheet(), s -> new ArrayList<>()).add(new CellData(data.row(), data.col(),
                            CellData.Type.NUMBER, value, null, data.formula(), null, data.roundingStep(), data.styleIndex(),
                            data.percentFormat(), data.bold(), data.indent()));
                    found.add(new Changed(c.sheet(), data.row(), data.col()));
                }
            }
            news = found;
        }
        return changed;
    }

    /** Whether the formula refers to one of the cells, or cannot tell. */
    private static boolean mayDependOn(Candidate c, List<Changed> cells) {
        return c.references().isEmpty() || cells.stream().anyMatch(n -> c.references().get().refersTo(n.sheet(), n.row(), n.col()));
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
