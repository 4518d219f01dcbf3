package se.rapportkoll.analyse.forecast;

import java.util.List;

/**
 * A method that does not apply to a line at this month, and why: {@code reason} is the message
 * key's last part (forecast.na.*) and {@code args} its figures.
 */
public record NotApplicable(Method method, String reason, List<Object> args) {

    public NotApplicable {
        args = List.copyOf(args);
    }

    /** The same reason for another method. */
    NotApplicable of(Method other) {
        return new NotApplicable(other, reason, args);
    }
}
