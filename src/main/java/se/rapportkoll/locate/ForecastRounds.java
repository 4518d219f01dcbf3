package se.rapportkoll.locate;


import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table's forecast rounds: "Prognos 3" and "Prognos 4", "Prognos feb" and "Prognos apr" (the
 * round the header parser reads, Period.roundOrder), or a column for the previous forecast
 * ("Föregående prognos", vocabulary forecast.previous). The current round is the latest; the
 * previous one is the round before it.
 */
public final class ForecastRounds {

    /** The forecast column the analyses use and the one before it; {@code previousMonth} where it is named by a month. */
    public record Rounds(Column current, Column previous, Integer previousMonth) {
    }

    private ForecastRounds() {
    }

    /** This year's forecast columns, in table order. */
    private static List<Column> forecasts(List<Column> columns) {
        return columns.stream().filter(c -> c.kind() == ColumnKind.FORECAST && !c.priorYear()).toList();
    }

    /** The current round's column among {@code columns}: the latest round, else the first forecast that is not the previous one. */
    public static Optional<Column> current(List<Column> columns) {
        List<Column> f = forecasts(columns);
        Optional<Column> latest = f.stream().filter(c -> key(c) != null).max(Comparator.comparing(ForecastRounds::key));
        if (latest.isPresent() && !isPrevious(latest.get())) {
            return latest;
        }
        return f.stream().filter(c -> !isPrevious(c)).findFirst().or(() -> f.stream().findFirst());
    }

    /** The current round and the one before it, or empty where the table has one round only. */
    public static Optional<Rounds> of(Table t) {
        Optional<Column> current = current(t.columns());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Column cur = current.get();
        return forecasts(t.columns()).stream()
                .filter(c -> c != cur && key(c) != null && (key(cur) == null || key(c) < key(cur)))
                .max(Comparator.comparing(ForecastRounds::key))
                .map(p -> new Rounds(cur, p, p.period().forecastRound() == null ? p.period().roundMonth() : null));
    }

    /** The order of a round: −1 for "the previous forecast", else the round the header names; null when it names none. */
    private static Integer key(Column c) {
        return isPrevious(c) ? Integer.valueOf(-1) : c.period().roundOrder();
    }

    /** Whether the column is the previous forecast's ("Föregående prognos"), which names no round. */
    public static boolean isPrevious(Column c) {
        return Vocabulary.standard().mentions("forecast.previous", Vocabulary.normalise(c.headerText()));
    }
}
