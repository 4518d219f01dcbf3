package se.rapportkoll.testing;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.model.CellRange;
import se.rapportkoll.model.Finding;
import se.rapportkoll.validate.Validator;

import java.util.ArrayList;
import java.util.List;

/**
 * A sheet built in code, without POI: rows of values as in {@link SheetBuilder} (Strings are text,
 * Numbers are figures with the precision they are written with, null is blank), for tests of the
 * locator and the validator that need no file.
 */
public final class Grid {

    private final String name;
    private int sheetIndex;
    private final List<CellData> cells = new ArrayList<>();
    private final java.util.Set<Integer> boldRows = new java.util.HashSet<>();
    private final java.util.Map<Integer, Integer> indents = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> outline = new java.util.HashMap<>();
    private final List<CellRange> merged = new ArrayList<>();

    private Grid(String name) {
        this.name = name;
    }

    public static Grid sheet(String name) {
        return new Grid(name);
    }

    /** The sheet's position in its workbook (0 unless set), for grids that make a workbook together. */
    public Grid index(int position) {
        sheetIndex = position;
        return this;
    }

    /** Rows from the given 0-based row, starting in column A. */
    public Grid rows(int firstRow, Object[]... rows) {
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < rows[i].length; c++) {
                Object v = rows[i][c];
                int r = firstRow + i;
                if (v instanceof Number n) {
                    double d = n.doubleValue();
                    cells.add(new CellData(r, c, CellData.Type.NUMBER, d, null, null, null, step(d), (short) 0, false));
                } else if (v != null) {
                    cells.add(new CellData(r, c, CellData.Type.TEXT, 0, v.toString(), null, null, 1, (short) 0, false));
                }
            }
        }
        return this;
    }

    /** Sets the given 0-based rows in bold (every cell). */
    public Grid bold(int... rows) {
        for (int r : rows) {
            boldRows.add(r);
        }
        return this;
    }

    /** Indents the labels (column A) of the given 0-based rows by the style's indentation {@code level}. */
    public Grid indent(int level, int... rows) {
        for (int r : rows) {
            indents.put(r, level);
        }
        return this;
    }

    /** Puts the given 0-based rows on Excel outline level {@code level}. */
    public Grid outline(int level, int... rows) {
        for (int r : rows) {
            outline.put(r, level);
        }
        return this;
    }

    /** Merges the cells from the first to the last (0-based, inclusive), as a header over several columns is. */
    public Grid merge(int firstRow, int firstCol, int lastRow, int lastCol) {
        merged.add(new CellRange(firstRow, firstCol, lastRow, lastCol));
        return this;
    }

    public SheetGrid grid() {
        List<CellData> styled = cells.stream()
                .map(c -> c.withLook(boldRows.contains(c.row()), c.col() == 0 ? indents.getOrDefault(c.row(), 0) : 0))
                .toList();
        int[] levels = new int[outline.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
        outline.forEach((r, level) -> levels[r] = level);
        if (merged.isEmpty()) {
            return SheetGrid.of(name, sheetIndex, styled, levels);
        }
        // as a file is read: each row as long as its last cell, the merged regions answering with their top-left text
        CellData[][] rows = new CellData[styled.stream().mapToInt(CellData::row).max().orElse(-1) + 1][];
        for (int r = 0; r < rows.length; r++) {
            int row = r;
            rows[r] = new CellData[styled.stream().filter(c -> c.row() == row).mapToInt(c -> c.col() + 1).max().orElse(0)];
            for (int c = 0; c < rows[r].length; c++) {
                rows[r][c] = CellData.blank(r, c);
            }
        }
        styled.forEach(c -> rows[c.row()][c.col()] = c);
        return SheetGrid.of(name, sheetIndex, rows, levels, merged);
    }

    public LocatedWorkbook locate() {
        return new TableLocator().locate(List.of(grid()));
    }

    public List<Finding> validate() {
        return new Validator(Messages.swedish()).validate(locate());
    }

    private static double step(double v) {
        for (int d = 0; d <= 6; d++) {
            double scaled = v * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-9) {
                return Math.pow(10, -d);
            }
        }
        return 1e-6;
    }
}
