package se.rapportkoll.analyse.deviation;

import se.rapportkoll.model.SourceCell;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ForecastRounds;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.Period;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.TotalGroup;
import se.rapportkoll.locate.Vocabulary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every row of every budget table (amounts with a budget and an actual or a forecast), with its
 * period and full-year deviation. The tables come in the workbook's order, each as its hierarchy:
 * the parts of a total largest unfavourable first, the total where it stands to its parts in the
 * workbook (after them, or before), a "varav" row right after the row it is part of; a total is
 * never sorted in among its parts by its size. Deviations are computed from the
 * budget and outcome cells, not copied from the user's deviation column, which may be wrong, and
 * signed so that positive is favourable under the table's own convention (a table of positive net
 * costs: budget − outcome).
 */
public final class DeviationAnalysis {

    private DeviationAnalysis() {
    }

    public static List<DeviationLine> lines(LocatedWorkbook workbook) {
        List<DeviationLine> lines = new ArrayList<>();
        for (Table table : workbook.tables()) {
            if (table.kind() != TableKind.AMOUNTS) {
                continue;
            }
            List<String> groups = table.columns().stream().map(Column::group).distinct().toList();
            for (String group : groups) {
                // a row under group headings ("Intäkter" and "Kostnader", each over Budget | Utfall) is one budget line per group
                List<Column> columns = table.columns().stream().filter(c -> java.util.Objects.equals(c.group(), group)).toList();
                lines.addAll(ordered(table, lines(table, columns, groups.size() > 1 ? group : null)));
            }
        }
        return List.copyOf(lines);
    }

    /**
     * A table's lines (by row) in the order of its hierarchy: siblings largest unfavourable first,
     * each total before or after its parts as in the workbook, each "varav" row after its owner.
     */
    static List<DeviationLine> ordered(Table table, Map<Integer, DeviationLine> byRow) {
        Map<Integer, Integer> totalOf = new HashMap<>(); // part row -> the row of the smallest total it is a part of
        Map<Integer, Integer> sizeOf = new HashMap<>();
        for (TotalGroup group : table.totals()) {
            for (int part : group.partRows()) {
                Integer current = totalOf.get(part);
                if (part != group.totalRow() && (current == null || sizeOf.get(current) > group.partRows().size())) {
                    totalOf.put(part, group.totalRow());
                }
            }
            sizeOf.put(group.totalRow(), group.partRows().size());
        }
        Map<Integer, List<Integer>> varav = new HashMap<>(); // owner row -> its "varav" rows
        Map<Integer, List<Integer>> children = new HashMap<>();
        Integer owner = null;
        List<Integer> top = new ArrayList<>();
        for (int row : byRow.keySet()) {
            DeviationLine line = byRow.get(row);
            if (line.kind() == RowKind.PART_OF && owner != null) {
                varav.computeIfAbsent(owner, k -> new ArrayList<>()).add(row);
                continue;
            }
            owner = row;
            Integer total = totalOf.get(row);
            if (total != null && byRow.containsKey(total)) {
                children.computeIfAbsent(total, k -> new ArrayList<>()).add(row);
            } else {
                top.add(row);
            }
        }
        List<DeviationLine> out = new ArrayList<>();
        emit(sortedBySize(top, byRow), byRow, children, varav, out, new java.util.HashSet<>());
        return out;
    }

    private static void emit(List<Integer> rows, Map<Integer, DeviationLine> byRow, Map<Integer, List<Integer>> children,
                             Map<Integer, List<Integer>> varav, List<DeviationLine> out, java.util.Set<Integer> done) {
        for (int row : rows) {
            if (!done.add(row)) {
                continue;
            }
            List<Integer> parts = sortedBySize(children.getOrDefault(row, List.of()), byRow);
            boolean before = !parts.isEmpty() && row < parts.stream().mapToInt(Integer::intValue).min().orElseThrow();
            if (!before) {
                emit(parts, byRow, children, varav, out, done);
            }
            out.add(byRow.get(row));
            varav.getOrDefault(row, List.of()).forEach(v -> out.add(byRow.get(v)));
            if (before) {
                emit(parts, byRow, children, varav, out, done);
            }
        }
    }

    /** Most unfavourable first; equal deviations in the workbook's order. */
    private static List<Integer> sortedBySize(List<Integer> rows, Map<Integer, DeviationLine> byRow) {
        return rows.stream().sorted(Comparator.comparingDouble(r -> byRow.get(r).sortKeyTkr())).toList();
    }

    /** The table's lines by row, in the workbook's order. */
    private static Map<Integer, DeviationLine> lines(Table table, List<Column> columns, String group) {
        Optional<Column> partActual = first(columns, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().isPartOfYear());
        Optional<Column> periodActual;
        Optional<Column> periodBudget;
        if (partActual.isPresent()) {
            periodActual = partActual;
            periodBudget = partActual.flatMap(a -> first(columns, c -> c.kind() == ColumnKind.BUDGET
                    && c.period().isPartOfYear() && c.period().sameMonths(a.period())))
                    .or(() -> first(columns, c -> c.kind() == ColumnKind.BUDGET && c.period().isPartOfYear()));
        } else if (columns.stream().anyMatch(c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().equals(Period.NONE))) {
            // "Budget | Utfall" with the period in the title only
            periodActual = first(columns, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().equals(Period.NONE));
            periodBudget = first(columns, c -> c.kind() == ColumnKind.BUDGET && c.period().equals(Period.NONE));
        } else {
            // a year-end table ("Nettokostnad 2024" beside "Nämndens budget 2024"): the year's actual is its period
            periodActual = first(columns, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().fullYear()
                    && c.period().year() != null);
            periodBudget = periodActual.flatMap(a -> first(columns, c -> c.kind() == ColumnKind.BUDGET
                    && !c.period().isPartOfYear() && a.period().year().equals(c.period().year())));
        }
        Optional<Column> forecast = latestRound(columns)
                .or(() -> first(columns, c -> c.kind() == ColumnKind.OUTCOME && !c.priorYear()));
        Optional<Column> yearBudget = forecast.flatMap(f -> first(columns, c -> c.kind() == ColumnKind.BUDGET
                && !c.period().isPartOfYear() && (f.period().year() == null || c.period().year() == null
                || f.period().year().equals(c.period().year()))));
        boolean period = periodActual.isPresent() && periodBudget.isPresent();
        boolean year = forecast.isPresent() && yearBudget.isPresent();
        if (!period && !year) {
            return Map.of();
        }
        boolean revenueGroup = group != null && Vocabulary.standard().mentions("row.revenue", Vocabulary.normalise(group));
        Map<Integer, DeviationLine> lines = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            // a group heading repeats its only child's figures: show them once
            if (row.kind() == RowKind.HEADING || row.kind() == RowKind.CHANGE || row.kind() == RowKind.GROUP_HEADING) {
                continue;
            }
            lines.put(row.row(), new DeviationLine(table.displayName(), group == null ? row.label() : row.label() + " – " + group,
                    row.kind(), table.unit(),
                    period ? ref(table, row, periodBudget.get()) : null,
                    period ? ref(table, row, periodActual.get()) : null,
                    year ? ref(table, row, yearBudget.get()) : null,
                    year ? ref(table, row, forecast.get()) : null,
                    revenueGroup ? table.convention().favourableSign(true) : table.favourableSign(row)));
        }
        return lines;
    }

    /** The current forecast of the latest round ("Prognos apr" over "Prognos feb"; not "Föregående prognos"), else the first. */
    private static Optional<Column> latestRound(List<Column> columns) {
        return ForecastRounds.current(columns);
    }

    private static Optional<Column> first(List<Column> columns, java.util.function.Predicate<Column> filter) {
        return columns.stream().filter(filter).findFirst();
    }

    private static SourceCell ref(Table table, TableRow row, Column column) {
        CellData cell = row.cell(table.position(column));
        Double value = cell.isNumeric() ? Double.valueOf(cell.number()) : null;
        return new SourceCell(table.sheetName(), row.row(), column.index(), value);
    }
}
