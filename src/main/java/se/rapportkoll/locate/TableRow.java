package se.rapportkoll.locate;

import java.util.List;

/** A data row of a table: its label, its kind and its cells, one per table column. */
public record TableRow(int row, String label, CellData labelCell, RowKind kind, List<CellData> cells) {

    public CellData cell(int columnPosition) {
        return cells.get(columnPosition);
    }

    public TableRow withKind(RowKind newKind) {
        return new TableRow(row, label, labelCell, newKind, cells);
    }

    public int excelRow() {
        return row + 1;
    }
}
