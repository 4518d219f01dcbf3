package se.rapportkoll.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample workbooks in {@code samples/} from the published tables in
 * {@code samples/data/*.tsv}. The workbooks are laid out the way a controller would make them
 * (titles, units, tables below each other, some starting in column B), so the tool is tested
 * against something realistic rather than tables at A1.
 *
 * <p>Every number is the published one. Formulas are used only where they evaluate to exactly
 * the published figure; this is checked after evaluation and the generator throws otherwise.
 */
public final class SampleGenerator {

    /** Number format used by the controllers (space as thousands separator, as typed). */
    public static final String NUMBER_FORMAT = "#,##0";
    public static final String PERCENT_FORMAT = "0.0 %";
    public static final String CREATOR = "Ekonomienheten";

    public static final String FEB_FILE = "manadsrapport-feb-2025.xlsx";
    public static final String AUG_FILE = "delarsrapport-aug-2025.xlsx";
    public static final String PLAN_FILE = "verksamhetsplan-2025-2027.xlsx";
    public static final List<String> FILES = List.of(FEB_FILE, AUG_FILE, PLAN_FILE);

    private static final Set<String> TOTAL_LABELS =
            Set.of("Summa Driftbudget", "Socialkontor", "Totalt", "Netto", "Summa");
    private static final String ANSVAR = "Ansvar: 5 - Socialnämnd";

    private SampleGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples");
        generateAll(dir);
        System.out.println("Wrote " + FILES + " to " + dir.toAbsolutePath().normalize());
    }

    public static void generateAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path data = dataDir();
        writeFeb(data, dir.resolve(FEB_FILE));
        writeAug(data, dir.resolve(AUG_FILE));
        writePlan(data, dir.resolve(PLAN_FILE));
    }

    /**
     * The TSV folder: {@code samples/data} from the working directory (the project root), or the
     * system property {@code rapportkoll.data}.
     */
    static Path dataDir() {
        return Path.of(System.getProperty("rapportkoll.data", "samples/data"));
    }

    // ---------------------------------------------------------------- the three workbooks

    private static void writeFeb(Path data, Path out) throws IOException {
        Tsv drift = Tsv.read(data.resolve("drift-feb-2025.tsv"));
        Tsv units = Tsv.read(data.resolve("drift-per-verksamhet-feb-2025.tsv"));
        try (Book book = new Book("Månadsrapport februari 2025, Socialnämnd")) {
            Sheet sheet = book.sheet("Månadsrapport");
            Placed d = book.table(sheet, new Layout("Driftredovisning, tkr", ANSVAR, 0, 3, 0), drift, null);
            Placed u = book.table(sheet, new Layout("Driftredovisning per verksamhet, tkr", null,
                    d.lastDataRow() + 2, d.lastDataRow() + 3, 0), units, null);
            book.finishSheet(sheet, d.headerRow());
            book.name("Budget_helar_2025", d, "Summa Driftbudget", "Budget helår 2025");
            book.name("Prognos_1", d, "Summa Driftbudget", "Prognos 1");
            book.note(u, null, "Avvikelse Budget- Prognos", "Rubriken som i rapporten.");
            book.note(u, "Socialnämnd", "Rad",
                    "Första raden är grupprubriken med summa, andra är enheten.");

            Sheet ms = book.sheet("Månadsutfall");
            book.monthly(ms, 0, 0, java.time.YearMonth.of(2025, 2), false);
            book.save(out);
        }
    }

    private static void writeAug(Path data, Path out) throws IOException {
        Tsv drift = Tsv.read(data.resolve("drift-aug-2025.tsv"));
        Tsv units = Tsv.read(data.resolve("drift-per-verksamhet-aug-2025.tsv"));
        Tsv volumes = Tsv.read(data.resolve("volymer-aug-2025.tsv"));
        Tsv prices = Tsv.read(data.resolve("a-priser-aug-2025.tsv"));
        try (Book book = new Book("Delårsrapport per augusti 2025, Socialnämnd")) {
            Sheet ds = book.sheet("Driftredovisning");
            Placed d = book.table(ds, new Layout("Driftredovisning, tkr", ANSVAR, 1, 3, 1), drift, null);
            Placed u = book.table(ds, new Layout("Driftredovisning per verksamhet, tkr", null,
                    d.lastDataRow() + 2, d.lastDataRow() + 3, 1), units, null);
            book.finishSheet(ds, d.headerRow());
            book.printArea(ds, d.titleRow(), u.lastDataRow(), 1, u.lastCol());
            book.name("Budget_helar_2025", d, "Summa Driftbudget", "Budget helår 2025");
            book.name("Prognos_4", d, "Summa Driftbudget", "Prognos 4");

            Sheet vs = book.sheet("Volymer");
            Placed v = book.table(vs, new Layout("Volymer, antal dygn/dagar", null, 0, 2, 0),
                    volumes, volumeDeviations(volumes));
            book.finishSheet(vs, v.headerRow());
            book.note(v, null, "Utfall jan-apr 2025", "Rubriken som i rapporten.");
            book.note(v, "Totalt", "Avvikelse",
                    "Totalraden är inskriven som i rapporten, inte summerad.");

            Sheet ps = book.sheet("À-priser");
            Placed p = book.table(ps, new Layout("Mått och à-priser, kronor per dygn", null, 1, 3, 1),
                    prices, null);
            book.finishSheet(ps, p.headerRow());

            Sheet ms = book.sheet("Månadsutfall");
            book.monthly(ms, 1, 1, java.time.YearMonth.of(2025, 8), true);
            book.save(out);
        }
    }

    private static void writePlan(Path data, Path out) throws IOException {
        Tsv budget = Tsv.read(data.resolve("vp-driftbudget-2025-2027.tsv"));
        Tsv units = Tsv.read(data.resolve("vp-driftbudget-per-verksamhet-2025-2027.tsv"));
        Tsv volumes = Tsv.read(data.resolve("vp-volymer-2025-2027.tsv"));
        Tsv prices = Tsv.read(data.resolve("vp-a-priser-2025-2027.tsv"));
        Tsv changes = Tsv.read(data.resolve("vp-ekonomiska-forandringar-2025-2027.tsv"));
        try (Book book = new Book("Verksamhetsplan 2025–2027, Socialnämnd")) {
            Sheet bs = book.sheet("Driftbudget");
            Placed b = book.table(bs, new Layout("Driftbudget, tkr", "Socialnämnd, verksamhetsplan 2025–2027",
                    0, 3, 1), budget, budgetFormulas(budget));
            Placed u = book.table(bs, new Layout("Driftbudget per avdelning/verksamhet, netto, tkr", null,
                    b.lastDataRow() + 2, b.lastDataRow() + 3, 1), units, null);
            book.finishSheet(bs, b.headerRow());
            book.printArea(bs, b.titleRow(), u.lastDataRow(), 1, u.lastCol());
            book.name("Netto_budget_2025", b, "Netto", "Budget 2025");
            book.note(u, "Summa", "Plan 2027",
                    "Summan som i planen; Netto i tabellen ovan är -401 915.");

            Sheet vs = book.sheet("Volymer och priser");
            Placed v = book.table(vs, new Layout("Volymer, antal dygn/dagar", null, 0, 1, 0), volumes, null);
            book.table(vs, new Layout("Mått och à-priser, kronor per dygn", null,
                    v.lastDataRow() + 2, v.lastDataRow() + 3, 0), prices, null);
            book.finishSheet(vs, v.headerRow());
            book.note(v, null, "Plan 2026",
                    "Plan 2026–2027 är en teknisk beräkning utifrån befolkningsprognos.");

            Sheet cs = book.sheet("Ekonomiska förändringar");
            Placed c = book.table(cs, new Layout("Ekonomiska förändringar, tkr", null, 1, 3, 1),
                    changes, changeSums(changes));
            book.finishSheet(cs, c.headerRow());
            book.note(c, null, "Budget 2025", "\"-\" i rapporten är inskrivet som 0.");
            book.save(out);
        }
    }

    // ---------------------------------------------------------------- formula rules

    /** Supplies a formula (without '=') for a data cell, or null to type in the TSV value. */
    @FunctionalInterface
    interface FormulaRule {
        String formula(Placed table, int dataRow, int tsvCol);
    }

    /** Volumes: deviation = budget - actual, in every care-type row; Totalt stays typed (it has a published error). */
    static FormulaRule volumeDeviations(Tsv t) {
        int actual = t.col("Utfall jan-apr 2025");
        int periodBudget = t.col("Perodiserad budget jan-aug 2025");
        int periodDev = t.col("Avvikelse");
        int yearBudget = t.col("Budget 2025");
        int forecast = t.col("Prognos 2025");
        int yearDev = t.col("Avvikelse budget-prognos");
        return (p, r, c) -> {
            if (t.label(r).equals("Totalt")) {
                return null;
            }
            if (c == periodDev) {
                return p.ref(r, periodBudget) + "-" + p.ref(r, actual);
            }
            if (c == yearDev) {
                return p.ref(r, yearBudget) + "-" + p.ref(r, forecast);
            }
            return null;
        };
    }

    /** Plan budget: Netto = revenues + costs (capital costs are a part of costs), change in tkr and %. */
    static FormulaRule budgetFormulas(Tsv t) {
        int revenues = t.row("Intäkter");
        int costs = t.row("Kostnader");
        int net = t.row("Netto");
        int changeTkr = t.row("Förändring i tkr");
        int changePct = t.row("Förändring i %");
        return (p, r, c) -> {
            if (r == net) {
                return p.ref(revenues, c) + "+" + p.ref(costs, c);
            }
            if (r == changeTkr && c >= 2) {
                return p.ref(net, c) + "-" + p.ref(net, c - 1);
            }
            if (r == changePct && c >= 2) {
                return p.ref(changeTkr, c) + "/" + p.ref(net, c - 1);
            }
            return null;
        };
    }

    /** Economic changes: the yearly sum row as SUM over the rows above it. */
    static FormulaRule changeSums(Tsv t) {
        int sum = t.rows().size() - 1;
        if (!t.label(sum).startsWith("Summa")) {
            throw new IllegalStateException("Last row of " + t.name() + " is not the sum row");
        }
        return (p, r, c) -> r == sum ? "SUM(" + p.ref(0, c) + ":" + p.ref(sum - 1, c) + ")" : null;
    }

    // ---------------------------------------------------------------- TSV

    /** A published table: header and rows as text, exactly as transcribed. */
    record Tsv(String name, String comment, List<String> header, List<List<String>> rows) {

        static Tsv read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String comment = null;
            List<List<String>> cells = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith("#") && comment == null && cells.isEmpty()) {
                    comment = line.substring(1).trim();
                } else if (!line.isBlank()) {
                    cells.add(Arrays.asList(line.split("\t", -1)));
                }
            }
            return new Tsv(file.getFileName().toString(), comment, cells.get(0),
                    List.copyOf(cells.subList(1, cells.size())));
        }

        int width() {
            return header.size();
        }

        String cell(int row, int col) {
            List<String> r = rows.get(row);
            return col < r.size() ? r.get(col).trim() : "";
        }

        String label(int row) {
            return cell(row, 0);
        }

        int col(String heading) {
            int i = header.indexOf(heading);
            if (i < 0) {
                throw new IllegalArgumentException(name + ": no column " + heading);
            }
            return i;
        }

        int row(String label) {
            for (int r = 0; r < rows.size(); r++) {
                if (label(r).equals(label)) {
                    return r;
                }
            }
            throw new IllegalArgumentException(name + ": no row " + label);
        }

        /** A text column holds no numbers at all (e.g. Målgrupp). */
        boolean isTextColumn(int col) {
            if (col == 0) {
                return true;
            }
            boolean any = false;
            for (int r = 0; r < rows.size(); r++) {
                String v = cell(r, col);
                if (!v.isEmpty()) {
                    any = true;
                    if (parseNumber(v) != null || v.endsWith("%")) {
                        return false;
                    }
                }
            }
            return any;
        }
    }

    static Long parseNumber(String text) {
        try {
            return Long.parseLong(text.replace(" ", "").replace('\u2212', '-'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "8,6 %" → 8.6 (percent units), or null. */
    static Double parsePercent(String text) {
        if (!text.endsWith("%")) {
            return null;
        }
        return Double.parseDouble(text.substring(0, text.length() - 1).trim().replace(',', '.'));
    }

    // ---------------------------------------------------------------- layout

    /** Where to put a table (0-based): title row, optional second line, header row, first column. */
    record Layout(String title, String subtitle, int titleRow, int headerRow, int firstCol) {
    }

    /** Where a table landed, 0-based rows and columns. */
    record Placed(Sheet sheet, Tsv tsv, int titleRow, int headerRow, int firstCol) {

        int firstDataRow() {
            return headerRow + 1;
        }

        int lastDataRow() {
            return headerRow + tsv.rows().size();
        }

        int lastCol() {
            return firstCol + tsv.width() - 1;
        }

        /** Relative A1 reference of a data cell, for formulas on the same sheet. */
        String ref(int dataRow, int tsvCol) {
            return new CellReference(firstDataRow() + dataRow, firstCol + tsvCol).formatAsString();
        }
    }

    /** A formula cell and the published figure it must evaluate to. */
    private record Expected(Cell cell, String published) {
    }

    /** One workbook being written: styles, checks of formula values, and sheet finishing. */
    private static final class Book implements AutoCloseable {
        private final XSSFWorkbook wb = new XSSFWorkbook();
        private final List<Expected> formulas = new ArrayList<>();
        private final Map<Sheet, Map<Integer, Integer>> widths = new HashMap<>();
        private final CellStyle title;
        private final CellStyle subtitle;
        private final CellStyle header;
        private final CellStyle headerLabel;
        private final CellStyle label;
        private final CellStyle text;
        private final CellStyle number;
        private final CellStyle percent;
        private final CellStyle totalLabel;
        private final CellStyle totalText;
        private final CellStyle totalNumber;

        Book(String docTitle) {
            var props = wb.getProperties().getCoreProperties();
            props.setTitle(docTitle);
            props.setCreator(CREATOR);

            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 12);
            Font italic = wb.createFont();
            italic.setItalic(true);
            short numFmt = wb.createDataFormat().getFormat(NUMBER_FORMAT);
            short pctFmt = wb.createDataFormat().getFormat(PERCENT_FORMAT);

            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            subtitle.setFont(italic);

            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header.setAlignment(HorizontalAlignment.RIGHT);
            headerLabel = wb.createCellStyle();
            headerLabel.cloneStyleFrom(header);
            headerLabel.setAlignment(HorizontalAlignment.LEFT);

            label = wb.createCellStyle();
            text = wb.createCellStyle();
            number = wb.createCellStyle();
            number.setDataFormat(numFmt);
            percent = wb.createCellStyle();
            percent.setDataFormat(pctFmt);

            totalLabel = wb.createCellStyle();
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.THIN);
            totalText = wb.createCellStyle();
            totalText.cloneStyleFrom(totalLabel);
            totalNumber = wb.createCellStyle();
            totalNumber.cloneStyleFrom(totalLabel);
            totalNumber.setDataFormat(numFmt);
        }

        Sheet sheet(String name) {
            return wb.createSheet(name);
        }

        /**
         * Monthly actuals (constructed, see {@link MonthlyActuals}) from January 2023 to {@code last}:
         * title, the note that they are constructed, a header of months (real dates shown as
         * "jan 2024", or texts "jan 2024"), and one row per line.
         */
        void monthly(Sheet sheet, int titleRow, int firstCol, java.time.YearMonth last, boolean dateHeaders) {
            Cell t = row(sheet, titleRow).createCell(firstCol);
            t.setCellValue("Utfall per månad, tkr");
            t.setCellStyle(title);
            Cell n = row(sheet, titleRow + 1).createCell(firstCol);
            n.setCellValue(MonthlyActuals.NOTE);
            n.setCellStyle(subtitle);
            int headerRow = titleRow + 3;
            Row h = row(sheet, headerRow);
            Cell corner = h.createCell(firstCol);
            corner.setCellValue("Rad");
            corner.setCellStyle(headerLabel);
            CellStyle dateHeader = wb.createCellStyle();
            dateHeader.cloneStyleFrom(header);
            dateHeader.setDataFormat(wb.createDataFormat().getFormat("mmm yyyy"));
            List<java.time.YearMonth> months = MonthlyActuals.months(last);
            String[] names = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
            for (int i = 0; i < months.size(); i++) {
                java.time.YearMonth m = months.get(i);
                Cell cell = h.createCell(firstCol + 1 + i);
                if (dateHeaders) {
                    cell.setCellValue(m.atDay(1));
                    cell.setCellStyle(dateHeader);
                } else {
                    cell.setCellValue(names[m.getMonthValue() - 1] + " " + m.getYear());
                    cell.setCellStyle(header);
                }
                width(sheet, firstCol + 1 + i, 10);
            }
            width(sheet, firstCol, 22);
            int r = headerRow + 1;
            for (Map.Entry<String, Map<java.time.YearMonth, Long>> line : MonthlyActuals.upTo(last).entrySet()) {
                boolean total = isTotal(line.getKey());
                Row row = row(sheet, r++);
                Cell label = row.createCell(firstCol);
                label.setCellValue(line.getKey());
                label.setCellStyle(total ? totalLabel : this.label);
                for (int i = 0; i < months.size(); i++) {
                    Cell cell = row.createCell(firstCol + 1 + i);
                    cell.setCellValue(line.getValue().get(months.get(i)).doubleValue());
                    cell.setCellStyle(total ? totalNumber : number);
                }
            }
            Map<Integer, Integer> w = widths.getOrDefault(sheet, Map.of());
            w.forEach((col, chars) -> sheet.setColumnWidth(col, chars * 256));
            for (int c = 0; c < firstCol; c++) {
                sheet.setColumnWidth(c, 3 * 256);
            }
            sheet.createFreezePane(firstCol + 1, headerRow + 1);
            sheet.getPrintSetup().setLandscape(true);
        }

        Placed table(Sheet sheet, Layout at, Tsv tsv, FormulaRule rule) {
            Placed p = new Placed(sheet, tsv, at.titleRow(), at.headerRow(), at.firstCol());
            Cell t = row(sheet, at.titleRow()).createCell(at.firstCol());
            t.setCellValue(at.title());
            t.setCellStyle(title);
            if (at.subtitle() != null) {
                Cell s = row(sheet, at.titleRow() + 1).createCell(at.firstCol());
                s.setCellValue(at.subtitle());
                s.setCellStyle(subtitle);
            }
            Row h = row(sheet, at.headerRow());
            for (int c = 0; c < tsv.width(); c++) {
                Cell cell = h.createCell(at.firstCol() + c);
                cell.setCellValue(tsv.header().get(c));
                cell.setCellStyle(tsv.isTextColumn(c) ? headerLabel : header);
                width(sheet, at.firstCol() + c, columnWidth(tsv, c));
            }
            for (int r = 0; r < tsv.rows().size(); r++) {
                Row row = row(sheet, p.firstDataRow() + r);
                boolean total = isTotal(tsv.label(r));
                for (int c = 0; c < tsv.width(); c++) {
                    writeCell(row.createCell(at.firstCol() + c), p, r, c, total, rule);
                }
            }
            return p;
        }

        private void writeCell(Cell cell, Placed p, int r, int c, boolean total, FormulaRule rule) {
            Tsv tsv = p.tsv();
            String value = tsv.cell(r, c);
            if (tsv.isTextColumn(c)) {
                cell.setCellStyle(c == 0 ? (total ? totalLabel : label) : (total ? totalText : text));
                if (!value.isEmpty()) {
                    cell.setCellValue(value);
                }
                return;
            }
            boolean pct = value.endsWith("%");
            cell.setCellStyle(pct ? percent : total ? totalNumber : number);
            String formula = rule == null ? null : rule.formula(p, r, c);
            if (formula != null) {
                if (value.isEmpty()) {
                    throw new IllegalStateException(tsv.name() + ": formula where the report is blank, row "
                            + tsv.label(r) + ", column " + tsv.header().get(c));
                }
                cell.setCellFormula(formula);
                formulas.add(new Expected(cell, value));
            } else if (!value.isEmpty()) {
                Long n = parseNumber(value);
                if (n == null) {
                    throw new IllegalStateException(tsv.name() + ": not a number and no formula: " + value);
                }
                cell.setCellValue(n.doubleValue());
            }
            // an empty published cell stays a blank cell (style only)
        }

        private static boolean isTotal(String label) {
            return TOTAL_LABELS.contains(label) || label.startsWith("Summa");
        }

        /** Column width in characters: label column from its contents, numbers fixed so headers wrap. */
        private static int columnWidth(Tsv tsv, int c) {
            if (c == 0) {
                int longest = 0;
                for (int r = 0; r < tsv.rows().size(); r++) {
                    longest = Math.max(longest, tsv.label(r).length());
                }
                return Math.min(Math.max(longest + 3, 32), 50);
            }
            if (tsv.isTextColumn(c)) {
                return tsv.header().get(c).length() + 3;
            }
            return 15;
        }

        private void width(Sheet sheet, int col, int chars) {
            widths.computeIfAbsent(sheet, s -> new HashMap<>()).merge(col, chars, Math::max);
        }

        /** Column widths, header heights, frozen panes below the first header row, landscape. */
        void finishSheet(Sheet sheet, int freezeBelowRow) {
            Map<Integer, Integer> w = widths.getOrDefault(sheet, Map.of());
            w.forEach((col, chars) -> sheet.setColumnWidth(col, chars * 256));
            int firstCol = w.keySet().stream().min(Integer::compare).orElse(0);
            for (int c = 0; c < firstCol; c++) {
                sheet.setColumnWidth(c, 3 * 256); // narrow margin column
            }
            for (Row row : sheet) {
                Cell first = row.getCell(firstCol);
                if (first != null && first.getCellStyle().getIndex() == headerLabel.getIndex()) {
                    int lines = 1;
                    for (Cell cell : row) {
                        lines = Math.max(lines, wrappedLines(cell.getStringCellValue(),
                                w.getOrDefault(cell.getColumnIndex(), 10) - 2));
                    }
                    row.setHeightInPoints(15f * lines + 3);
                }
            }
            sheet.createFreezePane(0, freezeBelowRow + 1);
            sheet.getPrintSetup().setLandscape(true);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
        }

        /** Lines a header needs when wrapped at word boundaries in a column this wide. */
        private static int wrappedLines(String s, int chars) {
            int lines = 1;
            int used = 0;
            for (String word : s.split(" ")) {
                int need = used == 0 ? word.length() : used + 1 + word.length();
                if (need > chars && used > 0) {
                    lines++;
                    used = word.length();
                } else {
                    used = need;
                }
                // a word wider than the column is broken at its hyphen or anywhere
                lines += Math.max(0, (word.length() - 1) / chars);
            }
            return lines;
        }

        void printArea(Sheet sheet, int firstRow, int lastRow, int firstCol, int lastCol) {
            wb.setPrintArea(wb.getSheetIndex(sheet), firstCol, lastCol, firstRow, lastRow);
        }

        /** A workbook-level name for one data cell, found by row label and column header. */
        void name(String name, Placed p, String rowLabel, String heading) {
            Cell cell = cell(p, rowLabel, heading);
            Name n = wb.createName();
            n.setNameName(name);
            n.setRefersToFormula(new CellReference(p.sheet().getSheetName(), cell.getRowIndex(),
                    cell.getColumnIndex(), true, true).formatAsString());
        }

        /** A cell note; rowLabel null means the header cell of the column. */
        void note(Placed p, String rowLabel, String heading, String text) {
            Cell cell = cell(p, rowLabel, heading);
            var helper = wb.getCreationHelper();
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex() + 1);
            anchor.setCol2(cell.getColumnIndex() + 4);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 3);
            Comment comment = p.sheet().createDrawingPatriarch().createCellComment(anchor);
            comment.setString(helper.createRichTextString(text));
            comment.setAuthor(CREATOR);
            cell.setCellComment(comment);
        }

        private static Cell cell(Placed p, String rowLabel, String heading) {
            int row = rowLabel == null ? p.headerRow() : p.firstDataRow() + p.tsv().row(rowLabel);
            int col = p.firstCol() + p.tsv().col(heading);
            return p.sheet().getRow(row).getCell(col);
        }

        private static Row row(Sheet sheet, int index) {
            Row r = sheet.getRow(index);
            return r != null ? r : sheet.createRow(index);
        }

        /** Evaluates all formulas (so cached values are stored), checks them, writes the file. */
        void save(Path out) throws IOException {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            checkFormulas();
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }

        private void checkFormulas() {
            int found = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            found++;
                        }
                    }
                }
            }
            if (found != formulas.size()) {
                throw new IllegalStateException("Unexpected formula cells: " + found + " vs " + formulas.size());
            }
            for (Expected e : formulas) {
                Cell cell = e.cell();
                String where = cell.getSheet().getSheetName() + "!" + cell.getAddress();
                if (cell.getCachedFormulaResultType() != CellType.NUMERIC) {
                    throw new IllegalStateException(where + " does not evaluate to a number");
                }
                double value = cell.getNumericCellValue();
                Double pct = parsePercent(e.published());
                boolean ok = pct != null
                        // published with one decimal: the formula must round to it
                        ? Math.round(value * 1000) == Math.round(pct * 10)
                        : value == parseNumber(e.published()).doubleValue();
                if (!ok) {
                    throw new IllegalStateException(where + " =" + cell.getCellFormula() + " gives " + value
                            + " but the report says " + e.published());
                }
            }
        }

        @Override
        public void close() throws IOException {
            wb.close();
        }
    }
}
