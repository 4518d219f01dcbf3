package se.rapportkoll.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.cli.Cli.AUGUST;
import static se.rapportkoll.cli.Cli.FEBRUARY;
import static se.rapportkoll.cli.Cli.PLAN;
import static se.rapportkoll.cli.Cli.assertNoStackTrace;
import static se.rapportkoll.cli.Cli.assertOneLineFailure;
import static se.rapportkoll.cli.Cli.assertSwedish;
import static se.rapportkoll.cli.Cli.copySample;
import static se.rapportkoll.cli.Cli.listing;
import static se.rapportkoll.cli.Cli.run;
import static se.rapportkoll.cli.Cli.sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.rapportkoll.base.Version;

/** The command line as a user types it, run in this JVM on copies of the samples. */
class CommandLineTest {

    private static final Pattern A1 = Pattern.compile("\\$?[A-Z]{1,3}\\$?[1-9][0-9]*");
    private static final Set<String> SEVERITIES = Set.of("error", "warning", "info");

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- process on the samples

    static Stream<Arguments> samples() {
        // All three samples hold published errors, the plan's Summa Utfall 2023 (Driftbudget!C28) included.
        return Stream.of(
                Arguments.of(AUGUST, 1, "delarsrapport-aug-2025.xlsx: 3 fel, 3 varningar, 0 info i 4 tabeller."),
                Arguments.of(FEBRUARY, 1, "manadsrapport-feb-2025.xlsx: 2 fel, 0 varningar, 0 info i 2 tabeller."),
                Arguments.of(PLAN, 1, "verksamhetsplan-2025-2027.xlsx: 1 fel, 1 varning, 0 info i 5 tabeller."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void processWritesTheOutputBesideTheInputAndLeavesTheInputAlone(String sample, int exitCode, String summary)
            throws IOException {
        Path input = copySample(sample, dir);
        String before = sha256(input);

        Cli.Run run = run("process", input);

        String base = sample.substring(0, sample.length() - ".xlsx".length());
        Path output = dir.resolve(base + "-rapportkoll.xlsx");
        assertAll(
                () -> assertEquals(exitCode, run.exitCode(), run::toString),
                () -> assertTrue(run.out().lines().anyMatch(summary::equals), run::toString),
                () -> assertTrue(run.out().contains(output.toString()), "names the output: " + run),
                () -> assertEquals("", run.err(), "nothing on stderr"),
                () -> assertTrue(Files.isRegularFile(output), "output exists"),
                () -> assertEquals(Set.of(sample, output.getFileName().toString()), listing(dir)),
                () -> assertEquals(before, sha256(input), "input unchanged"));
        try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(output))) {
            assertNotNull(written.getSheet("Validering"), "the tool's findings sheet");
            assertNotNull(written.getSheet("Avvikelser"), "the tool's deviation sheet");
        }
    }

    @Test
    void outputOptionWritesThereAndAnExistingOutputNeedsForce() throws IOException {
        Path input = copySample(AUGUST, dir);
        String inputHash = sha256(input);
        Path output = dir.resolve("granskad.xlsx");

        Cli.Run first = run("process", input, "-o", output);
        assertEquals(1, first.exitCode(), first::toString);
        assertTrue(Files.isRegularFile(output));
        assertFalse(Files.exists(dir.resolve("delarsrapport-aug-2025-rapportkoll.xlsx")), "no default output with -o");

        // Make the existing output recognisable, so "unchanged" and "replaced" are both provable.
        byte[] marker = "inte en arbetsbok".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(output, marker);

        Cli.Run again = run("process", input, "-o", output);
        assertAll(
                () -> assertEquals(2, again.exitCode(), again::toString),
                () -> assertOneLineFailure(again),
                () -> assertTrue(again.err().contains("--force"), again::toString),
                () -> assertTrue(again.err().contains("finns redan"), "Swedish by default: " + again),
                () -> assertSwedish(again.err()),
                () -> assertArrayEquals(marker, Files.readAllBytes(output), "existing output unchanged"));

        Cli.Run forced = run("process", input, "-o", output, "--force");
        assertEquals(1, forced.exitCode(), forced::toString);
        try (XSSFWorkbook replaced = new XSSFWorkbook(Files.newInputStream(output))) {
            assertNotNull(replaced.getSheet("Validering"), "replaced by a real output");
        }
        assertEquals(inputHash, sha256(input), "input unchanged");
        assertEquals(Set.of(AUGUST, "granskad.xlsx"), listing(dir), "no temporary files left");
    }

    @Test
    void theDefaultOutputAlsoNeedsForceWhenItExists() throws IOException {
        Path input = copySample(FEBRUARY, dir);
        Path output = dir.resolve("manadsrapport-feb-2025-rapportkoll.xlsx");
        assertEquals(1, run("process", input).exitCode());
        String written = sha256(output);

        Cli.Run again = run("process", input);
        assertEquals(2, again.exitCode(), again::toString);
        assertOneLineFailure(again);
        assertTrue(again.err().contains("--force"));
        assertEquals(written, sha256(output));

        assertEquals(1, run("process", input, "--force").exitCode());
    }

    @Test
    void outputCannotBeTheInput() throws IOException {
        Path input = copySample(AUGUST, dir);
        String before = sha256(input);
        Path sameFileOtherSpelling = dir.resolve("undermapp").resolve("..").resolve(AUGUST);

        for (Object[] args : List.of(
                new Object[] {"process", input, "-o", input},
                new Object[] {"process", input, "-o", input, "--force"},
                new Object[] {"process", input, "-o", sameFileOtherSpelling, "--force"})) {
            Cli.Run run = run(args);
            assertEquals(2, run.exitCode(), run::toString);
            assertOneLineFailure(run);
            assertSwedish(run.err());
            assertEquals(before, sha256(input), "input unchanged");
            assertEquals(Set.of(AUGUST), listing(dir));
        }
    }

    @Test
    void reportCannotOverwriteTheInputOrTheOutput() throws IOException {
        Path input = copySample(FEBRUARY, dir);
        String before = sha256(input);
        Path output = dir.resolve("ut.xlsx");

        for (Object[] args : List.of(
                new Object[] {"validate", input, "--report", input},
                new Object[] {"process", input, "-o", output, "--report", input},
                new Object[] {"process", input, "-o", output, "--report", output})) {
            Cli.Run run = run(args);
            assertEquals(2, run.exitCode(), run::toString);
            assertOneLineFailure(run);
            assertSwedish(run.err());
            assertTrue(run.err().contains("--report"), run::toString);
            assertEquals(before, sha256(input), "input unchanged");
            assertEquals(Set.of(FEBRUARY), listing(dir), "nothing written");
        }
    }

    @Test
    void anUnwritableOutputIsNamedAndForceDoesNotHelp() throws IOException {
        Path input = copySample(FEBRUARY, dir);
        String before = sha256(input);
        Path notAFolder = Files.write(dir.resolve("inte-en-mapp"), new byte[] {1});
        Path output = notAFolder.resolve("ut.xlsx");

        for (Object[] args : List.of(new Object[] {"process", input, "-o", output},
                new Object[] {"process", input, "-o", output, "--force"})) {
            Cli.Run run = run(args);
            assertEquals(2, run.exitCode(), run::toString);
            assertOneLineFailure(run);
            assertSwedish(run.err());
            assertTrue(run.err().contains(output.toString()), () -> "names the output: " + run);
            assertFalse(run.err().contains("--force"), () -> "--force would not help: " + run);
            assertEquals(before, sha256(input));
            assertEquals(Set.of(FEBRUARY, "inte-en-mapp"), listing(dir));
        }
    }

    @Test
    void anXlsmInputGivesAnXlsmOutput() throws IOException {
        Path input = Cli.xlsmFromSample(AUGUST, dir.resolve("delarsrapport.xlsm"));
        String before = sha256(input);

        Cli.Run run = run("process", input);

        Path output = dir.resolve("delarsrapport-rapportkoll.xlsm");
        assertEquals(1, run.exitCode(), run::toString);
        Set<String> files = listing(dir);
        assertTrue(Files.isRegularFile(output), () -> "xlsm output: " + files + "\n" + run);
        try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(output))) {
            assertEquals(XSSFWorkbookType.XLSM, written.getWorkbookType(), "still macro-enabled");
        }
        assertEquals(before, sha256(input));
    }

    @Test
    void anXlsmInputCannotBeWrittenAsXlsx() throws IOException {
        Path input = Cli.xlsmFromSample(AUGUST, dir.resolve("delarsrapport.xlsm"));
        String before = sha256(input);

        Cli.Run run = run("process", input, "-o", dir.resolve("x.xlsx"));

        assertEquals(2, run.exitCode(), run::toString);
        assertOneLineFailure(run);
        assertTrue(run.err().contains(".xlsm"), run::toString);
        assertEquals(Set.of("delarsrapport.xlsm"), listing(dir));
        assertEquals(before, sha256(input));
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateWritesNoWorkbookAndFailsOnPublishedErrors() throws IOException {
        Path input = copySample(AUGUST, dir);
        String before = sha256(input);
        Set<String> files = listing(dir);
        Path report = dir.resolve("fynd.json");

        Cli.Run run = run("validate", input, "--report", report);

        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.out().lines().anyMatch("delarsrapport-aug-2025.xlsx: 3 fel, 3 varningar, 0 info i 4 tabeller."::equals),
                run::toString);
        Set<String> expected = new TreeSet<>(files);
        expected.add("fynd.json");
        assertEquals(expected, listing(dir), "only the report is new");
        assertEquals(before, sha256(input));
    }

    @Test
    void validateWithoutReportWritesNothingAtAll() throws IOException {
        Path input = copySample(PLAN, dir);
        Set<String> files = listing(dir);
        Cli.Run run = run("validate", input);
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(files, listing(dir));
    }

    @Test
    void validatePassesAConsistentWorkbook() throws IOException {
        Path input = Cli.cleanWorkbook(dir.resolve("ren.xlsx"));
        String before = sha256(input);

        Cli.Run run = run("validate", input);

        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.out().contains("ren.xlsx: 0 fel"), run::toString);
        assertTrue(run.out().contains("i 1 tabell."), "the table was found: " + run);
        assertEquals("", run.err());
        assertEquals(Set.of("ren.xlsx"), listing(dir));
        assertEquals(before, sha256(input));

        Cli.Run process = run("process", input);
        assertEquals(0, process.exitCode(), process::toString);
        assertTrue(Files.isRegularFile(dir.resolve("ren-rapportkoll.xlsx")));
    }

    // ---------------------------------------------------------------- JSON report

    @Test
    void validateReportHasTheDocumentedShape() throws IOException {
        Path input = copySample(AUGUST, dir);
        Path report = dir.resolve("rapport.json");

        Cli.Run run = run("validate", input, "--report", report);
        assertEquals(1, run.exitCode(), run::toString);

        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertEquals(input.toString(), root.path("input").asText());
        assertTrue(root.has("output") && root.get("output").isNull(), "output is null for validate");
        assertReportShape(root);

        JsonNode g14 = findingAt(root, "total", "Volymer", "G14");
        assertNotNull(g14, "the published Volymer total error");
        assertEquals("error", g14.get("severity").asText());
        assertEquals(108931, g14.get("expected").asDouble());
        assertEquals(109669, g14.get("actual").asDouble());
        assertEquals(3, root.path("summary").path("error").asInt());
    }

    @Test
    void processReportNamesTheOutput() throws IOException {
        Path input = copySample(PLAN, dir);
        Path report = dir.resolve("rapport.json");
        Path output = dir.resolve("ut.xlsx");

        Cli.Run run = run("process", input, "-o", output, "--report", report);
        assertEquals(1, run.exitCode(), run::toString);

        JsonNode root = new ObjectMapper().readTree(report.toFile());
        assertEquals(input.toString(), root.path("input").asText());
        assertEquals(output.toString(), root.path("output").asText());
        assertReportShape(root);
        JsonNode c28 = findingAt(root, "total", "Driftbudget", "C28");
        assertNotNull(c28, "the plan's Summa Utfall 2023");
        assertEquals("error", c28.get("severity").asText());
        assertEquals(Set.of(PLAN, "ut.xlsx", "rapport.json"), listing(dir));
    }

    private static void assertReportShape(JsonNode root) {
        JsonNode tables = root.get("tables");
        assertTrue(tables != null && tables.isArray() && !tables.isEmpty(), "tables");
        for (JsonNode table : tables) {
            for (String field : List.of("sheet", "range", "kind", "unit", "period")) {
                assertTrue(table.has(field), () -> "table." + field + " in " + table);
            }
            assertTrue(table.get("sheet").isTextual());
            assertTrue(table.get("range").asText().matches("[A-Z]+[0-9]+:[A-Z]+[0-9]+"), table::toString);
            assertTrue(table.get("kind").isTextual());
        }

        JsonNode findings = root.get("findings");
        assertTrue(findings != null && findings.isArray(), "findings");
        Map<String, Integer> counted = new HashMap<>();
        for (JsonNode finding : findings) {
            for (String field : List.of("severity", "rule", "sheet", "cell", "message", "expected", "actual")) {
                assertTrue(finding.has(field), () -> "finding." + field + " in " + finding);
            }
            String severity = finding.get("severity").asText();
            assertTrue(SEVERITIES.contains(severity), finding::toString);
            counted.merge(severity, 1, Integer::sum);
            assertFalse(finding.get("rule").asText().isBlank());
            assertFalse(finding.get("message").asText().isBlank());
            JsonNode cell = finding.get("cell");
            if (cell.isNull()) {
                assertTrue(finding.get("sheet").isNull(), () -> "a finding without a cell is workbook-wide: " + finding);
            } else {
                assertTrue(A1.matcher(cell.asText()).matches(), () -> "A1 address: " + finding);
                assertTrue(finding.get("sheet").isTextual(), finding::toString);
            }
            for (String number : List.of("expected", "actual")) {
                JsonNode value = finding.get(number);
                assertTrue(value.isNull() || value.isNumber(), () -> number + " is a number or null: " + finding);
            }
        }
        JsonNode summary = root.get("summary");
        assertNotNull(summary, "summary");
        for (String severity : SEVERITIES) {
            assertEquals(counted.getOrDefault(severity, 0), summary.path(severity).asInt(-1), "summary." + severity);
        }
    }

    private static JsonNode findingAt(JsonNode root, String rule, String sheet, String cell) {
        for (JsonNode finding : root.get("findings")) {
            if (rule.equals(finding.path("rule").asText()) && sheet.equals(finding.path("sheet").asText())
                    && cell.equals(finding.path("cell").asText())) {
                return finding;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- language

    @Test
    void englishOnRequestSwedishByDefault() throws IOException {
        Path input = copySample(AUGUST, dir);
        Path output = dir.resolve("ut.xlsx");
        Files.write(output, new byte[] {1});

        Cli.Run english = run("process", input, "-o", output, "--lang", "en");
        assertEquals(2, english.exitCode(), english::toString);
        assertOneLineFailure(english);
        assertTrue(english.err().contains("already exists"), english::toString);

        Cli.Run swedish = run("process", input, "-o", output);
        assertTrue(swedish.err().contains("finns redan"), swedish::toString);
        assertFalse(swedish.err().contains("already exists"));

        Cli.Run englishSummary = run("validate", input, "--lang", "en");
        assertTrue(englishSummary.out().contains("delarsrapport-aug-2025.xlsx: 3 errors"), englishSummary::toString);
        Cli.Run swedishSummary = run("validate", input);
        assertTrue(swedishSummary.out().contains("delarsrapport-aug-2025.xlsx: 3 fel"), swedishSummary::toString);
    }

    @Test
    void badInputMessageFollowsTheLanguage() throws IOException {
        Path empty = Files.write(dir.resolve("tom.xlsx"), new byte[0]);
        Cli.Run english = run("validate", empty, "--lang", "en");
        assertEquals(3, english.exitCode());
        assertOneLineFailure(english);
        assertTrue(english.err().contains("empty"), english::toString);
        Cli.Run swedish = run("validate", empty);
        assertTrue(swedish.err().contains("tom"), swedish::toString);
    }

    // ---------------------------------------------------------------- options and usage errors

    @Test
    void versionPrintsNameAndVersion() {
        for (String option : List.of("--version", "-V")) {
            Cli.Run run = run(option);
            assertEquals(0, run.exitCode(), run::toString);
            assertEquals("rapportkoll " + Version.get(), run.out().strip());
            assertTrue(Version.get().matches("\\d+\\.\\d+\\.\\d+.*"), "a built version, not a placeholder: " + Version.get());
            assertEquals("", run.err());
        }
    }

    @Test
    void helpExitsZero() {
        for (Object[] args : List.of(new Object[] {"--help"}, new Object[] {"-h"}, new Object[] {"process", "--help"},
                new Object[] {"validate", "--help"})) {
            Cli.Run run = run(args);
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().contains("Usage:"), run::toString);
            assertEquals("", run.err());
        }
        assertTrue(run("--help").out().contains("process"));
        assertTrue(run("process", "--help").out().contains("--force"));
    }

    /** Every sheet name in the Swedish texts (the keys of the form ….name that speak of a sheet or the settings) is listed by process --help. */
    @Test
    void processHelpListsEverySheetTheToolMayAdd() throws IOException {
        String help = run("process", "--help").out().replaceAll("\\s+", " ");
        List<String> names = new ArrayList<>();
        for (String bundle : List.of("messages", "volumeprice", "forecast", "prose")) {
            try (InputStream in = CommandLineTest.class.getResourceAsStream("/se/rapportkoll/i18n/" + bundle + ".properties")) {
                if (in == null) {
                    continue;
                }
                Properties texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                texts.forEach((key, value) -> {
                    if (key.toString().matches("(.*\\.)?(sheet|settings)(\\..*)?\\.name")) {
                        names.add(value.toString());
                    }
                });
            }
        }
        assertTrue(names.size() >= 6, names::toString);
        for (String name : names) {
            assertTrue(help.contains(name), "process --help does not name " + name + ":\n" + help);
        }
    }

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                Arguments.of("no arguments", List.of()),
                Arguments.of("unknown command", List.of("granska", "x.xlsx")),
                Arguments.of("unknown option", List.of("--bogus")),
                Arguments.of("unknown option of process", List.of("process", "x.xlsx", "--bogus")),
                Arguments.of("missing IN for process", List.of("process")),
                Arguments.of("missing IN for validate", List.of("validate")),
                Arguments.of("missing value of -o", List.of("process", "x.xlsx", "-o")),
                Arguments.of("two inputs", List.of("validate", "a.xlsx", "b.xlsx")),
                Arguments.of("-o is not an option of validate", List.of("validate", "x.xlsx", "-o", "y.xlsx")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsExitTwoWithOneLine(String label, List<String> args) throws IOException {
        Cli.Run run = run(args.toArray());
        assertEquals(2, run.exitCode(), run::toString);
        assertOneLineFailure(run);
        assertEquals("", run.out(), "nothing on stdout");
        assertEquals(Set.of(), listing(dir));
    }

    // ---------------------------------------------------------------- --debug

    @Test
    void debugPrintsTheStackTraceAndOnlyThen() throws IOException {
        Path empty = Files.write(dir.resolve("tom.xlsx"), new byte[0]);

        Cli.Run quiet = run("process", empty);
        assertEquals(3, quiet.exitCode());
        assertOneLineFailure(quiet);

        Cli.Run debug = run("process", empty, "--debug");
        assertEquals(3, debug.exitCode(), debug::toString);
        List<String> lines = debug.errLines();
        assertTrue(lines.size() > 2, debug::toString);
        assertEquals(quiet.errLines().get(0), lines.get(0), "the message comes first");
        assertTrue(debug.err().contains("\tat "), "a stack trace: " + debug);
        assertTrue(debug.err().contains("InputProblem"), debug::toString);
        assertEquals(Set.of("tom.xlsx"), listing(dir));
    }

    @Test
    void successfulRunsPrintNoStackTrace() throws IOException {
        Path input = copySample(AUGUST, dir);
        Cli.Run run = run("process", input, "--debug");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertNoStackTrace(run.out(), run);
        List<String> findingLines = new ArrayList<>(run.out().lines().filter(l -> l.startsWith("fel\t")).toList());
        assertEquals(3, findingLines.size(), run::toString);
    }
}
