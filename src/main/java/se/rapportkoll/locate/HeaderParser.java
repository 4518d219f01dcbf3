package se.rapportkoll.locate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a header cell's text into a {@link ColumnHeader} using the {@link Vocabulary}. */
public final class HeaderParser {

    /** When a header names several kinds, the first of this list wins ("Avvikelse budget-prognos"). */
    private static final List<ColumnKind> PRECEDENCE = List.of(
            ColumnKind.PERCENT, ColumnKind.DEVIATION, ColumnKind.CHANGE,
            // "Realiserad effekt" before "effekt", "Beräknad effekt" before the forecast's "beräknat"
            ColumnKind.EFFECT_YEAR, ColumnKind.REALISED_EFFECT, ColumnKind.MEASURE_COST, ColumnKind.EXPECTED_EFFECT,
            ColumnKind.BUDGET,
            ColumnKind.FORECAST, ColumnKind.OUTCOME, ColumnKind.PLAN, ColumnKind.ACTUAL);

    private static final Pattern YEAR = Pattern.compile("(?<![\\p{N}])((?:19|20)\\d{2})(?![\\p{N}])");
    /** "2025-08-31" or "2025-08": the year so far up to that month. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\p{N}])((?:19|20)\\d{2})-(0[1-9]|1[0-2])(?:-\\d{2})?(?![\\p{N}])");
    private static final Pattern ROUND = Pattern.compile("prognos\\s*(\\d)(?![\\p{N}])");

    private final Vocabulary vocabulary;
    private final Map<String, Integer> months = new LinkedHashMap<>();
    private final Pattern monthRange;
    private final Pattern singleMonth;
    /** Per locator run (a parser is not shared between threads): a workbook's texts, parsed once each. */
    private final Map<String, ColumnHeader> parsed = new HashMap<>();

    public HeaderParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        for (String category : vocabulary.categories("month.")) {
            int number = Integer.parseInt(category.substring("month.".length()));
            for (String word : vocabulary.words(category)) {
                months.put(word, number);
            }
        }
        List<String> names = new ArrayList<>(months.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        String alternation = String.join("|", names.stream().map(Pattern::quote).toList());
        String m = "(?<![\\p{L}])(" + alternation + ")\\.?(?![\\p{L}])";
        monthRange = Pattern.compile(m + "\\s*(?:-|till|to|/)\\s*" + m);
        singleMonth = Pattern.compile("(?:per\\s+)?" + m);
    }

    /** Reads a header text; each distinct text once, as every label of a sheet is tried as a header. */
    public ColumnHeader parse(String rawText) {
        ColumnHeader known = parsed.get(rawText);
        if (known == null) {
            known = parseNew(rawText);
            parsed.put(rawText, known);
        }
        return known;
    }

    private ColumnHeader parseNew(String rawText) {
        String text = Vocabulary.normalise(rawText);
        Set<ColumnKind> mentioned = EnumSet.noneOf(ColumnKind.class);
        for (ColumnKind kind : PRECEDENCE) {
            if (vocabulary.mentions("column." + camel(kind), text)) {
                mentioned.add(kind);
            }
        }
        ColumnKind kind = PRECEDENCE.stream().filter(mentioned::contains).findFirst().orElse(ColumnKind.OTHER);
        Set<ColumnKind> operands = EnumSet.noneOf(ColumnKind.class);
        if (kind == ColumnKind.DEVIATION || kind == ColumnKind.PERCENT) {
            operands.addAll(mentioned);
            operands.removeAll(EnumSet.of(ColumnKind.DEVIATION, ColumnKind.PERCENT, ColumnKind.CHANGE));
        }
        boolean prior = vocabulary.mentions("scope.prior", text);
        return new ColumnHeader(rawText == null ? "" : rawText.strip(), kind, period(text, kind), Set.copyOf(operands), prior);
    }

    /** The period a title or other free text states ("Budgetuppföljning per oktober 2025": jan-okt 2025). */
    public Period periodIn(String rawText) {
        return period(Vocabulary.normalise(rawText), ColumnKind.OTHER);
    }

    /** The period stated in a normalised header text. */
    Period period(String text, ColumnKind kind) {
        Integer year = null;
        Matcher y = YEAR.matcher(text);
        if (y.find()) {
            year = Integer.parseInt(y.group(1));
        }
        Integer round = null;
        Matcher r = ROUND.matcher(text);
        if (r.find()) {
            round = Integer.parseInt(r.group(1));
        }
        int from = 0;
        int to = 0;
        Matcher range = monthRange.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        if (kind == ColumnKind.FORECAST) {
            // a forecast is of the full year: "Prognos apr" and "Delårsrapport jan-aug" name the round, not a period
            Matcher single = singleMonth.matcher(text);
            return new Period(year, 0, 0, true, round, single.find() ? months.get(single.group(1)) : null);
        }
        if (iso.find()) {
            year = Integer.parseInt(iso.group(1));
            from = 1;
            to = Integer.parseInt(iso.group(2));
        } else if (range.find()) {
            from = months.get(range.group(1));
            to = months.get(range.group(2));
        } else {
            Matcher single = singleMonth.matcher(text);
            if (single.find()) {
                // "Utfall dec 2024", "per aug": the year so far up to that month
                from = 1;
                to = months.get(single.group(1));
            }
        }
        boolean saysFullYear = vocabulary.mentions("scope.fullYear", text);
        boolean fullYear = saysFullYear
                || (from == 1 && to == 12)
                || (from == 0 && (kind == ColumnKind.FORECAST || kind == ColumnKind.OUTCOME || kind == ColumnKind.PLAN
                        || ((kind == ColumnKind.BUDGET || kind == ColumnKind.ACTUAL) && year != null)));
        return new Period(year, from, to, fullYear, round, null);
    }

    /** True for a header that states a period and nothing else ("2025-09", "okt", "jan-aug 2025"). */
    public boolean onlyPeriod(String rawText) {
        String rest = Vocabulary.normalise(rawText);
        for (Pattern p : List.of(ISO_DATE, monthRange, singleMonth, YEAR)) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return !rest.equals(Vocabulary.normalise(rawText)) && rest.chars().noneMatch(Character::isLetterOrDigit);
    }

    static String camel(ColumnKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
