package se.rapportkoll.analyse.volumeprice;

import java.text.Normalizer;
import java.util.List;
import se.rapportkoll.i18n.Messages;

/** Pure helpers to compare care-type names written differently in two tables. */
public final class CareTypeNames {

    private CareTypeNames() {
    }

    /**
     * Lower case, "&" as "och", punctuation and slashes as spaces, single spaces, and the
     * given noise phrases ("antal dagar") removed: "Extern öppenvård, barn & unga, antal dagar"
     * becomes "extern öppenvård barn och unga".
     */
    public static String normalise(String name, List<String> noise) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Messages.SWEDISH)
                .replace("&", " och ")
                .replaceAll("[\\p{Punct}\\p{Pd}–—]", " ")
                .replaceAll("\\s+", " ").strip();
        for (String phrase : noise) {
            s = (" " + s + " ").replace(" " + phrase + " ", " ").strip();
        }
        return s.replaceAll("\\s+", " ");
    }

    /** Levenshtein distance: how many single-character edits turn one name into the other. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * A spelling slip, not another care type: at most 3 edits and at most one per 8 characters
     * ("institutsplaceringar" for "institutionsplaceringar", "överflygg" for "överflytt").
     */
    public static boolean isTypo(String a, String b) {
        int d = distance(a, b);
        return d > 0 && d <= 3 && d * 8 <= Math.min(a.length(), b.length());
    }

    /** True when all words of {@code phrase} occur in {@code name} in a row (whole words only). */
    public static boolean containsWords(String name, String phrase) {
        return (" " + name + " ").contains(" " + phrase + " ");
    }
}
