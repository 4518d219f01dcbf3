package se.rapportkoll.bench;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.rapportkoll.analyse.forecast.Estimate;
import se.rapportkoll.analyse.forecast.ForecastAnalysis;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a whole municipality's follow-up report (per August 2025) as one workbook, for the
 * benchmark: per committee (nämnd) a driftredovisning sheet (units with cost-centre rows, a
 * {@code Summa} row per unit and the committee's total) and a sheet of monthly actuals of the same
 * cost centres (2024 in full, 2025 January to August). Laid out as the samples are, so the tool
 * recognises every table.
 *
 * <p>Every formula carries its cached value, computed here, as in a workbook Excel saved: otherwise
 * the tool would evaluate all formulas and a benchmark would measure that instead. Streaming
 * (SXSSF) keeps 30 committees quick and small in memory.
 *
 * <p>A few seeded errors, as a real workbook has (see {@link Injected}); the same seed gives the same file.
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=se.rapportkoll.bench.MunicipalityWorkbook -Dexec.classpathScope=test -Dexec.args="target/kommun-30.xlsx 30"</pre>
 */
public final class MunicipalityWorkbook {

    public static final int UNITS_PER_COMMITTEE = 10;
    public static final int COST_CENTRES_PER_UNIT = 16;
    static final int YEAR = 2025;
    static final int LAST_MONTH = 8;

    /** Budget and driftredovisning columns, after the label column A. */
    static final List<String> HEADERS = List.of("Kostnadsställe", "Budget helår 2025", "Budget jan-aug 2025",
            "Utfall jan-aug 2025", "Avvikelse jan-aug 2025", "Prognos helår 2025", "Avvikelse helår 2025");
    private static final int YEAR_BUDGET = 1;
    private static final int PERIOD_BUDGET = 2;
    private static final int ACTUAL = 3;
    private static final int PERIOD_DEVIATION = 4;
    private static final int FORECAST = 5;
    private static final int YEAR_DEVIATION = 6;
    private static final int TITLE_ROW = 0;
    private static final int HEADER_ROW = 3;
    /** Monthly sheet: label column A, 2024 in B..M, 2025 in N..Y, the 2025 total in Z. */
    private static final int FIRST_2025_COLUMN = 13;
    private static final int MONTHLY_TOTAL_COLUMN = 25;

    private static final String[][] COMMITTEES = {
            {"Kommunstyrelsen", "KS"}, {"Socialnämnden", "SN"}, {"Barn- och utbildningsnämnden", "BUN"},
            {"Kultur- och fritidsnämnden", "KFN"}, {"Vård- och omsorgsnämnden", "VON"},
            {"Tekniska nämnden", "TN"}, {"Miljö- och byggnadsnämnden", "MBN"},
            {"Gymnasie- och vuxenutbildningsnämnden", "GVN"}, {"Arbetsmarknadsnämnden", "AMN"},
            {"Samhällsbyggnadsnämnden", "SBN"}, {"Överförmyndarnämnden", "ÖFN"}, {"Räddningsnämnden", "RN"},
            {"Servicenämnden", "SEN"}, {"Valnämnden", "VN"}, {"Krisledningsnämnden", "KLN"}};
    private static final String[] UNITS = {"Äldreomsorg", "Individ- och familjeomsorg", "Funktionsstöd", "Förskola",
            "Grundskola", "Fritidshem", "Gymnasieskola", "Vuxenutbildning", "Bibliotek", "Fritidsgårdar",
            "Idrottsanläggningar", "Kulturskola", "Gata och park", "Fastighetsförvaltning", "Måltidsservice",
            "Lokalvård", "Bygglov", "Miljötillsyn", "Kansli", "Ekonomi och personal"};
    private static final String[] ACTIVITIES = {"Hemtjänst", "Särskilt boende", "Dagverksamhet", "Personlig assistans",
            "Boendestöd", "Försörjningsstöd", "Familjehem", "Öppenvård", "Förskoleverksamhet", "Skolmåltider",
            "Elevhälsa", "Lokaler", "Ledning", "Administration", "Korttidsboende", "Nattpatrull", "Fältgrupp",
            "Utemiljö", "Inventarier", "Kompetensutveckling"};
    private static final String[] REVENUES = {"Avgifter", "Statsbidrag", "Hyresintäkter", "Försäljning"};
    private static final String[] AREAS = {"Norr", "Söder", "Öster", "Väster", "Centrum", "Hamnen", "Backa", "Skogen"};
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
    /** Relative size of each month: costs dip in July and peak in December. */
    private static final double[] PROFILE = {0.95, 0.97, 1.0, 1.0, 1.02, 1.05, 0.80, 0.95, 1.0, 1.02, 1.03, 1.2};

    /**
     * A deliberate error: the rule the tool should report (or the fill it should make) and where.
     * A wrong cell inside a table also makes its unit's Summa disagree with one of the two checks
     * it meets (sum of the rows, or outcome − budget); that finding is listed too, as "follows".
     */
    public record Injected(String rule, String sheet, String cell, String what) {
    }

    /** What was written: counts for the benchmark's table, and the deliberate errors. */
    public record Summary(Path file, int sheets, int costCentreRows, int rows, int formulas,
                         List<String> committeeSheets, List<Injected> injected) {
    }

    private MunicipalityWorkbook() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "target/kommun-30.xlsx");
        int committees = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        long start = System.nanoTime();
        Summary s = generate(file, committees, seed);
        System.out.printf(Locale.ROOT, "%s: %d committees, %d sheets, %d cost-centre rows, %d rows, %d formulas, %d kB, %.1f s%n",
                file, committees, s.sheets(), s.costCentreRows(), s.rows(), s.formulas(), Files.size(file) / 1024,
                (System.nanoTime() - start) / 1e9);
        s.injected().forEach(i -> System.out.println("  " + i.rule() + " " + i.sheet() + "!" + i.cell() + ": " + i.what()));
    }

    public static Path write(Path file, int committees, long seed) throws IOException {
        return generate(file, committees, seed).file();
    }

    public static Summary generate(Path file, int committees, long seed) throws IOException {
        if (committees < 1) {
            throw new IllegalArgumentException("committees must be at least 1");
        }
        Random random = new Random(seed);
        List<Committee> plan = new ArrayList<>();
        int number = 1001;
        for (int c = 0; c < committees; c++) {
            Committee committee = committee(c, number, random);
            number += committee.costCentreCount();
            plan.add(committee);
        }
        List<Injected> injected = inject(plan, random);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        // shared strings, as Excel writes them
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true)) {
            Styles styles = new Styles(wb);
            Counts counts = new Counts();
            for (Committee committee : plan) {
                writeDrift(wb, styles, committee, counts);
                writeMonthly(wb, styles, committee, counts);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
            return new Summary(file, plan.size() * 2, plan.stream().mapToInt(Committee::costCentreCount).sum(),
                    counts.rows, counts.formulas, plan.stream().map(Committee::driftSheet).toList(), List.copyOf(injected));
        }
    }

    // ---------------------------------------------------------------- the figures

    /** One cost centre's figures in whole tkr; {@code months} holds 2024 and 2025 up to August. */
    record CostCentre(String label, long yearBudget, long periodBudget, Map<YearMonth, Double> months,
                      long actual, long forecast) {
    }

    record Unit(String name, List<CostCentre> costCentres) {
    }

    /** A committee and what to write wrongly on its sheets (row indexes into the cost centres, -1 for none). */
    static final class Committee {
        final String name;
        final String code;
        final List<Unit> units;
        int typedDeviation = -1;
        long typedDeviationOffset;
        int wrongSubtotalUnit = -1;
        long wrongSubtotalOffset;
        int textDeviation = -1;
        int emptyDeviation = -1;

        Committee(String name, String code, List<Unit> units) {
            this.name = name;
            this.code = code;
            this.units = units;
        }

        String driftSheet() {
            return "Drift " + code;
        }

        String monthlySheet() {
            return "Månad " + code;
        }

        int costCentreCount() {
            return units.stream().mapToInt(u -> u.costCentres().size()).sum();
        }

        /** Sheet row of the i-th cost centre (all units counted), with a Summa row after each unit. */
        int driftRow(int costCentre) {
            int row = HEADER_ROW + 1;
            int seen = 0;
            for (Unit u : units) {
                if (costCentre < seen + u.costCentres().size()) {
                    return row + costCentre - seen;
                }
                seen += u.costCentres().size();
                row += u.costCentres().size() + 1;
            }
            throw new IndexOutOfBoundsException(costCentre);
        }

        int unitOf(int costCentre) {
            int seen = 0;
            for (int u = 0; u < units.size(); u++) {
                seen += units.get(u).costCentres().size();
                if (costCentre < seen) {
                    return u;
                }
            }
            throw new IndexOutOfBoundsException(costCentre);
        }

        int subtotalRow(int unit) {
            int row = HEADER_ROW + 1;
            for (int u = 0; u < unit; u++) {
                row += units.get(u).costCentres().size() + 1;
            }
            return row + units.get(unit).costCentres().size();
        }
    }

    private static Committee committee(int index, int firstNumber, Random random) {
        String name = index < COMMITTEES.length ? COMMITTEES[index][0] : "Stadsdelsnämnd " + (index - COMMITTEES.length + 1);
        String code = index < COMMITTEES.length ? COMMITTEES[index][1] : "SDN" + (index - COMMITTEES.length + 1);
        List<Unit> units = new ArrayList<>();
        int number = firstNumber;
        for (int u = 0; u < UNITS_PER_COMMITTEE; u++) {
            String unitName = UNITS[(index * 3 + u) % UNITS.length];
            // 16 or 17 cost centres: about 5 000 at 30 committees
            int count = COST_CENTRES_PER_UNIT + (random.nextInt(3) == 0 ? 1 : 0);
            List<CostCentre> centres = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                boolean revenue = random.nextInt(8) == 0;
                String activity = revenue ? REVENUES[random.nextInt(REVENUES.length)] : ACTIVITIES[random.nextInt(ACTIVITIES.length)];
                centres.add(costCentre(number++ + " " + activity + " " + AREAS[random.nextInt(AREAS.length)], revenue, random));
            }
            units.add(new Unit(unitName, List.copyOf(centres)));
        }
        return new Committee(name, code, List.copyOf(units));
    }

    private static CostCentre costCentre(String label, boolean revenue, Random random) {
        long yearBudget = revenue ? 100 + random.nextInt(5_000) : -(200 + random.nextInt(15_000));
        double share = sum(PROFILE, 0, LAST_MONTH) / sum(PROFILE, 0, 12);
        long periodBudget = Math.round(yearBudget * share);
        Map<YearMonth, Double> months = new LinkedHashMap<>();
        double level2024 = yearBudget * 0.96 * (1 + 0.05 * random.nextGaussian()) / sum(PROFILE, 0, 12);
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(YEAR - 1, m), (double) Math.round(level2024 * PROFILE[m - 1] * (1 + 0.03 * random.nextGaussian())));
        }
        double level2025 = periodBudget * (1 + 0.06 * random.nextGaussian()) / sum(PROFILE, 0, LAST_MONTH);
        long actual = 0;
        for (int m = 1; m <= LAST_MONTH; m++) {
            long v = Math.round(level2025 * PROFILE[m - 1] * (1 + 0.03 * random.nextGaussian()));
            months.put(YearMonth.of(YEAR, m), (double) v);
            actual += v;
        }
        return new CostCentre(label, yearBudget, periodBudget, months, actual,
                forecastWithinMethods(months, periodBudget, yearBudget));
    }

    /**
     * The controller's Prognos: the middle of the tool's forecast methods' range, so that it is no
     * {@code forecast-outside-methods} finding (which would drown the deliberate errors).
     */
    private static long forecastWithinMethods(Map<YearMonth, Double> months, long periodBudget, long yearBudget) {
        List<Estimate> estimates = ForecastAnalysis.estimates(months, YEAR, LAST_MONTH, (double) periodBudget, (double) yearBudget);
        double low = estimates.stream().mapToDouble(Estimate::fullYear).min().orElseThrow();
        double high = estimates.stream().mapToDouble(Estimate::fullYear).max().orElseThrow();
        long forecast = Math.round((low + high) / 2);
        return Math.max((long) Math.ceil(low), Math.min((long) Math.floor(high), forecast));
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }

    /**
     * The deliberate errors, each on a committee and row the seed picks: a typed-over period
     * deviation that disagrees, a unit's Summa of Budget helår typed in wrongly, a period deviation
     * stored as text (agreeing), and an empty full-year deviation (the tool fills it).
     */
    private static List<Injected> inject(List<Committee> plan, Random random) {
        List<Injected> out = new ArrayList<>();
        Committee c = plan.get(random.nextInt(plan.size()));
        c.typedDeviation = random.nextInt(c.costCentreCount());
        c.typedDeviationOffset = (50 + random.nextInt(400)) * (random.nextBoolean() ? 1 : -1);
        out.add(new Injected("deviation", c.driftSheet(), address(c.driftRow(c.typedDeviation), PERIOD_DEVIATION),
                "typed-over deviation off by " + c.typedDeviationOffset));
        out.add(new Injected("total", c.driftSheet(), address(c.subtotalRow(c.unitOf(c.typedDeviation)), PERIOD_DEVIATION),
                "follows: the unit's Summa deviation no longer equals the sum of its rows' deviations"));

        c = plan.get(random.nextInt(plan.size()));
        c.wrongSubtotalUnit = random.nextInt(c.units.size());
        c.wrongSubtotalOffset = 1_000 + random.nextInt(9_000);
        out.add(new Injected("total", c.driftSheet(), address(c.subtotalRow(c.wrongSubtotalUnit), YEAR_BUDGET),
                "Summa typed in " + c.wrongSubtotalOffset + " too high"));
        out.add(new Injected("total", c.driftSheet(), address(c.subtotalRow(c.wrongSubtotalUnit), YEAR_DEVIATION),
                "follows: the Summa's full-year deviation uses the wrong budget, unlike its rows' deviations"));

        c = plan.get(random.nextInt(plan.size()));
        c.textDeviation = distinctRow(c, random, c.typedDeviation);
        out.add(new Injected("number-as-text", c.driftSheet(), address(c.driftRow(c.textDeviation), PERIOD_DEVIATION),
                "deviation stored as text"));

        c = plan.get(random.nextInt(plan.size()));
        c.emptyDeviation = random.nextInt(c.costCentreCount());
        out.add(new Injected("filled", c.driftSheet(), address(c.driftRow(c.emptyDeviation), YEAR_DEVIATION),
                "empty full-year deviation"));
        return out;
    }

    private static int distinctRow(Committee c, Random random, int taken) {
        int row;
        do {
            row = random.nextInt(c.costCentreCount());
        } while (row == taken);
        return row;
    }

    private static String address(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    // ---------------------------------------------------------------- the sheets

    private static final class Counts {
        int rows;
        int formulas;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle headerLabel;
        final CellStyle label;
        final CellStyle number;
        final CellStyle totalLabel;
        final CellStyle totalNumber;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            short format = wb.createDataFormat().getFormat("#,##0");
            title = wb.createCellStyle();
            title.setFont(big);
            subtitle = wb.createCellStyle();
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setAlignment(HorizontalAlignment.RIGHT);
            headerLabel = wb.createCellStyle();
            headerLabel.cloneStyleFrom(header);
            headerLabel.setAlignment(HorizontalAlignment.LEFT);
            label = wb.createCellStyle();
            number = wb.createCellStyle();
            number.setDataFormat(format);
            totalLabel = wb.createCellStyle();
            totalLabel.setFont(bold);
            totalNumber = wb.createCellStyle();
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(format);
        }
    }

    private static void writeDrift(SXSSFWorkbook wb, Styles styles, Committee c, Counts counts) {
        Sheet sheet = wb.createSheet(c.driftSheet());
        sheet.setColumnWidth(0, 34 * 256);
        for (int col = 1; col < HEADERS.size(); col++) {
            sheet.setColumnWidth(col, 13 * 256);
        }
        text(row(sheet, TITLE_ROW, counts), 0, "Driftredovisning " + c.name + ", tkr", styles.title);
        text(row(sheet, TITLE_ROW + 1, counts), 0, "Ansvar: " + c.code + " - " + c.name + ", delårsrapport per augusti 2025", styles.subtitle);
        Row header = row(sheet, HEADER_ROW, counts);
        header.setHeightInPoints(30);
        for (int col = 0; col < HEADERS.size(); col++) {
            text(header, col, HEADERS.get(col), col == 0 ? styles.headerLabel : styles.header);
        }
        sheet.createFreezePane(1, HEADER_ROW + 1);

        int index = 0;
        int monthlyRow = HEADER_ROW + 1;
        List<Integer> subtotalRows = new ArrayList<>();
        long[] committeeTotal = new long[HEADERS.size()];
        for (int u = 0; u < c.units.size(); u++) {
            Unit unit = c.units.get(u);
            int first = c.driftRow(index);
            long[] unitTotal = new long[HEADERS.size()];
            for (CostCentre cc : unit.costCentres()) {
                Row row = row(sheet, c.driftRow(index), counts);
                int r = row.getRowNum();
                text(row, 0, cc.label(), styles.label);
                number(row, YEAR_BUDGET, cc.yearBudget(), styles.number);
                number(row, PERIOD_BUDGET, cc.periodBudget(), styles.number);
                // Utfall jan-aug: the cost centre's January to August on the monthly sheet
                String months = ref(monthlyRow, FIRST_2025_COLUMN) + ":" + ref(monthlyRow, FIRST_2025_COLUMN + LAST_MONTH - 1);
                formula(row, ACTUAL, "SUM('" + c.monthlySheet() + "'!" + months + ")", cc.actual(), styles.number, counts);
                long periodDeviation = cc.actual() - cc.periodBudget();
                if (index == c.typedDeviation) {
                    number(row, PERIOD_DEVIATION, periodDeviation + c.typedDeviationOffset, styles.number);
                } else if (index == c.textDeviation) {
                    text(row, PERIOD_DEVIATION, grouped(periodDeviation), styles.number);
                } else {
                    formula(row, PERIOD_DEVIATION, ref(r, ACTUAL) + "-" + ref(r, PERIOD_BUDGET), periodDeviation, styles.number, counts);
                }
                number(row, FORECAST, cc.forecast(), styles.number);
                if (index != c.emptyDeviation) {
                    formula(row, YEAR_DEVIATION, ref(r, FORECAST) + "-" + ref(r, YEAR_BUDGET), cc.forecast() - cc.yearBudget(),
                            styles.number, counts);
                }
                long[] values = {0, cc.yearBudget(), cc.periodBudget(), cc.actual(), periodDeviation, cc.forecast(),
                        cc.forecast() - cc.yearBudget()};
                for (int col = 1; col < values.length; col++) {
                    unitTotal[col] += values[col];
                }
                index++;
                monthlyRow++;
            }
            int last = c.driftRow(index - 1);
            Row row = row(sheet, last + 1, counts);
            int r = row.getRowNum();
            subtotalRows.add(r);
            text(row, 0, "Summa " + unit.name(), styles.totalLabel);
            for (int col : new int[] {YEAR_BUDGET, PERIOD_BUDGET, ACTUAL, FORECAST}) {
                if (col == YEAR_BUDGET && u == c.wrongSubtotalUnit) {
                    unitTotal[col] += c.wrongSubtotalOffset; // typed in, and wrong: the deviation below uses it
                    number(row, col, unitTotal[col], styles.totalNumber);
                } else {
                    formula(row, col, "SUM(" + ref(first, col) + ":" + ref(last, col) + ")", unitTotal[col], styles.totalNumber, counts);
                }
            }
            unitTotal[PERIOD_DEVIATION] = unitTotal[ACTUAL] - unitTotal[PERIOD_BUDGET];
            unitTotal[YEAR_DEVIATION] = unitTotal[FORECAST] - unitTotal[YEAR_BUDGET];
            formula(row, PERIOD_DEVIATION, ref(r, ACTUAL) + "-" + ref(r, PERIOD_BUDGET), unitTotal[PERIOD_DEVIATION], styles.totalNumber, counts);
            formula(row, YEAR_DEVIATION, ref(r, FORECAST) + "-" + ref(r, YEAR_BUDGET), unitTotal[YEAR_DEVIATION], styles.totalNumber, counts);
            for (int col = 1; col < HEADERS.size(); col++) {
                committeeTotal[col] += unitTotal[col];
            }
        }
        Row row = row(sheet, subtotalRows.get(subtotalRows.size() - 1) + 1, counts);
        int r = row.getRowNum();
        text(row, 0, "Summa " + c.name, styles.totalLabel);
        for (int col : new int[] {YEAR_BUDGET, PERIOD_BUDGET, ACTUAL, FORECAST}) {
            List<String> parts = subtotalRows.stream().map(s -> ref(s, col)).toList();
            formula(row, col, "SUM(" + String.join(",", parts) + ")", committeeTotal[col], styles.totalNumber, counts);
        }
        formula(row, PERIOD_DEVIATION, ref(r, ACTUAL) + "-" + ref(r, PERIOD_BUDGET), committeeTotal[PERIOD_DEVIATION], styles.totalNumber, counts);
        formula(row, YEAR_DEVIATION, ref(r, FORECAST) + "-" + ref(r, YEAR_BUDGET), committeeTotal[YEAR_DEVIATION], styles.totalNumber, counts);
    }

    private static void writeMonthly(SXSSFWorkbook wb, Styles styles, Committee c, Counts counts) {
        Sheet sheet = wb.createSheet(c.monthlySheet());
        sheet.setColumnWidth(0, 34 * 256);
        text(row(sheet, TITLE_ROW, counts), 0, "Utfall per månad " + c.name + ", tkr", styles.title);
        text(row(sheet, TITLE_ROW + 1, counts), 0, "Bokfört utfall per kostnadsställe; 2025 till och med augusti.", styles.subtitle);
        Row header = row(sheet, HEADER_ROW, counts);
        text(header, 0, "Kostnadsställe", styles.headerLabel);
        for (int m = 0; m < 24; m++) {
            text(header, 1 + m, MONTHS[m % 12] + " " + (YEAR - 1 + m / 12), styles.header);
            sheet.setColumnWidth(1 + m, 9 * 256);
        }
        text(header, MONTHLY_TOTAL_COLUMN, "Summa " + YEAR, styles.header);
        sheet.setColumnWidth(MONTHLY_TOTAL_COLUMN, 11 * 256);
        sheet.createFreezePane(1, HEADER_ROW + 1);
        int r = HEADER_ROW + 1;
        for (Unit unit : c.units) {
            for (CostCentre cc : unit.costCentres()) {
                Row row = row(sheet, r, counts);
                text(row, 0, cc.label(), styles.label);
                for (int m = 0; m < 12 + LAST_MONTH; m++) {
                    YearMonth month = YearMonth.of(YEAR - 1 + m / 12, m % 12 + 1);
                    number(row, 1 + m, cc.months().get(month).longValue(), styles.number);
                }
                formula(row, MONTHLY_TOTAL_COLUMN, "SUM(" + ref(r, FIRST_2025_COLUMN) + ":" + ref(r, FIRST_2025_COLUMN + 11) + ")",
                        cc.actual(), styles.number, counts);
                r++;
            }
        }
    }

    private static Row row(Sheet sheet, int index, Counts counts) {
        counts.rows++;
        return sheet.createRow(index);
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int col, long value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** A formula with its cached value (SXSSF writes it as the cell's {@code <v>}). */
    private static void formula(Row row, int col, String formula, long value, CellStyle style, Counts counts) {
        Cell cell = row.createCell(col);
        cell.setCellFormula(formula);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        counts.formulas++;
    }

    private static String ref(int row, int col) {
        return new CellReference(row, col).formatAsString(false);
    }

    /** "−1 234" as a controller types it, with a space between thousands. */
    static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value).replace(',', ' ');
    }
}
