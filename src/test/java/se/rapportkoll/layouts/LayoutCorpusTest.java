package se.rapportkoll.layouts;

import se.rapportkoll.pipeline.RunOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.model.Fill;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static se.rapportkoll.testing.Findings.describe;

/**
 * Other municipalities' layouts, written by other programs (src/test/resources/layouts/, made by
 * scripts/layouts/): each workbook is run through validate and process and compared, aspect by
 * aspect, with its hand-worked {@code <report>.expected.tsv}.
 *
 * <p>A ratchet: {@code passing.txt} lists the (workbook, aspect) pairs that pass. A listed pair that
 * fails fails the test (a regression); an unlisted pair that passes fails it too, so whoever makes a
 * case pass adds its line and the list only grows. The status of every pair is written to
 * {@code target/layout-corpus.txt}.
 */
class LayoutCorpusTest {

    static final Path DIR = Path.of("src", "test", "resources", "layouts");

    /** What is compared; a pair (workbook, aspect) is one entry of the ratchet. */
    enum Aspect {
        /** every table located with its kind, unit, sign convention and column kinds; no other table */
        TABLES,
        /** exactly the expected findings (fills aside), at the right cells with the right amounts */
        FINDINGS,
        /** no finding reports a rounding difference (a gap no larger than the one the expected file states for that cell) */
        ROUNDING,
        /** exactly the expected fills, each with the table's sign */
        FILLS,
        /** the Avvikelser sheet shows each expected row's deviation with the sign and the colour (conditional formatting: green favourable, red unfavourable) the convention gives */
        AVVIKELSER;

        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @TempDir
    static Path tmp;

    private static final Map<String, Map<Aspect, List<String>>> STATUS = new LinkedHashMap<>();

    static List<Path> workbooks() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    static Set<String> passing() throws IOException {
        return Files.readAllLines(DIR.resolve("passing.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.replaceAll("\\s+", " "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static String report(Path workbook) {
        String name = workbook.getFileName().toString();
        return name.substring(0, name.indexOf('.'));
    }

    @TestFactory
    Stream<DynamicTest> eachWorkbookAgainstItsHandWorkedExpectation() throws IOException {
        Set<String> passing = passing();
        return workbooks().stream().map(wb -> DynamicTest.dynamicTest(wb.getFileName().toString(), () -> {
            Map<Aspect, List<String>> problems = check(wb);
            STATUS.put(wb.getFileName().toString(), problems);
            writeStatus();
            List<String> wrong = new ArrayList<>();
            for (Aspect aspect : Aspect.values()) {
                String key = wb.getFileName() + " " + aspect.id();
                boolean passes = problems.get(aspect).isEmpty();
                if (passing.contains(key) && !passes) {
                    wrong.add(aspect.id() + " is listed as passing in passing.txt but fails:\n    "
                            + String.join("\n    ", problems.get(aspect)));
                } else if (!passing.contains(key) && passes) {
                    wrong.add(aspect.id() + " passes now: add \"" + key + "\" to " + DIR.resolve("passing.txt"));
                }
            }
            if (!wrong.isEmpty()) {
                fail(wb.getFileName() + ":\n  " + String.join("\n  ", wrong));
            }
        }));
    }

    @Test
    void theRatchetNamesOnlyWorkbooksAndAspectsThatExist() throws IOException {
        Set<String> names = workbooks().stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        Set<String> aspects = Stream.of(Aspect.values()).map(Aspect::id).collect(Collectors.toSet());
        for (String entry : passing()) {
            String[] parts = entry.split(" ");
            assertEquals(2, parts.length, entry);
            assertTrue(names.contains(parts[0]), "passing.txt names a workbook that is not in the corpus: " + entry);
            assertTrue(aspects.contains(parts[1]), "passing.txt names an unknown aspect: " + entry);
        }
    }

    @Test
    void everyWorkbookHasItsExpectationAndSeveralProgramsWroteTheCorpus() throws IOException {
        Set<String> writers = new TreeSet<>();
        for (Path wb : workbooks()) {
            assertTrue(Files.exists(DIR.resolve(report(wb) + ".expected.tsv")), "no expected file for " + wb);
            String name = wb.getFileName().toString();
            writers.add(name.substring(name.indexOf('.') + 1, name.lastIndexOf('.')));
        }
        assertTrue(writers.size() >= 3, "written by " + writers);
    }

    /** Every aspect's problems for one workbook; an empty list is a pass. */
    static Map<Aspect, List<String>> check(Path workbook) throws Exception {
        ExpectedLayout expected = ExpectedLayout.read(DIR.resolve(report(workbook) + ".expected.tsv"));
        Map<Aspect, List<String>> problems = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            problems.put(a, new ArrayList<>());
        }
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        Pipeline.Result result = pipeline.validate(workbook);
        Path json = tmp.resolve(workbook.getFileName() + ".json");
        pipeline.writeReport(result, "validate", json);
        checkTables(expected, new ObjectMapper().readTree(json.toFile()), problems.get(Aspect.TABLES));
        checkFindings(expected, result.findings(), problems.get(Aspect.FINDINGS), problems.get(Aspect.ROUNDING));
        checkFills(expected, result.fills(), problems.get(Aspect.FILLS));
        Path output = tmp.resolve(workbook.getFileName().toString().replace(".xlsx", "-rapportkoll.xlsx"));
        pipeline.process(workbook, output, true);
        checkAvvikelser(expected, output, problems.get(Aspect.AVVIKELSER));
        return problems;
    }

    static void checkTables(ExpectedLayout expected, JsonNode report, List<String> problems) {
        List<JsonNode> tables = new ArrayList<>();
        report.get("tables").forEach(tables::add);
        List<JsonNode> matched = new ArrayList<>();
        for (ExpectedLayout.TableLine line : expected.tables()) {
            JsonNode t = tables.stream().filter(j -> j.get("sheet").asText().equals(line.sheet())
                    && contains(j.get("range").asText(), line.cell())).findFirst().orElse(null);
            String where = line.sheet() + "!" + line.cell();
            if (t == null) {
                problems.add("no table holds " + where);
                continue;
            }
            matched.add(t);
            compare(problems, where + " kind", line.kind(), t.path("kind").asText(null));
            compare(problems, where + " unit", line.unit(), t.path("unit").isNull() ? "-" : t.path("unit").asText(null));
            compare(problems, where + " convention", line.convention(),
                    t.has("convention") ? t.get("convention").asText() : "(no convention in the report)");
            List<String> kinds = new ArrayList<>();
            t.get("columns").forEach(c -> {
                String k = c.get("kind").asText();
                if (!k.equals("label") && !k.equals("other")) {
                    kinds.add(k);
                }
            });
            compare(problems, where + " columns", String.join(",", line.columns()), String.join(",", kinds));
        }
        for (JsonNode t : tables) {
            if (!matched.contains(t)) {
                problems.add("a table that should not be there: " + t.get("sheet").asText() + "!" + t.get("range").asText()
                        + " (" + t.path("title").asText() + ")");
            }
        }
    }

    static void checkFindings(ExpectedLayout expected, List<Finding> findings, List<String> problems, List<String> rounding) {
        List<String> actual = describe(findings.stream()
                .filter(f -> !f.rule().equals(Rules.FILLABLE) && !f.rule().equals(Rules.FILLED)).toList());
        List<String> missing = new ArrayList<>(expected.findings());
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected.findings());
        missing.forEach(m -> problems.add("missing: " + m));
        extra.forEach(e -> problems.add("extra:   " + e));
        // a finding at such a cell whose amounts differ by no more than the rounding is a rounding difference
        // reported; one with a larger gap is about something else (judged by the findings aspect)
        for (ExpectedLayout.RoundingLine r : expected.rounding()) {
            findings.stream().filter(f -> r.sheet().equals(f.sheet()) && r.cell().equals(f.cell()) && f.expected() != null
                            && f.actual() != null && Math.abs(f.expected() - f.actual()) <= r.difference() + 1e-6)
                    .forEach(f -> rounding.add("a rounding difference reported: " + describe(f)));
        }
    }

    static void checkFills(ExpectedLayout expected, List<Fill> fills, List<String> problems) {
        List<Fill> left = new ArrayList<>(fills);
        for (ExpectedLayout.FillLine line : expected.fills()) {
            Fill fill = left.stream().filter(f -> f.sheet().equals(line.sheet()) && f.address().equals(line.cell()))
                    .findFirst().orElse(null);
            if (fill == null) {
                problems.add("not filled: " + line.sheet() + "!" + line.cell() + " (expected " + line.value() + ")");
                continue;
            }
            left.remove(fill);
            if (Math.signum(fill.value()) != Math.signum(line.value()) || Math.abs(fill.value() - line.value()) > line.tolerance()) {
                problems.add("fill " + line.sheet() + "!" + line.cell() + " =" + fill.formula() + " gives " + fill.value()
                        + ", expected " + line.value());
            }
        }
        left.forEach(f -> problems.add("an unexpected fill: " + f.sheet() + "!" + f.address() + " =" + f.formula() + " (" + f.value() + ")"));
    }

    private static final Pattern REFERENCE = Pattern.compile("(?:'((?:[^']|'')+)'|([\\p{L}\\p{N}_.]+))!\\$?([A-Z]{1,3})\\$?(\\d+)");

    static void checkAvvikelser(ExpectedLayout expected, Path output, List<String> problems) throws IOException {
        if (expected.avvikelser().isEmpty()) {
            return;
        }
        try (InputStream in = Files.newInputStream(output); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Avvikelser");
            if (sheet == null) {
                problems.add("no Avvikelser sheet");
                return;
            }
            int periodCol = -1;
            int yearCol = -1;
            int headerRow = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        String text = cell.getStringCellValue().strip();
                        if (text.equals("Avvikelse period")) {
                            periodCol = cell.getColumnIndex();
                            headerRow = row.getRowNum();
                        } else if (text.equals("Avvikelse helår")) {
                            yearCol = cell.getColumnIndex();
                        }
                    }
                }
                if (headerRow >= 0) {
                    break;
                }
            }
            if (headerRow < 0) {
                problems.add("no header \"Avvikelse period\" in Avvikelser");
                return;
            }
            for (ExpectedLayout.AvvikelseLine line : expected.avvikelser()) {
                String what = line.sheet() + (line.column() == null ? " row " : "!" + line.column()) + line.row()
                        + (line.favourable() == null ? "" : line.year() ? " helår" : " period");
                Row found = null;
                for (int r = headerRow + 1; r <= sheet.getLastRowNum() && found == null; r++) {
                    Row row = sheet.getRow(r);
                    if (row != null && refersTo(row, line.sheet(), line.column(), line.row())) {
                        found = row;
                    }
                }
                if (line.favourable() == null) {
                    if (found != null) {
                        problems.add(what + ": listed in Avvikelser, expected not (row " + (found.getRowNum() + 1) + ")");
                    }
                    continue;
                }
                if (found == null) {
                    problems.add(what + ": no Avvikelser row refers to it");
                    continue;
                }
                Cell cell = found.getCell(line.year() ? yearCol : periodCol);
                if (cell == null || cell.getCellType() != CellType.FORMULA && cell.getCellType() != CellType.NUMERIC
                        || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() != CellType.NUMERIC) {
                    problems.add(what + ": no deviation shown");
                    continue;
                }
                double value = cell.getNumericCellValue();
                String colour = colour(sheet, cell, value);
                if (line.favourable() ? value <= 0 : value >= 0) {
                    problems.add(what + ": shown " + value + " (" + colour + "), expected "
                            + (line.favourable() ? "favourable (green)" : "unfavourable (red)"));
                } else if (!colour.equals(line.favourable() ? "green" : "red")) {
                    problems.add(what + ": shown " + value + " in " + colour + ", expected " + (line.favourable() ? "green" : "red"));
                }
            }
        }
    }

    /**
     * The colour the sheet's conditional formatting gives {@code cell} with {@code value}: the font colour of the first
     * matching "cell value less/greater than a constant" rule, "red" or "green" by its hue; "no colour" when none matches.
     */
    private static String colour(Sheet sheet, Cell cell, double value) {
        var formatting = ((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getSheetConditionalFormatting();
        List<org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule> rules = new ArrayList<>();
        for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
            var cf = formatting.getConditionalFormattingAt(i);
            boolean covers = Stream.of(cf.getFormattingRanges()).anyMatch(r -> r.isInRange(cell));
            for (int j = 0; covers && j < cf.getNumberOfRules(); j++) {
                rules.add(cf.getRule(j));
            }
        }
        rules.sort(java.util.Comparator.comparingInt(org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule::getPriority));
        for (var rule : rules) {
            if (rule.getConditionType() != org.apache.poi.ss.usermodel.ConditionType.CELL_VALUE_IS || rule.getFontFormatting() == null) {
                continue;
            }
            double limit;
            try {
                limit = Double.parseDouble(rule.getFormula1());
            } catch (NumberFormatException e) {
                continue;
            }
            byte op = rule.getComparisonOperation();
            boolean matches = op == org.apache.poi.ss.usermodel.ComparisonOperator.LT && value < limit
                    || op == org.apache.poi.ss.usermodel.ComparisonOperator.GT && value > limit;
            if (matches) {
                var color = (org.apache.poi.xssf.usermodel.XSSFColor) rule.getFontFormatting().getFontColor();
                byte[] rgb = color == null ? null : color.getRGB();
                if (rgb == null) {
                    return "a colour without RGB";
                }
                int red = rgb[0] & 0xff;
                int green = rgb[1] & 0xff;
                return red > green ? "red" : green > red ? "green" : "neither red nor green";
            }
        }
        return "no colour";
    }

    private static boolean refersTo(Row row, String sheet, String column, int sheetRow) {
        for (Cell cell : row) {
            if (cell.getCellType() == CellType.FORMULA) {
                Matcher m = REFERENCE.matcher(cell.getCellFormula());
                while (m.find()) {
                    String name = m.group(1) != null ? m.group(1).replace("''", "'") : m.group(2);
                    if (name.equals(sheet) && Integer.parseInt(m.group(4)) == sheetRow
                            && (column == null || column.equals(m.group(3)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean contains(String range, String cell) {
        CellRangeAddress r = CellRangeAddress.valueOf(range);
        CellReference c = new CellReference(cell);
        return r.isInRange(c.getRow(), c.getCol());
    }

    private static void compare(List<String> problems, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + expected + ", found " + actual);
        }
    }

    /** target/layout-corpus.txt: every pair's status, for the README and the report. */
    private static synchronized void writeStatus() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (var e : STATUS.entrySet()) {
            for (Aspect a : Aspect.values()) {
                List<String> p = e.getValue().get(a);
                sb.append(e.getKey()).append(' ').append(a.id()).append(' ').append(p.isEmpty() ? "pass" : "FAIL").append('\n');
                p.forEach(x -> sb.append("    ").append(x).append('\n'));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "layout-corpus.txt"), sb.toString());
    }
}
