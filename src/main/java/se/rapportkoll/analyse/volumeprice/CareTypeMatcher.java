package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.locate.TableRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Pairs the care types of a volume table with those of a price table by name, never by
 * position: the same normalised name or alias first, then a unique spelling slip.
 */
public final class CareTypeMatcher {

    /** How a pair was made: the same name, an alias line, or a spelling slip. */
    public enum How { SAME_NAME, ALIAS, TYPO }

    public record Pair(TableRow volume, TableRow price, How how) {
    }

    /** An unmatched row and the most similar unmatched row of the other table, if any. */
    public record Unmatched(TableRow row, boolean inVolumeTable, TableRow nearest) {
    }

    public record Result(List<Pair> pairs, List<Unmatched> unmatched) {
    }

    private CareTypeMatcher() {
    }

    public static Result match(List<TableRow> volumeRows, List<TableRow> priceRows, VolumePriceConfig config) {
        List<Pair> pairs = new ArrayList<>();
        List<TableRow> volumes = new ArrayList<>(volumeRows);
        List<TableRow> prices = new ArrayList<>(priceRows);
        for (TableRow v : volumeRows) {
            String key = config.key(v.label());
            Optional<TableRow> p = prices.stream().filter(r -> config.key(r.label()).equals(key)).findFirst();
            if (p.isPresent()) {
                How how = config.normalise(v.label()).equals(config.normalise(p.get().label())) ? How.SAME_NAME : How.ALIAS;
                pairs.add(new Pair(v, p.get(), how));
                volumes.remove(v);
                prices.remove(p.get());
            }
        }
        // a slip of spelling pairs only when each is the other's only near name
        for (TableRow v : new ArrayList<>(volumes)) {
            List<TableRow> near = prices.stream().filter(p -> typo(config, v, p)).toList();
            if (near.size() == 1 && volumes.stream().filter(o -> typo(config, o, near.get(0))).count() == 1) {
                pairs.add(new Pair(v, near.get(0), How.TYPO));
                volumes.remove(v);
                prices.remove(near.get(0));
            }
        }
        List<Unmatched> unmatched = new ArrayList<>();
        volumes.forEach(v -> unmatched.add(new Unmatched(v, true, nearest(config, v, prices.isEmpty() ? priceRows : prices))));
        prices.forEach(p -> unmatched.add(new Unmatched(p, false, nearest(config, p, volumes.isEmpty() ? volumeRows : volumes))));
        pairs.sort(Comparator.comparingInt(p -> p.volume().row()));
        return new Result(List.copyOf(pairs), List.copyOf(unmatched));
    }

    private static boolean typo(VolumePriceConfig config, TableRow a, TableRow b) {
        return CareTypeNames.isTypo(config.key(a.label()), config.key(b.label()));
    }

    /** The candidate sharing the most words, ties broken by the fewest edits. */
    private static TableRow nearest(VolumePriceConfig config, TableRow row, List<TableRow> candidates) {
        String name = config.normalise(row.label());
        return candidates.stream()
                .min(Comparator.comparingInt((TableRow c) -> -sharedWords(name, config.normalise(c.label())))
                        .thenComparingInt(c -> CareTypeNames.distance(name, config.normalise(c.label()))))
                .orElse(null);
    }

    private static int sharedWords(String a, String b) {
        List<String> words = List.of(b.split(" "));
        int n = 0;
        for (String w : a.split(" ")) {
            if (w.length() > 2 && words.contains(w)) {
                n++;
            }
        }
        return n;
    }
}
