package se.rapportkoll.locate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words rapportkoll recognises, loaded from {@code vocabulary.tsv}: categories such as
 * {@code column.budget} or {@code unit.tkr}, each with its words. Kept as data so that another
 * municipality's wording is a line in a file, not a code change.
 */
public final class Vocabulary {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Vocabulary DEFAULT = load("vocabulary.tsv");

    private final Map<String, List<Phrase>> byCategory;

    private Vocabulary(Map<String, List<Phrase>> byCategory) {
        this.byCategory = byCategory;
    }

    public static Vocabulary standard() {
        return DEFAULT;
    }

    static Vocabulary load(String resource) {
        Map<String, List<Phrase>> map = new LinkedHashMap<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2) {
                    throw new IllegalStateException("bad vocabulary line: " + line);
                }
                map.computeIfAbsent(parts[0].trim(), k -> new ArrayList<>()).add(new Phrase(normalise(parts[1])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        return new Vocabulary(Collections.unmodifiableMap(map));
    }

    /** Lower case, one kind of space and dash, trimmed. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = text.toLowerCase(Locale.ROOT)
                .replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-')
                .replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return s.replaceAll(" +", " ").trim();
    }

    /** True when the text mentions any word of the category. */
    public boolean mentions(String category, String normalisedText) {
        for (Phrase p : byCategory.getOrDefault(category, List.of())) {
            if (p.indexIn(normalisedText) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Categories with the given prefix, in file order, e.g. all "unit." categories. */
    public List<String> categories(String prefix) {
        return byCategory.keySet().stream().filter(c -> c.startsWith(prefix)).toList();
    }

    /** All words of a category (normalised). */
    public List<String> words(String category) {
        return byCategory.getOrDefault(category, List.of()).stream().map(Phrase::text).toList();
    }

    private record Phrase(String text, Pattern wholeWord, boolean hasLetters) {
        Phrase(String text) {
            this(text,
                    Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(text) + "(?![\\p{L}\\p{N}])"),
                    text.chars().anyMatch(Character::isLetter));
        }

        int indexIn(String s) {
            if (!hasLetters || text.length() >= 5) {
                int at = s.indexOf(text);
                if (at >= 0) {
                    return at;
                }
            } else {
                var m = wholeWord.matcher(s);
                if (m.find()) {
                    return m.start();
                }
            }
            if (text.length() >= 6 && text.indexOf(' ') < 0) {
                return indexOfNearMiss(s);
            }
            return -1;
        }

        /** A word in s that is one edit away from this phrase: published headers have typos. */
        private int indexOfNearMiss(String s) {
            var m = WORD.matcher(s);
            while (m.find()) {
                String word = m.group();
                if (Math.abs(word.length() - text.length()) <= 1 && word.length() >= 5
                        && editDistanceAtMostOne(word, text)) {
                    return m.start();
                }
            }
            return -1;
        }
    }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            return a.substring(i + 1).equals(b.substring(i + 1));
        }
        return b.length() == a.length() + 1 && a.substring(i).equals(b.substring(i + 1));
    }
}
