package se.rapportkoll.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    private static final Path TEXTS = Path.of("src/main/resources/se/rapportkoll/i18n");

    /** Every rule id the tool can report has a name for people in both languages, never the id itself. */
    @Test
    void everyRuleHasANameInBothLanguages() throws IllegalAccessException {
        java.util.List<String> ids = new java.util.ArrayList<>(java.util.List.of(
                se.rapportkoll.analyse.forecast.Forecasting.RULE_OUTSIDE, se.rapportkoll.prose.TextCheck.RULE));
        for (java.lang.reflect.Field field : se.rapportkoll.model.Rules.class.getFields()) {
            ids.add((String) field.get(null));
        }
        for (Messages m : java.util.List.of(Messages.swedish(), Messages.forLanguage("en"))) {
            for (String id : ids) {
                String name = m.ruleName(id);
                assertTrue(!name.equals(id) && !name.matches(".*[a-z]-[a-z].*"), m.locale() + " " + id + ": " + name);
            }
        }
        assertEquals("Summan stämmer inte", Messages.swedish().ruleName("total"));
        assertEquals("an-unknown-rule", Messages.swedish().ruleName("an-unknown-rule"));
    }

    @Test
    void everySwedishTextHasAnEnglishOneAndTheSameArguments() throws IOException {
        try (Stream<Path> files = Files.list(TEXTS)) {
            for (Path swedish : files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties")).toList()) {
                Path english = Path.of(swedish.toString().replace(".properties", "_en.properties"));
                Properties sv = load(swedish);
                Properties en = load(english);
                assertEquals(sv.stringPropertyNames(), en.stringPropertyNames(), swedish.getFileName() + " vs " + english.getFileName());
                for (String key : sv.stringPropertyNames()) {
                    assertEquals(arguments(sv.getProperty(key)), arguments(en.getProperty(key)), key);
                }
            }
        }
    }

    /**
     * A finding's message says what is wrong and what to do in at most about 25 words (a quoted
     * name or a figure counts as one); the figures, cells and reasons are its detail. Every
     * message text of both languages, so also those no sample gives.
     */
    @Test
    void everyFindingMessageIsAtMost25Words() throws IOException {
        java.util.regex.Pattern message = java.util.regex.Pattern.compile(
                "(finding\\.(?!consequence|errorConsequences|signConvention\\.operand).*|volumeprice\\.finding\\..*"
                        + "|forecast\\.finding\\.outside|prose\\.check\\.(inText|contradiction|noCounterpart|unreadableText))");
        int seen = 0;
        try (Stream<Path> files = Files.list(TEXTS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties texts = load(file);
                for (String key : texts.stringPropertyNames()) {
                    if (!message.matcher(key).matches() || key.endsWith(".detail")) {
                        continue;
                    }
                    seen++;
                    String text = texts.getProperty(key);
                    assertTrue(se.rapportkoll.testing.Findings.words(text) <= 25, file.getFileName() + " " + key + " has " + se.rapportkoll.testing.Findings.words(text) + " words: " + text);
                }
            }
        }
        assertTrue(seen > 60, "the finding texts of both languages: " + seen);
    }

    @Test
    void numbersAreWrittenAsTheReportsWriteThem() {
        assertEquals("-1 234", Messages.swedish().number(-1234));
        assertEquals("12,5", Messages.swedish().number(12.5));
        assertEquals("-1,234", Messages.forLanguage("en").number(-1234));
    }

    @Test
    void textsWithQuotesAndChoicesFormat() {
        Messages sv = Messages.swedish();
        assertTrue(sv.get("cli.summary", "a.xlsx", 1L, 1L, 0L, 1L).contains("1 fel, 1 varning, 0 info i 1 tabell."));
        assertTrue(sv.get("cli.summary", "a.xlsx", 2L, 3L, 0L, 4L).contains("2 fel, 3 varningar, 0 info i 4 tabeller."));
        assertTrue(Messages.forLanguage("en").get("finding.periodOthers", "C3", "x", "a", "b")
                .contains("the report's other tables b. Check"));
    }

    private static java.util.Set<String> arguments(String text) {
        java.util.Set<String> args = new java.util.TreeSet<>();
        var m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
