package se.rapportkoll.locate;

import se.rapportkoll.model.CellRef;

/**
 * One cell's content as the validator needs it. For a formula the cached result is what counts.
 * {@code roundingStep} is the precision the number is shown or stored with (1 for whole tkr).
 * {@code bold} and {@code indent} (the cell style's indentation level) are how the layout states
 * a hierarchy: a bold row over or under lighter ones, units indented under their committee.
 * {@code date}: the day a number shown in a date format stands for (the workbook's date system
 * applied), null for any other cell; a month header can be a real date.
 */
public record CellData(int row, int col, Type type, double number, String text, String formula,
                       String errorCode, double roundingStep, short styleIndex, boolean percentFormat,
                       boolean bold, int indent, java.time.LocalDate date) {

    public enum Type { BLANK, NUMBER, TEXT_NUMBER, TEXT, ERROR, BOOLEAN }

    /** A cell that is no date. */
    public CellData(int row, int col, Type type, double number, String text, String formula,
                    String errorCode, double roundingStep, short styleIndex, boolean percentFormat,
                    boolean bold, int indent) {
        this(row, col, type, number, text, formula, errorCode, roundingStep, styleIndex, percentFormat, bold, indent, null);
    }

    /** A cell whose style states nothing about the hierarchy (not bold, not indented). */
    public CellData(int row, int col, Type type, double number, String text, String formula,
                    String errorCode, double roundingStep, short styleIndex, boolean percentFormat) {
        this(row, col, type, number, text, formula, errorCode, roundingStep, styleIndex, percentFormat, false, 0);
    }

    public static CellData blank(int row, int col) {
        return new CellData(row, col, Type.BLANK, 0, null, null, null, 1, (short) 0, false);
    }

    /** The same content with the given look (bold, indentation level). */
    public CellData withLook(boolean newBold, int newIndent) {
        return new CellData(row, col, type, number, text, formula, errorCode, roundingStep, styleIndex, percentFormat,
                newBold, newIndent, date);
    }

    /** The same number as the day it stands for in a date format. */
    public CellData withDate(java.time.LocalDate day) {
        return new CellData(row, col, type, number, text, formula, errorCode, roundingStep, styleIndex, percentFormat,
                bold, indent, day);
    }

    /** How deep the cell's text is indented: the style's indentation plus leading spaces (two spaces a level). */
    public int depth() {
        int spaces = 0;
        while (text != null && spaces < text.length() && (Character.isWhitespace(text.charAt(spaces)) || Character.isSpaceChar(text.charAt(spaces)))) {
            spaces++;
        }
        return indent + (spaces + 1) / 2;
    }

    public String address() {
        return new CellRef(row, col).a1();
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
