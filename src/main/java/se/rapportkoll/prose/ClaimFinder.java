package se.rapportkoll.prose;

import se.rapportkoll.analyse.volumeprice.Scope;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amount claims of a report's prose: an amount in tkr or mnkr in a sentence that says
 * which way a deviation goes (överskott, underskott, positiv or negativ avvikelse, högre intäkter,
 * förbättrats …). Its subject is what its own clause names — the committee ("Socialnämnden"),
 * revenues ("intäktssidan"), costs ("kostnaderna", not "kostnader för X"), or a row label of the
 * workbook; an amount in parentheses belongs to the words before them. Whether it is the period's
 * or the year's is said by the nearest verb ("redovisas", "prognostiseras") or else by the heading
 * above ("Periodens utfall mot budget", "Helårsprognos mot budget").
 */
public final class ClaimFinder {

    /** A paragraph of the report: its text and whether it is a heading. */
    public record Paragraph(String text, boolean heading) {
    }

    private static final String SPACE = "[ \\u00a0\\u202f]";
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:" + SPACE + "\\d{3})+|\\d+)(?:,(\\d+))?"
            + SPACE + "?(tkr|tusen kronor|mnkr|mkr|miljoner kronor)(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FAVOURABLE = words("\\p{L}*överskott\\p{L}*|positiva? avvikelse\\p{L}*|kostnadsminskning\\p{L}*");
    private static final Pattern UNFAVOURABLE = words("\\p{L}*underskott\\p{L}*|negativa? avvikelse\\p{L}*|kostnadsökning\\p{L}*");
    private static final Pattern IMPROVED = words("förbättra\\p{L}*");
    private static final Pattern WORSENED = words("försämra\\p{L}*");
    private static final Pattern HIGHER_REVENUE = words("högre intäkter(?:na)?|lägre kostnader(?:na)?");
    private static final Pattern LOWER_REVENUE = words("lägre intäkter(?:na)?|högre kostnader(?:na)?");
    private static final Pattern YEAR = words("prognos\\p{L}*|prognostiser\\p{L}*|helår\\p{L}*|för året|årets slut|estimera\\p{L}*");
    private static final Pattern PERIOD = words("redovisa\\p{L}*|utfall\\p{L}*|för perioden|periodens");
    /** Words that end a clause: an amount's subject is looked for only after the last of them. */
    private static final Pattern CLAUSE = Pattern.compile("[,;:()]|\\s(?:varav|där|vilket|vilka|samt|och|medan|men|dock)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD_CLAUSE = Pattern.compile("\\s(?:varav|där|vilket|vilka|samt|och|medan|men|dock)\\s",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMITTEE = words("\\p{L}*nämnden");
    /** "kostnader för försörjningsstöd" is about försörjningsstöd, not the costs in total. */
    private static final String QUALIFIED = "(?!\\s+(?:för|avseende|inom|till|från|i form av|kopplat|kopplade|hänförliga)\\b)";
    private static final Pattern REVENUE = words("intäkter(?:na)?" + QUALIFIED + "|intäktssidan");
    private static final Pattern COST = words("kostnader(?:na)?" + QUALIFIED + "|kostnadssidan");

    private ClaimFinder() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![\\p{L}\\d-])(?:" + alternatives + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The claims of the paragraphs, with the row labels of the workbook a text may name. */
    public static List<Claim> find(List<Paragraph> paragraphs, List<String> rowLabels) {
        List<Label> labels = labels(rowLabels);
        List<Claim> claims = new ArrayList<>();
        Scope context = null;
        for (Paragraph p : paragraphs) {
            String text = p.text().replaceAll("\\s+", " ").strip();
            if (p.heading()) {
                context = scopeOf(text, text.length()).orElse(null);
                continue;
            }
            for (String sentence : sentences(text)) {
                claims.addAll(inSentence(sentence, labels, context));
            }
        }
        return claims;
    }

    private record Label(String label, Pattern pattern) {
    }

    /** Row labels as whole words, case-insensitive, in definite form too; "Varav kapitalkostnader" is named as "kapitalkostnader". */
    private static List<Label> labels(List<String> rowLabels) {
        List<Label> out = new ArrayList<>();
        for (String label : rowLabels) {
            String core = label.strip().replaceFirst("(?i)^(varav|därav)\\s+", "").strip();
            String lower = core.toLowerCase(Locale.ROOT);
            if (core.length() < 4 || lower.endsWith("nämnd") || lower.startsWith("intäkt") || lower.startsWith("kostnad")
                    || lower.startsWith("summa") || lower.startsWith("totalt") || lower.startsWith("netto")) {
                continue; // the committee, revenues, costs and totals are named by their own words
            }
            out.add(new Label(label.strip(), words(Pattern.quote(core) + "(?:en|na|et|n)?")));
        }
        out.sort(Comparator.comparingInt((Label l) -> -l.label().length())); // the longest label that fits
        return out;
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == text.length()
                    || i + 2 < text.length() && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2)));
            if (end) {
                out.add(text.substring(start, i + 1).strip());
                start = i + 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(text.substring(start).strip());
        }
        return out;
    }

    private static List<Claim> inSentence(String s, List<Label> labels, Scope context) {
        List<Claim> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(s);
        while (m.find()) {
            Claim.Direction direction = direction(s, m.start(), m.end());
            if (direction == null) {
                continue; // an amount without a direction is no claim about a deviation
            }
            String digits = m.group(1).replaceAll(SPACE, "");
            String decimals = m.group(2);
            boolean millions = m.group(3).toLowerCase(Locale.ROOT).startsWith("m");
            double number = Double.parseDouble(digits + (decimals == null ? "" : "." + decimals));
            double step;
            if (decimals != null) {
                step = Math.pow(10, -decimals.length());
            } else {
                int zeros = 0;
                for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
                    zeros++;
                }
                step = millions ? 1 : Math.pow(10, Math.min(zeros, 2)); // the reports round tkr to hundreds at most
            }
            double scale = millions ? 1000 : 1;
            Scope scope = scopeOf(s.substring(0, m.start()), m.start()).orElse(null);
            if (scope == null) {
                scope = scopeOf(s, s.length()).orElse(context);
            }
            out.add(new Claim(s, m.group(), number * scale, step * scale, direction, subject(s, m.start(), labels), scope));
        }
        return out;
    }

    /** The nearest direction word before the amount in its sentence ("om", "motsvarande" come between), else right after it ("avser en positiv avvikelse"). */
    private static Claim.Direction direction(String s, int start, int end) {
        String before = s.substring(0, start);
        int best = -1;
        Claim.Direction found = null;
        Object[][] kinds = {{FAVOURABLE, Claim.Direction.FAVOURABLE}, {UNFAVOURABLE, Claim.Direction.UNFAVOURABLE},
                {IMPROVED, Claim.Direction.IMPROVED}, {WORSENED, Claim.Direction.WORSENED},
                {HIGHER_REVENUE, Claim.Direction.FAVOURABLE}, {LOWER_REVENUE, Claim.Direction.UNFAVOURABLE}};
        for (Object[] k : kinds) {
            Matcher m = ((Pattern) k[0]).matcher(before);
            while (m.find()) {
                if (m.start() > best) {
                    best = m.start();
                    found = (Claim.Direction) k[1];
                }
            }
        }
        String after = s.substring(end, Math.min(s.length(), end + 40));
        Matcher a = Pattern.compile("^\\s*(?:avser|utgör)\\s+(?:en\\s+)?(positiv|negativ)", Pattern.CASE_INSENSITIVE).matcher(after);
        if (a.find()) {
            return a.group(1).equalsIgnoreCase("positiv") ? Claim.Direction.FAVOURABLE : Claim.Direction.UNFAVOURABLE;
        }
        return found;
    }

    /** The last scope word in {@code text} before {@code end}. */
    private static java.util.Optional<Scope> scopeOf(String text, int end) {
        String t = text.substring(0, Math.min(end, text.length()));
        int year = last(YEAR, t);
        int period = last(PERIOD, t);
        if (year < 0 && period < 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(year > period ? Scope.FULL_YEAR : Scope.PERIOD);
    }

    private static int last(Pattern p, String t) {
        Matcher m = p.matcher(t);
        int at = -1;
        while (m.find()) {
            at = m.start();
        }
        return at;
    }

    /** What the amount's clause names; for an amount in parentheses, what stands before them. */
    private static Claim.Subject subject(String s, int amountStart, List<Label> labels) {
        String before = s.substring(0, amountStart);
        int clause = lastEnd(CLAUSE, before);
        Claim.Subject own = named(before.substring(clause), labels);
        if (own.explicit()) {
            return own;
        }
        int open = before.lastIndexOf('(');
        if (open >= 0 && before.indexOf(')', open) < 0 && lastEnd(WORD_CLAUSE, before.substring(open)) == 0) {
            String outside = before.substring(0, open);
            return named(outside.substring(lastEnd(CLAUSE, outside)), labels);
        }
        return Claim.Subject.NONE;
    }

    private static int lastEnd(Pattern p, String t) {
        Matcher m = p.matcher(t);
        int at = 0;
        while (m.find()) {
            at = m.end();
        }
        return at;
    }

    private static Claim.Subject named(String clause, List<Label> labels) {
        for (Label l : labels) {
            if (l.pattern().matcher(clause).find()) {
                return new Claim.Subject(Claim.Subject.Kind.ROW, l.label());
            }
        }
        if (COMMITTEE.matcher(clause).find()) {
            return new Claim.Subject(Claim.Subject.Kind.COMMITTEE, null);
        }
        if (REVENUE.matcher(clause).find()) {
            return new Claim.Subject(Claim.Subject.Kind.REVENUE, null);
        }
        if (COST.matcher(clause).find()) {
            return new Claim.Subject(Claim.Subject.Kind.COST, null);
        }
        return Claim.Subject.NONE;
    }
}
