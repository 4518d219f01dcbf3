package se.rapportkoll.watch;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/** Pure naming rules of the drop folder: what is ignored, and what results, archives and failures are called. */
public final class Names {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private Names() {
    }

    /**
     * Office lock files ({@code ~$x.xlsx}, LibreOffice's {@code .~lock.x#}), temporary files and hidden
     * (dot) files are never workbooks a controller dropped; they must not be processed or moved. Nor
     * is a report text (.docx): it is checked with the workbook of its name, and stays for the next one.
     */
    public static boolean isIgnored(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".~lock") || name.startsWith(".")
                || lower.endsWith(".tmp") || lower.endsWith(".crdownload") || lower.endsWith(".part") || lower.endsWith(".docx");
    }

    /** Name without its extension: "budget.xlsx" gives "budget". */
    public static String base(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The extension with its dot, or "" ("budget.xlsx" gives ".xlsx"). */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot) : "";
    }

    /** Whether the name says the file should be a zip (an Office Open XML workbook). */
    public static boolean isOoxml(String name) {
        String ext = extension(name).toLowerCase(Locale.ROOT);
        return ext.equals(".xlsx") || ext.equals(".xlsm");
    }

    /** "budget", 1 gives "budget"; "budget", 3 gives "budget (3)": the way Windows names copies. */
    static String counted(String base, int n) {
        return n <= 1 ? base : base + " (" + n + ")";
    }

    /** The output extension of {@code process}: .xlsm stays .xlsm, everything else becomes .xlsx. */
    static String outputExtension(String input) {
        return extension(input).equalsIgnoreCase(".xlsm") ? ".xlsm" : ".xlsx";
    }

    /** {@code NAME-rapportkoll.xlsx} and {@code NAME-rapportkoll.json}, with the first counter where both are free. */
    public static List<String> results(String input, Predicate<String> taken) {
        String base = base(input) + "-rapportkoll";
        String ext = outputExtension(input);
        return firstFree(taken, n -> List.of(counted(base, n) + ext, counted(base, n) + ".json"));
    }

    /** {@code NAME_20250601-140322.xlsx} in arkiv, with a counter if two arrive in the same second. */
    public static String archive(String input, LocalDateTime claimed, Predicate<String> taken) {
        String base = base(input) + "_" + STAMP.format(claimed);
        String ext = extension(input);
        return firstFree(taken, n -> List.of(counted(base, n) + ext)).get(0);
    }

    /** The original under its own name in fel and {@code NAME.fel.txt} beside it, with a shared counter. */
    public static List<String> failure(String input, Predicate<String> taken) {
        String base = base(input);
        String ext = extension(input);
        return firstFree(taken, n -> List.of(counted(base, n) + ext, counted(base, n) + ".fel.txt"));
    }

    private static List<String> firstFree(Predicate<String> taken, java.util.function.IntFunction<List<String>> names) {
        for (int n = 1; ; n++) {
            List<String> candidate = names.apply(n);
            if (candidate.stream().noneMatch(taken)) {
                return candidate;
            }
        }
    }
}
