package se.rapportkoll.locate;

import se.rapportkoll.model.CellRange;

import java.util.List;

/**
 * A sheet's cells as plain data, read once (by {@code xlsx.read.GridReader}) or built in code;
 * merged regions answer with their top-left value.
 */
public final class SheetGrid {

    private final String sheetName;
    private final int sheetIndex;
    private final CellData[][] cells;
    private final int width;
    /** Excel's row outline (grouping) level per row, 0 where the row is not grouped. */
    private final int[] outlineLevels;

    private SheetGrid(String sheetName, int sheetIndex, CellData[][] cells, int width, int[] outlineLevels) {
        this.sheetName = sheetName;
        this.sheetIndex = sheetIndex;
        this.cells = cells;
        this.width = width;
        this.outlineLevels = outlineLevels;
    }

    /** A sheet made of the given cells (the rest blank): a grid built without a workbook, as tests and other readers do. */
    public static SheetGrid of(String sheetName, int sheetIndex, List<CellData> cells) {
        return of(sheetName, sheetIndex, cells, new int[0]);
    }

    /** The same, with the rows' outline levels (index: 0-based row; rows beyond the array are level 0). */
    public static SheetGrid of(String sheetName, int sheetIndex, List<CellData> cells, int[] outlineLevels) {
        int rows = cells.stream().mapToInt(CellData::row).max().orElse(-1) + 1;
        CellData[][] grid = new CellData[rows][0];
        return new SheetGrid(sheetName, sheetIndex, grid, 0, outlineLevels.clone()).with(cells);
    }

    /**
     * A sheet read from a file: its rows of cells as the reader found them (a row's length is its
     * last cell, styled blanks included), the rows' outline levels, and the merged regions, which
     * answer with their top-left text.
     */
    public static SheetGrid of(String sheetName, int sheetIndex, CellData[][] rows, int[] outlineLevels, List<CellRange> merged) {
        CellData[][] cells = new CellData[rows.length][];
        int width = 0;
        for (int r = 0; r < rows.length; r++) {
            cells[r] = rows[r].clone();
            width = Math.max(width, cells[r].length);
        }
        SheetGrid grid = new SheetGrid(sheetName, sheetIndex, cells, width, outlineLevels.clone());
        for (CellRange region : merged) {
            grid.spreadMerged(region);
        }
        return grid;
    }

    private void spreadMerged(CellRange region) {
        CellData top = get(region.firstRow(), region.firstCol());
        if (top.type() != CellData.Type.TEXT) {
            return; // only header texts are spread; numbers in merged cells count once
        }
        for (int r = region.firstRow(); r <= Math.min(region.lastRow(), cells.length - 1); r++) {
            for (int c = region.firstCol(); c <= region.lastCol(); c++) {
                if (r == region.firstRow() && c == region.firstCol()) {
                    continue;
                }
                if (c >= cells[r].length) {
                    CellData[] wider = new CellData[c + 1];
                    System.arraycopy(cells[r], 0, wider, 0, cells[r].length);
                    for (int k = cells[r].length; k <= c; k++) {
                        wider[k] = CellData.blank(r, k);
                    }
                    cells[r] = wider;
                }
                if (cells[r][c].type() == CellData.Type.BLANK) {
                    cells[r][c] = new CellData(r, c, CellData.Type.TEXT, 0, top.text(), null, null, 1, cells[r][c].styleIndex(), false);
                }
            }
        }
    }

    /** A copy with the given cells put in place of the ones at their addresses. */
    public SheetGrid with(List<CellData> replacements) {
        if (replacements.isEmpty()) {
            return this;
        }
        CellData[][] copy = new CellData[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            copy[r] = cells[r].clone();
        }
        int newWidth = width;
        for (CellData cell : replacements) {
            if (cell.row() >= copy.length) {
                throw new IllegalArgumentException("replacement below the sheet: " + cell.address());
            }
            if (cell.col() >= copy[cell.row()].length) {
                CellData[] wider = java.util.Arrays.copyOf(copy[cell.row()], cell.col() + 1);
                for (int c = copy[cell.row()].length; c < wider.length; c++) {
                    wider[c] = CellData.blank(cell.row(), c);
                }
                copy[cell.row()] = wider;
                newWidth = Math.max(newWidth, wider.length);
            }
            copy[cell.row()][cell.col()] = cell;
        }
        return new SheetGrid(sheetName, sheetIndex, copy, newWidth, outlineLevels);
    }

    /** The row's outline (grouping) level: 0 for an ungrouped row, 1 for a row in one group, and so on. */
    public int outlineLevel(int row) {
        return row >= 0 && row < outlineLevels.length ? outlineLevels[row] : 0;
    }

    public CellData get(int row, int col) {
        if (row < 0 || row >= cells.length || col < 0 || col >= cells[row].length) {
            return CellData.blank(row, col);
        }
        return cells[row][col];
    }

    public int rowCount() {
        return cells.length;
    }

    public int width() {
        return width;
    }

    public int rowWidth(int row) {
        return row < 0 || row >= cells.length ? 0 : cells[row].length;
    }

    public String sheetName() {
        return sheetName;
    }

    public int sheetIndex() {
        return sheetIndex;
    }
}
