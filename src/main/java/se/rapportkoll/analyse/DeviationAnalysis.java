package se.rapportkoll.analyse;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every row of every budget table (amounts with a budget and an actual or a forecast), with its
 * period and full-year deviation, largest unfavourable first. Deviations are computed from the
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
            Optional<Column> periodActual = first(table, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().isPartOfYear());
            Optional<Column> periodBudget = periodActual.flatMap(a -> first(table, c -> c.kind() == ColumnKind.BUDGET
                    && c.period().isPartOfYear() && c.period().sameMonths(a.period())))
                    .or(() -> periodActual.flatMap(a -> first(table, c -> c.kind() == ColumnKind.BUDGET && c.period().isPartOfYear())));
            Optional<Column> forecast = first(table, c -> c.kind() == ColumnKind.FORECAST && !c.priorYear())
                    .or(() -> first(table, c -> c.kind() == ColumnKind.OUTCOME && !c.priorYear()));
            Optional<Column> yearBudget = forecast.flatMap(f -> first(table, c -> c.kind() == ColumnKind.BUDGET
                    && !c.period().isPartOfYear() && (f.period().year() == null || c.period().year() == null
                    || f.period().year().equals(c.period().year()))));
            boolean period = periodActual.isPresent() && periodBudget.isPresent();
            boolean year = forecast.isPresent() && yearBudget.isPresent();
            if (!period && !year) {
                continue;
            }
            for (TableRow row : table.rows()) {
                // a group heading repeats its only child's figures: show them once
                if (row.kind() == RowKind.HEADING || row.kind() == RowKind.CHANGE || row.kind() == RowKind.GROUP_HEADING) {
                    continue;
                }
                lines.add(new DeviationLine(table.displayName(), row.label(), row.kind(), table.unit(),
                        period ? ref(table, row, periodBudget.get()) : null,
                        period ? ref(table, row, periodActual.get()) : null,
                        year ? ref(table, row, yearBudget.get()) : null,
                        year ? ref(table, row, forecast.get()) : null,
                        table.favourableSign(row)));
            }
        }
        lines.sort(Comparator.comparingDouble(DeviationLine::sortKeyTkr));
        return List.copyOf(lines);
    }

    private static Optional<Column> first(Table table, java.util.function.Predicate<Column> filter) {
        return table.columns().stream().filter(filter).findFirst();
    }

    private static CellValue ref(Table table, TableRow row, Column column) {
        CellData cell = row.cell(table.position(column));
        Double value = cell.isNumeric() ? Double.valueOf(cell.number()) : null;
        return new CellValue(table.sheetName(), row.row(), column.index(), value);
    }
}
