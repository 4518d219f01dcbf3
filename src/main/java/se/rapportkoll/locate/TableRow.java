package se.rapportkoll.locate;

import java.util.List;

/**
 * A data row of a table: its label, its kind, its cells (one per table column) and its Excel
 * outline level (0 when the row is not grouped).
 */
public record TableRow(int row, String label, CellData labelCell, RowKind kind, List<CellData> cells, int outlineLevel) {

    public CellData cell(int columnPosition) {
        return cells.get(columnPosition);
    }

    public TableRow withKind(RowKind newKind) {
        return new TableRow(row, label, labelCell, newKind, cells, outlineLevel);
    }

    /** Whether the row is set in bold: its label, or its first figure when it has no label. */
    public boolean bold() {
        if (labelCell.hasText()) {
            return labelCell.bold();
        }
        return cells.stream().filter(CellData::isNumeric).findFirst().map(CellData::bold).orElse(false);
    }

    /** How far the label is indented (style indentation and leading spaces). */
    public int depth() {
        return labelCell.depth();
    }
}
