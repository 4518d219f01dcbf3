package se.rapportkoll.analyse.volumeprice;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words the volume–price analysis matches with, kept as data: care-type aliases
 * ({@code aliases.tsv}) and target-group rules ({@code target-groups.tsv}). A municipality's own
 * files are read first, so their lines win: {@code rapportkoll-aliases.tsv} and
 * {@code rapportkoll-target-groups.tsv} in the workbook's folder, or the files named by the
 * system properties {@code rapportkoll.aliases} and {@code rapportkoll.targetGroups}.
 */
public final class VolumePriceConfig {

    public static final String ALIASES_FILE = "rapportkoll-aliases.tsv";
    public static final String TARGET_GROUPS_FILE = "rapportkoll-target-groups.tsv";
    public static final String RECONCILIATION_FILE = "rapportkoll-reconciliation.tsv";

    /** A budget row (normalised label) and what explains it: "*", target groups or care types. */
    public record ReconciliationRule(String label, List<String> explainedBy) {
    }

    /** A rule: a care type whose normalised name contains these words belongs to the group. */
    public record GroupRule(String group, String words) {
    }

    private final List<String> noise = new ArrayList<>();
    private final Map<String, String> canonical = new HashMap<>();
    private final List<GroupRule> groupRules = new ArrayList<>();
    private final List<String> groupColumnHeaders = new ArrayList<>();
    private final List<ReconciliationRule> reconciliationRules = new ArrayList<>();

    private VolumePriceConfig() {
    }

    /** The built-in data, preceded by the override files found for a workbook in {@code folder} (may be null). */
    public static VolumePriceConfig load(Path folder) {
        List<List<String>> aliasLines = new ArrayList<>();
        List<List<String>> groupLines = new ArrayList<>();
        override(System.getProperty("rapportkoll.aliases"), folder, ALIASES_FILE).ifPresent(p -> aliasLines.addAll(read(p)));
        override(System.getProperty("rapportkoll.targetGroups"), folder, TARGET_GROUPS_FILE).ifPresent(p -> groupLines.addAll(read(p)));
        List<List<String>> reconciliationLines = new ArrayList<>();
        override(System.getProperty("rapportkoll.reconciliation"), folder, RECONCILIATION_FILE)
                .ifPresent(p -> reconciliationLines.addAll(read(p)));
        reconciliationLines.addAll(resource("reconciliation.tsv"));
        aliasLines.addAll(resource("aliases.tsv"));
        groupLines.addAll(resource("target-groups.tsv"));
        VolumePriceConfig c = new VolumePriceConfig();
        // noise phrases first: aliases are normalised with them removed
        for (List<String> line : aliasLines) {
            if (line.get(0).equals("!ignore")) {
                line.subList(1, line.size()).forEach(p -> c.noise.add(CareTypeNames.normalise(p, List.of())));
            }
        }
        for (List<String> line : aliasLines) {
            if (line.get(0).startsWith("!") || line.size() < 2) {
                continue;
            }
            String key = c.normalise(line.get(0));
            for (String name : line) {
                c.canonical.putIfAbsent(c.normalise(name), key);
            }
        }
        for (List<String> line : groupLines) {
            if (line.get(0).equals("!column")) {
                line.subList(1, line.size()).forEach(h -> c.groupColumnHeaders.add(c.normalise(h)));
            } else if (line.size() >= 2) {
                for (String words : line.subList(1, line.size())) {
                    c.groupRules.add(new GroupRule(line.get(0), c.normalise(words)));
                }
            }
        }
        for (List<String> line : reconciliationLines) {
            if (line.size() >= 2) {
                c.reconciliationRules.add(new ReconciliationRule(c.normalise(line.get(0)), List.copyOf(line.subList(1, line.size()))));
            }
        }
        return c;
    }

    /** The first reconciliation rule for a budget row's label, if any. */
    public Optional<ReconciliationRule> reconciliation(String label) {
        String n = normalise(label);
        return reconciliationRules.stream().filter(r -> r.label().equals(n)).findFirst();
    }

    public String normalise(String name) {
        return CareTypeNames.normalise(name, noise);
    }

    /** The name all aliases of a care type share (normalised), or the normalised name itself. */
    public String key(String name) {
        String n = normalise(name);
        return canonical.getOrDefault(n, n);
    }

    /** The target group by the first rule whose words the text contains, if any. */
    public Optional<String> group(String text) {
        String n = normalise(text);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        return groupRules.stream().filter(r -> CareTypeNames.containsWords(n, r.words())).map(GroupRule::group).findFirst();
    }

    /** Whether a column header names the target group ("Målgrupp"). */
    public boolean isGroupColumn(String header) {
        return header != null && groupColumnHeaders.contains(normalise(header));
    }

    private static Optional<Path> override(String property, Path folder, String fileName) {
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property));
        }
        if (folder != null && Files.isRegularFile(folder.resolve(fileName))) {
            return Optional.of(folder.resolve(fileName));
        }
        return Optional.empty();
    }

    private static List<List<String>> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<List<String>> resource(String name) {
        try (InputStream in = VolumePriceConfig.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated lines; '#' starts a comment line; empty fields are dropped. */
    private static List<List<String>> parse(InputStream in) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            line = line.replace("\uFEFF", "");
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t")) {
                if (!f.isBlank()) {
                    fields.add(f.strip());
                }
            }
            if (!fields.isEmpty()) {
                lines.add(fields);
            }
        }
        return lines;
    }
}
