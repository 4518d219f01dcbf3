package se.rapportkoll.locate;

import se.rapportkoll.model.CellRange;

import java.util.List;
import java.util.Optional;

/** A table found in a sheet by its header row. Row and column numbers are 0-based. */
public record Table(String sheetName, int sheetIndex, String title, int headerTopRow, int headerRow,
                    int labelColumn, List<Column> columns, List<TableRow> rows, Unit unit,
                    List<TotalGroup> totals, Convention convention, List<Integer> revenueRows) {

    public TableKind kind() {
        return unit.tableKind();
    }

    public int firstDataRow() {
        return rows.isEmpty() ? headerRow + 1 : rows.get(0).row();
    }

    public int lastDataRow() {
        return rows.isEmpty() ? headerRow : rows.get(rows.size() - 1).row();
    }

    public int lastColumn() {
        return columns.isEmpty() ? labelColumn : columns.get(columns.size() - 1).index();
    }

    /** The A1 range from the header to the last row, e.g. "A3:H7". */
    public String range() {
        return new CellRange(headerTopRow, labelColumn, lastDataRow(), lastColumn()).a1();
    }

    /** The same table following the given sign convention, with its revenue rows (sheet rows). */
    public Table withConvention(Convention newConvention, List<Integer> newRevenueRows) {
        return new Table(sheetName, sheetIndex, title, headerTopRow, headerRow, labelColumn, columns, rows, unit, totals,
                newConvention, List.copyOf(newRevenueRows));
    }

    /** A revenue row (Intäkter): in a table of positive net costs its deviation counts the other way. */
    public boolean isRevenue(TableRow row) {
        return revenueRows.contains(row.row());
    }

    /** +1 when more outcome than budget is favourable for the row under the table's convention, else −1. */
    public int favourableSign(TableRow row) {
        return convention.favourableSign(isRevenue(row));
    }

    public int position(Column column) {
        return columns.indexOf(column);
    }

    public Optional<TableRow> row(int sheetRow) {
        return rows.stream().filter(r -> r.row() == sheetRow).findFirst();
    }

    public Optional<TotalGroup> totalAt(int sheetRow) {
        return totals.stream().filter(t -> t.totalRow() == sheetRow).findFirst();
    }

    /** The period of the table's part-of-year budget column, which the other columns should share. */
    public Optional<Period> mainPeriod() {
        return columns.stream()
                .filter(c -> c.kind() == ColumnKind.BUDGET && c.period().isPartOfYear())
                .map(Column::period).findFirst()
                .or(() -> columns.stream().filter(c -> c.kind() == ColumnKind.BUDGET && c.period().year() != null)
                        .map(Column::period).findFirst());
    }

    /** Short name for messages: the title, else the sheet and range. */
    public String displayName() {
        return title != null && !title.isBlank() ? title : sheetName + "!" + range();
    }
}
