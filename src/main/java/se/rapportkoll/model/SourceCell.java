package se.rapportkoll.model;

/**
 * A user's cell a figure of an analysis comes from, with the number it holds (null when it holds
 * none). {@code live} is false when a formula cannot refer to it (a number stored as text, which
 * Excel would not multiply, or some other text): the tool's sheets then write the value instead.
 */
public record SourceCell(String sheet, int row, int col, Double value, boolean live) {

    /** A cell a formula can refer to. */
    public SourceCell(String sheet, int row, int col, Double value) {
        this(sheet, row, col, value, true);
    }

    /** The figure as a calculation takes it: 0 for a cell without a number, as Excel counts it. */
    public double number() {
        return value == null ? 0 : value;
    }
}
