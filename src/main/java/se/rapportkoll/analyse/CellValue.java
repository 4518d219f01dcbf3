package se.rapportkoll.analyse;

/** A user's cell an analysis refers to, with the value it holds (null when empty). */
public record CellValue(String sheet, int row, int col, Double value) {
}
