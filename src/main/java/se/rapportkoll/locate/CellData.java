package se.rapportkoll.locate;

import org.apache.poi.ss.util.CellReference;

/**
 * One cell's content as the validator needs it. For a formula the cached result is what counts.
 * {@code roundingStep} is the precision the number is shown or stored with (1 for whole tkr).
 */
public record CellData(int row, int col, Type type, double number, String text, String formula,
                       String errorCode, double roundingStep, short styleIndex, boolean percentFormat) {

    public enum Type { BLANK, NUMBER, TEXT_NUMBER, TEXT, ERROR, BOOLEAN }

    public static CellData blank(int row, int col) {
        return new CellData(row, col, Type.BLANK, 0, null, null, null, 1, (short) 0, false);
    }

    public String address() {
        return new CellReference(row, col).formatAsString();
    }

    public boolean isNumeric() {
        return type == Type.NUMBER || type == Type.TEXT_NUMBER;
    }

    public boolean isBlank() {
        return type == Type.BLANK || (type == Type.TEXT && (text.isBlank() || NumberText.isDash(text)));
    }

    public boolean isFormula() {
        return formula != null;
    }

    public boolean hasText() {
        return type == Type.TEXT && !text.isBlank();
    }
}
