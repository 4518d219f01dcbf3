package se.rapportkoll.volumeprice;

/**
 * A user's cell a figure comes from. {@code live} is false when a formula cannot refer to it
 * (a number stored as text, which Excel would not multiply): the sheet then writes the value.
 */
public record Source(String sheet, int row, int col, double value, boolean live) {
}
