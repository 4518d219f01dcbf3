package se.rapportkoll.locate;

import se.rapportkoll.model.CellRange;
import se.rapportkoll.model.CellRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds tables by their header rows, never by sheet name or fixed address: a row with at least
 * two cells the vocabulary recognises (Budget, Utfall, Avvikelse, Prognos, ...) starts a table,
 * whose label column and data rows are then read off the cells below it.
 */
public final class TableLocator {

    private static final int TITLE_SEARCH_ROWS = 3;

    private final Vocabulary vocabulary;
    private final HeaderParser headers;

    public TableLocator(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.headers = new HeaderParser(vocabulary);
    }

    public TableLocator() {
        this(Vocabulary.standard());
    }

    /**
     * The same workbook with some cells replaced, located again: how the workbook looks once the
     * tool has filled its empty derived cells, so that checks beside a filled cell use its value.
     */
    public LocatedWorkbook relocate(LocatedWorkbook located, Map<String, List<CellData>> replacements) {
        return locate(located.sheets().stream()
                .map(g -> g.with(replacements.getOrDefault(g.sheetName(), List.of())))
                .toList());
    }

    /** Locates tables in sheets read from a file ({@code xlsx.read.GridReader}) or built in code. */
    public LocatedWorkbook locate(List<SheetGrid> grids) {
        List<Table> tables = new ArrayList<>();
        List<LocatedWorkbook.UnplacedBlock> unplaced = new ArrayList<>();
        for (SheetGrid grid : grids) {
            List<Table> found = locate(grid);
            tables.addAll(found);
            unplaced.addAll(unplacedBlocks(grid, found, r -> false));
        }
        return new LocatedWorkbook(List.copyOf(grids), List.copyOf(tables), List.copyOf(unplaced));
    }

    /**
     * The same workbook where rows that another locator has placed (sheet name, 0-based row), such
     * as the monthly tables of the forecast, are no longer reported as figures without a table.
     */
    public LocatedWorkbook withPlacedElsewhere(LocatedWorkbook located, java.util.function.BiPredicate<String, Integer> placed) {
        List<LocatedWorkbook.UnplacedBlock> unplaced = new ArrayList<>();
        for (SheetGrid grid : located.sheets()) {
            List<Table> found = located.tables().stream().filter(t -> t.sheetName().equals(grid.sheetName())).toList();
            unplaced.addAll(unplacedBlocks(grid, found, r -> placed.test(grid.sheetName(), r)));
        }
        return new LocatedWorkbook(located.sheets(), located.tables(), List.copyOf(unplaced));
    }

    public List<Table> locate(SheetGrid grid) {
        List<Table> tables = new ArrayList<>();
        int r = 0;
        while (r < grid.rowCount()) {
            if (isHeaderRow(grid, r)) {
                Table table = build(grid, r);
                if (table != null) {
                    tables.add(table);
                    r = Math.max(table.lastDataRow(), r) + 1;
                    continue;
                }
            }
            r++;
        }
        return tables;
    }

    boolean isHeaderRow(SheetGrid grid, int r) {
        int texts = 0;
        int numbers = 0;
        for (int c = 0; c < grid.rowWidth(r); c++) {
            CellData cell = grid.get(r, c);
            if (cell.hasText()) {
                texts++;
            } else if (cell.isNumeric()) {
                numbers++;
            }
        }
        // At least two recognised headers, more than the numbers: a data row (a label and its
        // figures) fails on the counts alone, without parsing its label as a header.
        if (texts < 2 || numbers >= texts) {
            return false;
        }
        int recognised = 0;
        for (int c = 0; c < grid.rowWidth(r); c++) {
            CellData cell = grid.get(r, c);
            if (cell.hasText() && headers.parse(cell.text()).recognised()) {
                recognised++;
            }
        }
        return recognised >= 2 && numbers < recognised;
    }

    private Table build(SheetGrid grid, int headerRow) {
        int firstHeaderCol = -1;
        int lastHeaderCol = -1;
        for (int c = 0; c < grid.rowWidth(headerRow); c++) {
            if (!grid.get(headerRow, c).isBlank()) {
                if (firstHeaderCol < 0) {
                    firstHeaderCol = c;
                }
                lastHeaderCol = c;
            }
        }
        int headerTop = headerRow;
        int headerBottom = headerRow;
        // A header split over two rows: periods above or below the kinds ("Jan - Aug 2025" / "Budget").
        if (isHeaderContinuation(grid, headerRow - 1, headerRow, firstHeaderCol, lastHeaderCol, 2)) {
            headerTop = headerRow - 1;
        }
        if (isHeaderContinuation(grid, headerRow + 1, headerRow, firstHeaderCol, lastHeaderCol, 1)) {
            headerBottom = headerRow + 1;
        }
        int lastDataRow = lastDataRow(grid, headerBottom, lastHeaderCol);
        if (lastDataRow <= headerBottom) {
            return null;
        }
        int firstRecognised = firstRecognisedColumn(grid, headerTop, headerBottom, lastHeaderCol);
        int labelCol = labelColumn(grid, headerBottom + 1, lastDataRow, firstRecognised);
        if (labelCol < 0) {
            return null;
        }
        String title = title(grid, headerTop);
        Period stated = statedPeriod(grid, title, headerTop);
        List<Column> columns = columns(grid, headerTop, headerBottom, labelCol, Math.max(lastHeaderCol, labelCol), headerBottom + 1, lastDataRow, stated);
        Unit unit = unit(grid, title, headerTop, headerBottom, labelCol, columns, headerBottom + 1, lastDataRow);
        List<TableRow> rows = rows(grid, headerBottom + 1, lastDataRow, labelCol, columns);
        List<Integer> revenueRows = rows.stream().filter(r -> Convention.isRevenue(r, vocabulary)).map(TableRow::row).toList();
        Table draft = new Table(grid.sheetName(), grid.sheetIndex(), title, headerTop, headerBottom, labelCol,
                columns, rows, unit, List.of(), Convention.defaultFor(unit.tableKind()), revenueRows);
        Table inferred = TotalInference.infer(draft, vocabulary);
        return inferred.withConvention(Convention.detect(inferred, vocabulary), revenueRows);
    }

    /**
     * A table whose header another locator recognised (the months of a monthly table), read as
     * any table is: its rows from the row below the header to {@code lastRow}, their kinds, and its
     * totals (named, inferred from the figures, parts above or below), so it is checked like any other.
     */
    public Table table(SheetGrid grid, String title, int headerRow, int labelCol, List<Column> columns, int lastRow, Unit unit) {
        List<TableRow> rows = rows(grid, headerRow + 1, lastRow, labelCol, columns);
        List<Integer> revenueRows = rows.stream().filter(r -> Convention.isRevenue(r, vocabulary)).map(TableRow::row).toList();
        Table draft = new Table(grid.sheetName(), grid.sheetIndex(), title, headerRow, headerRow, labelCol,
                List.copyOf(columns), rows, unit, List.of(), Convention.defaultFor(unit.tableKind()), revenueRows);
        return TotalInference.infer(draft, vocabulary);
    }

    private boolean isHeaderContinuation(SheetGrid grid, int r, int headerRow, int from, int to, int minTexts) {
        if (r < 0 || r >= grid.rowCount() || isHeaderRow(grid, r)) {
            return false;
        }
        int texts = 0;
        int years = 0;
        boolean textUnderKind = false;
        for (int c = Math.max(from, 0); c <= to; c++) {
            CellData cell = grid.get(r, c);
            CellData header = grid.get(headerRow, c);
            ColumnHeader kind = header.hasText() ? headers.parse(header.text()) : null;
            if (cell.hasText()) {
                texts++;
                textUnderKind |= kind != null && kind.recognised();
            } else if (cell.isNumeric()) {
                // a year under a kind that states none ("Budget" over "2025") is a header word; any other figure is data
                if (headerWord(cell) == null || kind == null || !kind.recognised() || kind.period().year() != null) {
                    return false;
                }
                years++;
            }
        }
        // a data row has its texts beside the figures, not under the kinds ("Hemtjänst | 2000 | 2010")
        return texts + years >= minTexts && (years == 0 || textUnderKind);
    }

    /** A cell's text as a header reads it: a year under a kind ("Budget" over "2025", as text or as a number) is a header word. */
    private static String headerWord(CellData cell) {
        if (cell.hasText()) {
            return cell.text().strip();
        }
        double n = cell.number();
        if (cell.isNumeric() && n == Math.rint(n) && n >= 1900 && n < 2100) {
            return String.valueOf((int) n);
        }
        return null;
    }

    private int lastDataRow(SheetGrid grid, int headerBottom, int lastCol) {
        int last = headerBottom;
        int r = headerBottom + 1;
        while (r < grid.rowCount()) {
            if (isBlankRow(grid, r, lastCol)) {
                // one spacer row after the header, before a total or before a block that continues the
                // columns without a header of its own still belongs to the table
                int next = r + 1;
                if (next < grid.rowCount() && (isTotalRowWithNumbers(grid, next, lastCol)
                        || (r == headerBottom + 1 || isContinuationRow(grid, next, lastCol)) && isDataRow(grid, next, lastCol))) {
                    r = next;
                    continue;
                }
                if (isHeadingOverData(grid, next, lastCol)) {
                    r = next; // a group heading without figures over more rows of the table
                    continue;
                }
                break;
            }
            if (isHeaderRow(grid, r) || (isTitleLike(grid, r, lastCol) && r + 1 < grid.rowCount()
                    && (isHeaderRow(grid, r + 1) || isBlankRow(grid, r + 1, lastCol)))) {
                break;
            }
            last = r;
            r++;
        }
        return last;
    }

    /** A label and at least two figures, all within the table's columns: a row of the table. */
    private boolean isDataRow(SheetGrid grid, int r, int lastCol) {
        if (isHeaderRow(grid, r)) {
            return false;
        }
        int texts = 0;
        int numbers = 0;
        for (int c = 0; c < grid.rowWidth(r); c++) {
            CellData cell = grid.get(r, c);
            if (cell.isNumeric()) {
                if (c > lastCol) {
                    return false;
                }
                numbers++;
            } else if (cell.hasText()) {
                texts++;
            }
        }
        return texts >= 1 && numbers >= 2;
    }

    /** A data row after a blank row continues the table when a second row of the same shape follows it. */
    private boolean isContinuationRow(SheetGrid grid, int r, int lastCol) {
        return r + 1 < grid.rowCount() && isDataRow(grid, r + 1, lastCol);
    }

    private boolean isBlankRow(SheetGrid grid, int r, int lastCol) {
        for (int c = 0; c <= lastCol; c++) {
            if (!grid.get(r, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private boolean isTitleLike(SheetGrid grid, int r, int lastCol) {
        int texts = 0;
        for (int c = 0; c <= lastCol; c++) {
            CellData cell = grid.get(r, c);
            if (cell.isNumeric()) {
                return false;
            }
            if (cell.hasText()) {
                texts++;
            }
        }
        return texts == 1;
    }

    /** A row with one text and no figures (a group heading) whose next row has figures in the table's columns. */
    private boolean isHeadingOverData(SheetGrid grid, int r, int lastCol) {
        if (r + 1 >= grid.rowCount() || !isTitleLike(grid, r, lastCol) || isHeaderRow(grid, r + 1)) {
            return false;
        }
        for (int c = 0; c <= lastCol; c++) {
            if (grid.get(r + 1, c).isNumeric()) {
                return true;
            }
        }
        return false;
    }

    private boolean isTotalRowWithNumbers(SheetGrid grid, int r, int lastCol) {
        boolean total = false;
        boolean numbers = false;
        for (int c = 0; c <= lastCol; c++) {
            CellData cell = grid.get(r, c);
            total |= cell.hasText() && vocabulary.mentions("row.total", Vocabulary.normalise(cell.text()));
            numbers |= cell.isNumeric();
        }
        return total && numbers;
    }

    private int firstRecognisedColumn(SheetGrid grid, int top, int bottom, int lastCol) {
        for (int c = 0; c <= lastCol; c++) {
            if (headers.parse(headerText(grid, top, bottom, c)).recognised()) {
                // the label header itself may say "Driftbudget, tkr": a label column holds text below
                return c;
            }
        }
        return lastCol;
    }

    /** The leftmost column before the figures whose rows mostly hold text. */
    private int labelColumn(SheetGrid grid, int first, int last, int firstRecognised) {
        int rows = last - first + 1;
        for (int c = 0; c <= firstRecognised; c++) {
            int texts = 0;
            for (int r = first; r <= last; r++) {
                if (grid.get(r, c).hasText()) {
                    texts++;
                }
            }
            if (texts * 2 >= rows && texts > 0) {
                return c;
            }
        }
        return -1;
    }

    private static String headerText(SheetGrid grid, int top, int bottom, int c) {
        StringBuilder sb = new StringBuilder();
        for (int r = top; r <= bottom; r++) {
            String word = headerWord(grid.get(r, c));
            if (word != null) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(word);
            }
        }
        return sb.toString();
    }

    /** The part of the year the title or the texts above the table state ("… per oktober 2025", "jan-apr 2025"), else null. */
    private Period statedPeriod(SheetGrid grid, String title, int headerTop) {
        List<String> texts = new ArrayList<>();
        if (title != null) {
            texts.add(title);
        }
        for (int r = Math.max(0, headerTop - TITLE_SEARCH_ROWS); r < headerTop; r++) {
            for (int c = 0; c < grid.rowWidth(r); c++) {
                if (grid.get(r, c).hasText()) {
                    texts.add(grid.get(r, c).text());
                }
            }
        }
        for (String text : texts) {
            Period p = headers.periodIn(text);
            if (p.isPartOfYear()) {
                return p;
            }
        }
        return null;
    }

    /**
     * In a table whose title states a part of the year, a budget or actual whose header states no
     * period at all ("Budget ack", "Utfall") covers that period. (A bare deviation keeps none: it
     * is paired with the columns beside it.)
     */
    private static List<ColumnHeader> withStatedPeriod(List<ColumnHeader> parsed, Period stated) {
        if (stated == null) {
            return parsed;
        }
        List<ColumnHeader> out = new ArrayList<>();
        for (ColumnHeader h : parsed) {
            boolean bare = h.period().year() == null && !h.period().hasMonths() && !h.period().fullYear() && !h.priorYear();
            if (bare && (h.kind() == ColumnKind.BUDGET || h.kind() == ColumnKind.ACTUAL)) {
                h = new ColumnHeader(h.text(), h.kind(), stated, h.operands(), h.priorYear());
            }
            out.add(h);
        }
        return out;
    }

    private List<Column> columns(SheetGrid grid, int top, int bottom, int labelCol, int lastCol, int first, int last, Period stated) {
        List<ColumnHeader> parsed = new ArrayList<>();
        for (int c = labelCol + 1; c <= lastCol; c++) {
            String text = headerText(grid, top, bottom, c);
            ColumnHeader h = headers.parse(text);
            ColumnHeader left = parsed.isEmpty() ? null : parsed.get(parsed.size() - 1);
            if (!h.recognised() && left != null && left.recognised() && left.period().hasMonths()
                    && h.period().hasMonths() && headers.onlyPeriod(text)) {
                // "Ack utfall 2025-08 | 2025-09 | 2025-10": a bare period continues the kind on its left
                h = new ColumnHeader(h.text(), left.kind(), h.period(), left.operands(), left.priorYear());
            }
            parsed.add(h);
        }
        parsed = withStatedPeriod(parsed, stated);
        Integer mainYear = budgetYear(parsed);
        List<String> groups = groupHeadings(grid, top, bottom, labelCol, lastCol);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            int c = labelCol + 1 + i;
            ColumnHeader h = parsed.get(i);
            ColumnKind kind = h.kind();
            if (kind.isSummable() && mostlyPercentages(grid, c, first, last)) {
                kind = ColumnKind.PERCENT; // "Avvikelse" shown as 0.0 %: a share, not an amount
            }
            boolean prior = h.priorYear() || ((kind == ColumnKind.ACTUAL || kind == ColumnKind.OUTCOME) && mainYear != null
                    && h.period().year() != null && h.period().year() < mainYear);
            columns.add(new Column(c, h, kind, prior, bottom, groups.get(i)));
        }
        return List.copyOf(columns);
    }

    /**
     * Per column right of the label, the group heading of a two-row header that stands over it
     * ("Intäkter" over Budget | Utfall | Avvikelse, merged or written once with blanks after it);
     * a top row of kinds or periods ("Budget" over "2025", "Helår 2025" over Budget | Prognos) holds none.
     */
    private List<String> groupHeadings(SheetGrid grid, int top, int bottom, int labelCol, int lastCol) {
        List<String> groups = new ArrayList<>();
        String current = null;
        for (int c = labelCol + 1; c <= lastCol; c++) {
            CellData cell = grid.get(top, c);
            if (top < bottom && cell.hasText()) {
                ColumnHeader h = headers.parse(cell.text());
                CellData below = grid.get(bottom, c);
                boolean group = !h.recognised() && h.period().year() == null && !h.period().hasMonths() && !h.period().fullYear()
                        && unitIn(Vocabulary.normalise(cell.text())) == Unit.UNKNOWN && below.hasText()
                        && !below.text().strip().equals(cell.text().strip()); // not one header merged down over both rows
                current = group ? cell.text().strip() : null;
            } else if (!grid.get(bottom, c).hasText()) {
                current = null;
            }
            groups.add(current);
        }
        // a heading over a single column is that column's own header, not a group
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            if (g != null && (i == 0 || !g.equals(groups.get(i - 1))) && (i + 1 == groups.size() || !g.equals(groups.get(i + 1)))) {
                groups.set(i, null);
            }
        }
        return groups;
    }

    private static boolean mostlyPercentages(SheetGrid grid, int c, int first, int last) {
        int numbers = 0;
        int percentages = 0;
        for (int r = first; r <= last; r++) {
            CellData cell = grid.get(r, c);
            if (cell.type() == CellData.Type.NUMBER) {
                numbers++;
                if (cell.percentFormat()) {
                    percentages++;
                }
            }
        }
        return numbers > 0 && percentages * 2 > numbers;
    }

    /** The year the table reports on: that of its part-of-year budget, else its latest budget or forecast. */
    private static Integer budgetYear(List<ColumnHeader> parsed) {
        for (ColumnHeader h : parsed) {
            if (h.kind() == ColumnKind.BUDGET && h.period().isPartOfYear() && h.period().year() != null) {
                return h.period().year();
            }
        }
        Integer latest = null;
        for (ColumnHeader h : parsed) {
            if (Set.of(ColumnKind.BUDGET, ColumnKind.FORECAST).contains(h.kind()) && h.period().year() != null) {
                latest = latest == null ? h.period().year() : Math.max(latest, h.period().year());
            }
        }
        return latest;
    }

    /** The topmost line of the block of single texts directly above the header ("Driftredovisning, tkr"). */
    private String title(SheetGrid grid, int headerTop) {
        String title = null;
        for (int r = headerTop - 1; r >= Math.max(0, headerTop - TITLE_SEARCH_ROWS); r--) {
            if (isHeaderRow(grid, r)) {
                break;
            }
            String text = null;
            for (int c = 0; c < grid.rowWidth(r) && text == null; c++) {
                CellData cell = grid.get(r, c);
                if (cell.isNumeric()) {
                    return title;
                }
                if (cell.hasText()) {
                    text = cell.text().strip();
                }
            }
            if (text == null) {
                if (title != null) {
                    break;
                }
                continue;
            }
            title = text;
        }
        return title;
    }

    /**
     * The unit from the strongest evidence: what the title and the texts above the table state, else
     * the column headers, else the row labels. Within one of these the vocabulary's unit categories
     * are tried in file order, so a stated price ("kr per dygn") beats the "kr" inside it, and an
     * amount's "mnkr" beats a "per nämnd" that only looks like a price.
     */
    private Unit unit(SheetGrid grid, String title, int top, int bottom, int labelCol, List<Column> columns, int first, int last) {
        List<String> stated = new ArrayList<>();
        if (title != null) {
            stated.add(title);
        }
        for (int r = Math.max(0, top - TITLE_SEARCH_ROWS); r < top; r++) {
            for (int c = 0; c < grid.rowWidth(r); c++) {
                if (grid.get(r, c).hasText() && !grid.get(r, c).text().strip().equals(title)) {
                    stated.add(grid.get(r, c).text());
                }
            }
        }
        stated.add(headerText(grid, top, bottom, labelCol));
        List<String> headers = columns.stream().map(Column::headerText).toList();
        List<String> labels = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            CellData label = grid.get(r, labelCol);
            if (label.hasText()) {
                labels.add(label.text());
            }
        }
        for (List<String> evidence : List.of(stated, headers, labels)) {
            Unit unit = unitIn(Vocabulary.normalise(String.join(" | ", evidence)));
            if (unit != Unit.UNKNOWN) {
                return unit;
            }
        }
        return Unit.UNKNOWN;
    }

    private Unit unitIn(String text) {
        for (String category : vocabulary.categories("unit.")) {
            if (vocabulary.mentions(category, text)) {
                return switch (category) {
                    case "unit.price" -> Unit.KR_PER_DAY;
                    case "unit.mnkr" -> Unit.MNKR;
                    case "unit.mdkr" -> Unit.MDKR;
                    case "unit.tkr" -> Unit.TKR;
                    case "unit.volume" -> Unit.DAYS;
                    case "unit.kr" -> Unit.KR;
                    default -> Unit.UNKNOWN;
                };
            }
        }
        return Unit.UNKNOWN;
    }

    private List<TableRow> rows(SheetGrid grid, int first, int last, int labelCol, List<Column> columns) {
        List<TableRow> rows = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            CellData labelCell = grid.get(r, labelCol);
            String label = labelCell.hasText() ? labelCell.text().strip() : "";
            List<CellData> cells = new ArrayList<>();
            boolean numbers = false;
            for (Column column : columns) {
                CellData cell = grid.get(r, column.index());
                cells.add(cell);
                numbers |= column.kind().isSummable() && (cell.isNumeric() || cell.type() == CellData.Type.ERROR);
            }
            if (label.isEmpty() && !numbers) {
                continue;
            }
            String norm = Vocabulary.normalise(label);
            RowKind kind;
            if (vocabulary.mentions("row.partOf", norm)) {
                kind = RowKind.PART_OF;
            } else if (vocabulary.mentions("row.total", norm)) {
                kind = RowKind.TOTAL;
            } else if (vocabulary.mentions("row.change", norm)) {
                kind = RowKind.CHANGE;
            } else if (!numbers) {
                kind = RowKind.HEADING;
            } else {
                kind = RowKind.PART;
            }
            rows.add(new TableRow(r, label, labelCell, kind, List.copyOf(cells), grid.outlineLevel(r)));
        }
        return markGroupHeadings(rows, columns);
    }

    /** "Socialnämnd" above "Socialnämnd" with the same figures: the first is a heading for its only child. */
    private static List<TableRow> markGroupHeadings(List<TableRow> rows, List<Column> columns) {
        List<TableRow> out = new ArrayList<>(rows);
        for (int i = 0; i + 1 < out.size(); i++) {
            TableRow a = out.get(i);
            TableRow b = out.get(i + 1);
            if (a.kind() == RowKind.PART && b.kind() == RowKind.PART && b.row() == a.row() + 1
                    && Vocabulary.normalise(a.label()).equals(Vocabulary.normalise(b.label()))
                    && sameFigures(a, b, columns)) {
                out.set(i, a.withKind(RowKind.GROUP_HEADING));
            }
        }
        return List.copyOf(out);
    }

    private static boolean sameFigures(TableRow a, TableRow b, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            CellData x = a.cell(i);
            CellData y = b.cell(i);
            if (x.isNumeric() != y.isNumeric() || (x.isNumeric() && x.number() != y.number())) {
                return false;
            }
        }
        return true;
    }

    /** Blocks of two or more rows with figures that no table covers. */
    private List<LocatedWorkbook.UnplacedBlock> unplacedBlocks(SheetGrid grid, List<Table> tables, Predicate<Integer> placedElsewhere) {
        List<LocatedWorkbook.UnplacedBlock> blocks = new ArrayList<>();
        int start = -1;
        int minCol = Integer.MAX_VALUE;
        int maxCol = -1;
        for (int r = 0; r <= grid.rowCount(); r++) {
            boolean numericRow = false;
            if (r < grid.rowCount() && !covered(tables, r) && !placedElsewhere.test(r)) {
                int numbers = 0;
                for (int c = 0; c < grid.rowWidth(r); c++) {
                    if (grid.get(r, c).isNumeric()) {
                        numbers++;
                        if (start >= 0 || numbers >= 2) {
                            minCol = Math.min(minCol, c);
                            maxCol = Math.max(maxCol, c);
                        }
                    }
                }
                numericRow = numbers >= 2;
            }
            if (numericRow && start < 0) {
                start = r;
            } else if (!numericRow && start >= 0) {
                if (r - start >= 2) {
                    String range = new CellRange(start, minCol, r - 1, maxCol).a1();
                    String first = new CellRef(start, minCol).a1();
                    blocks.add(new LocatedWorkbook.UnplacedBlock(grid.sheetName(), range, first));
                }
                start = -1;
                minCol = Integer.MAX_VALUE;
                maxCol = -1;
            }
        }
        return blocks;
    }

    private static boolean covered(List<Table> tables, int r) {
        return tables.stream().anyMatch(t -> r >= t.headerTopRow() && r <= t.lastDataRow());
    }
}
