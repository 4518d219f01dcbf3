package se.rapportkoll.fill;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.DeviationLink;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.TotalGroup;
import se.rapportkoll.model.Fill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans formulas for empty derived cells: an empty total gets a SUM over its parts, an empty
 * deviation the difference of its operands, in the sign convention the table (and the column, and
 * for a revenue row of a positive-cost table the row) follows. Cells
 * holding anything, a formula included, are never planned.
 */
public final class FillPlanner {

    private FillPlanner() {
    }

    public static List<Fill> plan(LocatedWorkbook workbook) {
        List<Fill> fills = new ArrayList<>();
        for (Table table : workbook.tables()) {
            fills.addAll(plan(table));
        }
        return List.copyOf(fills);
    }

    /** The filled cells as the locator sees cells: a formula with its value, per sheet. */
    public static Map<String, List<CellData>> asCells(LocatedWorkbook workbook, List<Fill> fills) {
        Map<String, List<CellData>> cells = new HashMap<>();
        for (Fill fill : fills) {
            SheetGrid grid = workbook.sheets().stream().filter(g -> g.sheetName().equals(fill.sheet())).findFirst().orElseThrow();
            CellData look = grid.get(fill.styleRow(), fill.styleCol());
            cells.computeIfAbsent(fill.sheet(), s -> new ArrayList<>()).add(new CellData(fill.row(), fill.col(),
                    CellData.Type.NUMBER, fill.value(), null, fill.formula(), null, look.roundingStep(), look.styleIndex(),
                    look.percentFormat()));
        }
        return cells;
    }

    static List<Fill> plan(Table table) {
        List<Fill> fills = new ArrayList<>();
        Map<Long, Double> filled = new HashMap<>();
        List<DeviationLink> links = DeviationLink.of(table);
        Map<Column, Integer> signs = new HashMap<>();
        links.forEach(l -> signs.put(l.deviation(), l.observedFlip(table)));
        for (TableRow row : table.rows()) {
            if (row.kind() == RowKind.HEADING || row.kind() == RowKind.CHANGE) {
                continue;
            }
            Optional<TotalGroup> group = table.totalAt(row.row());
            if (group.isPresent()) {
                for (Column column : table.columns()) {
                    boolean linkedDeviation = links.stream().anyMatch(l -> l.deviation().equals(column));
                    if (column.kind().isSummable() && !linkedDeviation) {
                        planTotal(table, row, column, group.get(), filled).ifPresent(fills::add);
                    }
                }
            }
            for (DeviationLink link : links) {
                planDeviation(table, row, link, link.sign(table, row, signs.get(link.deviation())), filled).ifPresent(fills::add);
            }
        }
        return fills;
    }

    private static Optional<Fill> planTotal(Table table, TableRow total, Column column, TotalGroup group, Map<Long, Double> filled) {
        CellData target = total.cell(table.position(column));
        if (!isEmpty(target)) {
            return Optional.empty();
        }
        if (group.partRows().stream().anyMatch(r -> table.row(r).map(p -> p.cell(table.position(column)).date() != null).orElse(false))) {
            return Optional.empty(); // days are not added up: a column of dates under an amount's header
        }
        double sum = 0;
        boolean any = false;
        List<Integer> signs = new ArrayList<>();
        for (int p = 0; p < group.partRows().size(); p++) {
            signs.add(group.sign(p, column.kind()));
            Double v = value(table, group.partRows().get(p), column, filled);
            if (v != null) {
                sum += signs.get(p) * v;
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        List<int[]> refs = group.partRows().stream().map(r -> new int[] {r, column.index()}).toList();
        int[] style = styleSource(table, total, column);
        Fill fill = new Fill(table.sheetName(), total.row(), column.index(), Formulas.signedSum(null, refs, signs), sum,
                Fill.Kind.TOTAL, total.label(), style[0], style[1]);
        filled.put(key(fill.row(), fill.col()), sum);
        return Optional.of(fill);
    }

    private static Optional<Fill> planDeviation(Table table, TableRow row, DeviationLink link, int sign, Map<Long, Double> filled) {
        CellData target = row.cell(table.position(link.deviation()));
        if (!isEmpty(target)) {
            return Optional.empty();
        }
        Double outcome = value(table, row.row(), link.outcome(), filled);
        Double budget = value(table, row.row(), link.budget(), filled);
        if (outcome == null || budget == null) {
            return Optional.empty(); // an operand not yet entered (an empty forecast column): a difference would mislead
        }
        double value = link.expected(outcome, budget, sign);
        String formula = link.formula(null, row.row(), sign);
        int[] style = styleSource(table, row, link.deviation());
        Fill fill = new Fill(table.sheetName(), row.row(), link.deviation().index(), formula, value,
                Fill.Kind.DEVIATION, row.label(), style[0], style[1]);
        filled.put(key(fill.row(), fill.col()), value);
        return Optional.of(fill);
    }

    /** Truly empty: no value and no formula (a formula that yields "" is the user's choice). */
    private static boolean isEmpty(CellData cell) {
        return cell.type() == CellData.Type.BLANK && !cell.isFormula();
    }

    private static Double value(Table table, int sheetRow, Column column, Map<Long, Double> filled) {
        Double f = filled.get(key(sheetRow, column.index()));
        if (f != null) {
            return f;
        }
        CellData cell = table.row(sheetRow).map(r -> r.cell(table.position(column))).orElse(null);
        return cell != null && cell.isNumeric() ? cell.number() : null;
    }

    /** The neighbour to copy the look from: the row's nearest figure (total rows are bold), else the column's above. */
    private static int[] styleSource(Table table, TableRow row, Column column) {
        int pos = table.position(column);
        for (int distance = 1; distance < row.cells().size(); distance++) {
            for (int candidate : new int[] {pos - distance, pos + distance}) {
                if (candidate >= 0 && candidate < row.cells().size() && row.cell(candidate).isNumeric()) {
                    return new int[] {row.row(), table.columns().get(candidate).index()};
                }
            }
        }
        for (int i = table.rows().indexOf(row) - 1; i >= 0; i--) {
            TableRow above = table.rows().get(i);
            if (above.cell(pos).isNumeric()) {
                return new int[] {above.row(), column.index()};
            }
        }
        return new int[] {row.row(), column.index()};
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }
}
