package se.rapportkoll.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** User-facing texts: Swedish by default, English with {@code --lang en}. */
public final class Messages {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /**
     * One bundle per part of the tool, so that parts can add their texts without touching each
     * other's files; a key is looked up in them in this order. Missing bundles are skipped.
     */
    private static final List<String> BUNDLES = List.of("messages", "volumeprice", "forecast", "watch", "gui", "prose");

    private final Locale locale;
    private final List<ResourceBundle> bundles = new ArrayList<>();

    private Messages(Locale locale) {
        this.locale = locale;
        for (String name : BUNDLES) {
            try {
                bundles.add(ResourceBundle.getBundle("se.rapportkoll.i18n." + name,
                        locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.ROOT,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            } catch (MissingResourceException e) {
                // this part of the tool has no texts of its own
            }
        }
    }

    public static Messages forLanguage(String lang) {
        return new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : SWEDISH);
    }

    public static Messages swedish() {
        return forLanguage("sv");
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }

    /** The text for a key with its arguments filled in; numbers should be pre-formatted with {@link #number}. */
    public String get(String key, Object... args) {
        String pattern = null;
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(key)) {
                pattern = bundle.getString(key);
                break;
            }
        }
        if (pattern == null) {
            throw new MissingResourceException("no text for " + key, Messages.class.getName(), key);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /**
     * The detail of a finding whose message has {@code key}: the text for {@code key.detail} with
     * the same arguments, or null where the message says it all.
     */
    public String detail(String key, Object... args) {
        String detailKey = key + ".detail";
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey(detailKey)) {
                return get(detailKey, args);
            }
        }
        return null;
    }

    /** The name of a validation rule for people (the sheets, the window); the id itself where it has none. */
    public String ruleName(String rule) {
        for (ResourceBundle bundle : bundles) {
            if (bundle.containsKey("rule." + rule)) {
                return bundle.getString("rule." + rule);
            }
        }
        return rule;
    }

    /** A figure as the reports write it: "−1 234" in Swedish (space grouping, comma decimals), "-1,234" in English. */
    public String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        boolean whole = rounded == Math.rint(rounded);
        String text = String.format(Locale.ROOT, whole ? "%,.0f" : "%,.2f", rounded);
        if (!whole && text.endsWith("0")) {
            text = text.substring(0, text.length() - 1);
        }
        if (isEnglish()) {
            return text;
        }
        return text.replace(',', ' ').replace('.', ',');
    }
}
