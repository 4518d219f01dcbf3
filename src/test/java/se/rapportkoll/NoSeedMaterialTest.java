package se.rapportkoll;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing from the seed reports in the product: no amount of four or more digits from
 * {@code samples/data} appears as a constant in {@code src/main} (Java sources and resources) in
 * any way it could be written (4480, 4 480, 4_480, 4480.0, 4 480,0, with no-break or thin spaces),
 * and no seed measure or name appears as text.
 */
class NoSeedMaterialTest {

    static final Path DATA = Path.of("samples/data");
    static final Path MAIN = Path.of("src/main");

    /**
     * Constants that equal a seed amount by coincidence, each with its file and why it is no figure
     * of the seeds: kept short and exact (file and value), so a new coincidence must be looked at.
     */
    static final Map<String, Set<Long>> NOT_SEED_FIGURES = Map.of(
            "src/main/java/se/rapportkoll/watch/WatchCommand.java", Set.of(10_000L), // a stop timeout in ms
            "src/main/java/se/rapportkoll/prose/Money.java", Set.of(10_000L), // "10 000 tkr", an example of the format
            "src/main/java/se/rapportkoll/prose/TextDraft.java", Set.of(10_000L)); // the same, in a comment

    /** Seed names and measures: the municipality, and the measure of the 2024 action plan. */
    static final List<String> SEED_TEXTS = List.of("norrtälje", "norrtalje", "personalförstärkning", "inhyrda socionomer",
            "socionomer", "åtgärdsplan 2024", "ekonomi i balans 2024");

    /** An integer part with optional thousands separators (space, no-break, thin, underscore), and decimals. */
    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.,])(\\d{1,3}(?:[ \u00a0\u202f\u2009_]\\d{3})+|\\d+)(?:[.,](\\d+))?");

    @Test
    void noSeedAmountIsAConstantInTheProduct() throws IOException {
        Set<Long> amounts = seedAmounts();
        assertTrue(amounts.size() > 300, "the seed tables were read: " + amounts.size());
        assertTrue(amounts.contains(4480L) && amounts.contains(13500L) && amounts.contains(419150L), "known amounts found");
        List<String> hits = new ArrayList<>();
        for (Path file : mainFiles()) {
            String text = read(file);
            if (text == null) {
                continue;
            }
            Set<Long> allowed = NOT_SEED_FIGURES.getOrDefault(file.toString().replace('\\', '/'), Set.of());
            for (long value : integerConstants(text)) {
                if (amounts.contains(value) && !allowed.contains(value)) {
                    hits.add(file + ": " + value);
                }
            }
        }
        assertEquals(List.of(), hits, "seed amounts as constants in src/main");
    }

    @Test
    void theScannerSeesEveryFormOfANumber() {
        for (String form : List.of("4480", "4 480", "4\u00a0480", "4\u202f480", "4_480", "4480.0", "4480,00", "-4480", "x=4480;",
                "\"4 480\"", "4480d")) {
            assertTrue(integerConstants(form).contains(4480L), form);
        }
        assertEquals(Set.of(), integerConstants("4480.5 v2 a4480 1.4480"), "not the number 4480");
    }

    @Test
    void noSeedNameOrMeasureIsTextInTheProduct() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path file : mainFiles()) {
            String text = read(file);
            if (text == null) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT);
            for (String seed : SEED_TEXTS) {
                if (lower.contains(seed)) {
                    hits.add(file + ": " + seed);
                }
            }
        }
        assertEquals(List.of(), hits, "seed names or measures in src/main");
    }

    /** Every amount of four or more digits in the data cells (not the header rows) of the seed tables. */
    static Set<Long> seedAmounts() throws IOException {
        assertTrue(Files.isDirectory(DATA), "the seed tables are at " + DATA.toAbsolutePath());
        Set<Long> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(DATA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".tsv")).toList()) {
                boolean header = true;
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#") || line.isBlank()) {
                        continue;
                    }
                    if (header) { // the column headers name years ("Budget 2025"), not amounts
                        header = false;
                        continue;
                    }
                    String[] cells = line.split("\t");
                    for (int i = 1; i < cells.length; i++) {
                        for (long v : integerConstants(cells[i])) {
                            if (v >= 1000) {
                                out.add(v);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The whole numbers a text holds, however written; a number with a fraction other than zero is none. */
    static Set<Long> integerConstants(String text) {
        Set<Long> out = new TreeSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String fraction = m.group(2);
            if (fraction != null && !fraction.chars().allMatch(c -> c == '0')) {
                continue;
            }
            String digits = m.group(1).replaceAll("[ \u00a0\u202f\u2009_]", "");
            if (digits.length() <= 18) {
                out.add(Long.parseLong(digits));
            }
        }
        return out;
    }

    private static List<Path> mainFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A file's text, or null for a binary file (an image, a packaged workbook). */
    private static String read(Path file) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
