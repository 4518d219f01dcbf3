package se.rapportkoll.locate;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds tables of monthly figures: a header row with at least three cells that each name one
 * month of one year ("jan 2025", "Jan-25", "januari 2025", "2025-01", or a real date cell), a
 * label column to their left, and rows of figures below. Month names come from the locator's
 * vocabulary, so they are shared with the period headers of the budget tables.
 */
public final class MonthlyLocator {

    private static final int MIN_MONTH_COLUMNS = 3;
    private static final int TITLE_SEARCH_ROWS = 3;

    private final Map<String, Integer> monthNames = new LinkedHashMap<>();
    private final TableLocator tables;
    private final Pattern nameYear;
    private final Pattern yearName;
    /** Per run: every label of a sheet is tried as a month. */
    private final Map<String, Optional<YearMonth>> parsedTexts = new HashMap<>();
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})\\s*[-/.]\\s*(\\d{1,2})(?:\\s*[-/.]\\s*\\d{1,2})?");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})\\s*[-/.]\\s*((?:19|20)\\d{2})");

    public MonthlyLocator(Vocabulary vocabulary) {
        tables = new TableLocator(vocabulary);
        for (String category : vocabulary.categories("month.")) {
            int number = Integer.parseInt(category.substring("month.".length()));
            vocabulary.words(category).forEach(w -> monthNames.put(w, number));
        }
        List<String> names = new ArrayList<>(monthNames.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String alternation = String.join("|", names.stream().map(Pattern::quote).toList());
        nameYear = Pattern.compile("(" + alternation + ")\\.?\\s*[-/' ]?\\s*'?((?:19|20)\\d{2}|\\d{2})");
        yearName = Pattern.compile("((?:19|20)\\d{2})\\s*[-/ ]?\\s*(" + alternation + ")\\.?");
    }

    public MonthlyLocator() {
        this(Vocabulary.standard());
    }

    /** Monthly tables in the located workbook's user sheets. */
    public List<MonthlyTable> locate(LocatedWorkbook located) {
        List<MonthlyTable> tables = new ArrayList<>();
        for (SheetGrid grid : located.sheets()) {
            tables.addAll(locate(grid));
        }
        return List.copyOf(tables);
    }

    /** Monthly tables in one sheet. */
    public List<MonthlyTable> locate(SheetGrid grid) {
        List<MonthlyTable> tables = new ArrayList<>();
        int r = 0;
        while (r < grid.rowCount()) {
            Map<YearMonth, Integer> months = monthHeader(grid, r);
            if (months != null) {
                MonthlyTable table = build(grid, r, months);
                if (table != null) {
                    tables.add(table);
                    r = table.lastRow() + 1;
                    continue;
                }
            }
            r++;
        }
        return tables;
    }

    /** The months a header row names, by column, or null when it is not a month header. */
    Map<YearMonth, Integer> monthHeader(SheetGrid grid, int r) {
        Map<YearMonth, Integer> months = new LinkedHashMap<>();
        int others = 0;
        for (int c = 0; c < grid.rowWidth(r); c++) {
            Optional<YearMonth> month = month(grid.get(r, c));
            if (month.isPresent()) {
                if (months.putIfAbsent(month.get(), c) != null) {
                    return null; // the same month twice: not a month header
                }
            } else if (grid.get(r, c).isNumeric()) {
                others++;
            }
        }
        return months.size() >= MIN_MONTH_COLUMNS && others < months.size() ? months : null;
    }

    /** The month a header cell names, if it names exactly one month of one year: a date cell, or a text. */
    Optional<YearMonth> month(CellData cell) {
        if (cell.type() == CellData.Type.NUMBER) {
            return cell.date() == null ? Optional.empty() : Optional.of(YearMonth.from(cell.date()));
        }
        if (cell.type() == CellData.Type.TEXT || cell.type() == CellData.Type.TEXT_NUMBER) {
            return parsedTexts.computeIfAbsent(cell.text(), this::parse);
        }
        return Optional.empty();
    }

    /** "jan 2025", "Jan-25", "januari 2025", "2025 jan", "2025-01", "01/2025". */
    public Optional<YearMonth> parse(String text) {
        String s = Vocabulary.normalise(text);
        Matcher m = nameYear.matcher(s);
        if (m.matches()) {
            return of(year(m.group(2)), monthNames.get(m.group(1)));
        }
        m = yearName.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), monthNames.get(m.group(2)));
        }
        m = ISO.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = MONTH_SLASH_YEAR.matcher(s);
        if (m.matches()) {
            return of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    private static int year(String digits) {
        return digits.length() == 2 ? 2000 + Integer.parseInt(digits) : Integer.parseInt(digits);
    }

    private static Optional<YearMonth> of(int year, Integer month) {
        return month == null || month < 1 || month > 12 ? Optional.empty() : Optional.of(YearMonth.of(year, month));
    }

    private MonthlyTable build(SheetGrid grid, int headerRow, Map<YearMonth, Integer> months) {
        int firstMonthCol = months.values().stream().min(Integer::compare).orElseThrow();
        int last = headerRow;
        for (int r = headerRow + 1; r < grid.rowCount(); r++) {
            if (blank(grid, r) || monthHeader(grid, r) != null) {
                break;
            }
            last = r;
        }
        if (last == headerRow) {
            return null;
        }
        int labelCol = labelColumn(grid, headerRow + 1, last, firstMonthCol);
        if (labelCol < 0) {
            return null;
        }
        List<MonthlyTable.Line> lines = new ArrayList<>();
        for (int r = headerRow + 1; r <= last; r++) {
            CellData label = grid.get(r, labelCol);
            Map<YearMonth, Double> values = new LinkedHashMap<>();
            for (Map.Entry<YearMonth, Integer> e : months.entrySet()) {
                CellData cell = grid.get(r, e.getValue());
                if (cell.isNumeric()) {
                    values.put(e.getKey(), cell.number());
                }
            }
            if (label.hasText() && !values.isEmpty()) {
                lines.add(new MonthlyTable.Line(label.text().strip(), r, Map.copyOf(values)));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        String title = title(grid, headerRow);
        return new MonthlyTable(grid.sheetName(), title, headerRow, labelCol, Map.copyOf(months), List.copyOf(lines),
                tables.table(grid, title, headerRow, labelCol, columns(grid, headerRow, months), last, Unit.UNKNOWN));
    }

    /** The month columns as a located table's: actual outcome of one month each, in sheet order. */
    private static List<Column> columns(SheetGrid grid, int headerRow, Map<YearMonth, Integer> months) {
        return months.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(e -> {
            YearMonth m = e.getKey();
            CellData cell = grid.get(headerRow, e.getValue());
            String text = cell.hasText() ? cell.text() : Period.shortMonth(m.getMonthValue()) + " " + m.getYear();
            Period period = new Period(m.getYear(), m.getMonthValue(), m.getMonthValue(), false, null, null);
            return new Column(e.getValue(), new ColumnHeader(text, ColumnKind.ACTUAL, period, java.util.Set.of(), false),
                    ColumnKind.ACTUAL, false, headerRow, null);
        }).toList();
    }

    private static boolean blank(SheetGrid grid, int r) {
        for (int c = 0; c < grid.rowWidth(r); c++) {
            if (!grid.get(r, c).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static int labelColumn(SheetGrid grid, int first, int last, int firstMonthCol) {
        int rows = last - first + 1;
        for (int c = 0; c < firstMonthCol; c++) {
            int texts = 0;
            for (int r = first; r <= last; r++) {
                if (grid.get(r, c).hasText()) {
                    texts++;
                }
            }
            if (texts > 0 && texts * 2 >= rows) {
                return c;
            }
        }
        return -1;
    }

    /** The topmost single text in the few rows directly above the header ("Utfall per månad, tkr"). */
    private static String title(SheetGrid grid, int headerRow) {
        String title = null;
        for (int r = headerRow - 1; r >= Math.max(0, headerRow - TITLE_SEARCH_ROWS); r--) {
            String text = null;
            for (int c = 0; c < grid.rowWidth(r) && text == null; c++) {
                if (grid.get(r, c).isNumeric()) {
                    return title;
                }
                if (grid.get(r, c).hasText()) {
                    text = grid.get(r, c).text().strip();
                }
            }
            if (text != null) {
                title = text;
            } else if (title != null) {
                break;
            }
        }
        return title;
    }
}
