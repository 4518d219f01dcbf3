package se.rapportkoll.xlsx.read;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import se.rapportkoll.i18n.Messages;

/**
 * The user's input file cannot be used. Carries a {@link Reason}, the file and a one-line,
 * actionable message in Swedish (default) or English. The original exception, if any, is kept
 * as the cause so a debug mode can still show it.
 */
public final class InputProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private static final String BUNDLE = "se.rapportkoll.xlsx.read.messages";

    /** Largest input we accept, in bytes; the whole file is held in memory. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    public enum Reason {
        NOT_FOUND,
        NOT_A_FILE,
        UNREADABLE,
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_EXTENSION,
        LEGACY_XLS,
        ODS,
        NOT_A_WORKBOOK,
        STRICT_OOXML,
        CORRUPT,
        ENCRYPTED,
        ZIP_BOMB,
        /** A document type definition in a part: no workbook has one, and it is how XML entity bombs work. */
        XML_DTD;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final Path file;
    private final String variant;
    private final String detail;

    public InputProblem(Reason reason, Path file) {
        this(reason, file, null, null, null);
    }

    public InputProblem(Reason reason, Path file, Throwable cause) {
        this(reason, file, null, null, cause);
    }

    /**
     * @param variant optional refinement that selects a more specific message ("reason.variant" key)
     * @param detail  optional value shown in the message (an extension, a size)
     */
    InputProblem(Reason reason, Path file, String variant, String detail, Throwable cause) {
        super(reason.name() + ": " + file, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = Objects.requireNonNull(file, "file");
        this.variant = variant;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public Path file() {
        return file;
    }

    /** The refinement of the reason (e.g. "directory", "text"), or null. */
    public String variant() {
        return variant;
    }

    /** The Swedish message. */
    public String message() {
        return message(Messages.SWEDISH);
    }

    /**
     * One line saying what is wrong and what to do. English for English locales, Swedish for
     * everything else.
     */
    public String message(Locale locale) {
        Locale wanted = locale == null ? Messages.SWEDISH : locale;
        String pattern = pattern(bundle(wanted));
        Object[] args = {
            oneLine(fileName()),
            oneLine(file.toString()),
            detail == null ? "" : oneLine(detail),
            Long.toString(MAX_FILE_BYTES / (1024 * 1024)),
        };
        // All arguments are pre-formatted strings, so the format locale does not matter.
        return oneLine(new MessageFormat(pattern, wanted).format(args));
    }

    @Override
    public String getLocalizedMessage() {
        return message();
    }

    private String pattern(ResourceBundle bundle) {
        if (variant != null) {
            try {
                return bundle.getString(reason.key() + "." + variant);
            } catch (MissingResourceException ignored) {
                // No specific text for this variant: the general one still applies.
            }
        }
        return bundle.getString(reason.key());
    }

    private String fileName() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    // Without this control, an English JVM default locale would turn "Swedish by default" into English.
    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** File names may legally contain line breaks; the message must stay on one line. */
    static String oneLine(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? '?' : cp));
        return sb.toString();
    }
}
