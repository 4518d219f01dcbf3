package se.rapportkoll.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What one child JVM measured for one contender on one workbook, as the one line it prints:
 * {@code BENCH<TAB>key=value<TAB>...}. {@code status} is "ok" or what went wrong ("OutOfMemoryError ...");
 * the runs measured before a failure are kept. Sizes are -1 when the child did not count them.
 * {@code ratios}: process / POI of each measured round, for the paired contender only (else empty).
 */
public record ChildResult(String contender, String workbook, String status, int warmups,
                          List<Double> millis, List<Double> peakHeapMb, List<Double> ratios, int sheets, int rows, int formulas) {

    static final String PREFIX = "BENCH";

    public boolean ok() {
        return status.equals("ok");
    }

    public String toLine() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contender", contender);
        fields.put("workbook", workbook);
        fields.put("status", status.replaceAll("[\\t\\r\\n]+", " "));
        fields.put("warmups", Integer.toString(warmups));
        fields.put("ms", join(millis));
        fields.put("peakMb", join(peakHeapMb));
        fields.put("ratios", join(ratios));
        fields.put("sheets", Integer.toString(sheets));
        fields.put("rows", Integer.toString(rows));
        fields.put("formulas", Integer.toString(formulas));
        return PREFIX + "\t" + fields.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\t"));
    }

    /** The result in a child's output line, if the line is one. */
    public static Optional<ChildResult> parse(String line) {
        if (!line.startsWith(PREFIX + "\t")) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : line.substring(PREFIX.length() + 1).split("\t")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                fields.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return Optional.of(new ChildResult(fields.getOrDefault("contender", "?"), fields.getOrDefault("workbook", "?"),
                fields.getOrDefault("status", "no status"), integer(fields.get("warmups")),
                numbers(fields.get("ms")), numbers(fields.get("peakMb")), numbers(fields.get("ratios")),
                integer(fields.get("sheets")), integer(fields.get("rows")), integer(fields.get("formulas"))));
    }

    /** A result for a child that printed none (killed at its time limit, or crashed). */
    public static ChildResult failed(String contender, String workbook, String status) {
        return new ChildResult(contender, workbook, status, 0, List.of(), List.of(), List.of(), -1, -1, -1);
    }

    private static String join(List<Double> values) {
        return values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).collect(Collectors.joining(","));
    }

    private static List<Double> numbers(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(Double::parseDouble).toList();
    }

    private static int integer(String text) {
        return text == null || text.isBlank() ? -1 : Integer.parseInt(text);
    }
}
