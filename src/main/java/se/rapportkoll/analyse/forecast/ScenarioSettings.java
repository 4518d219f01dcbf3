package se.rapportkoll.analyse.forecast;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.locate.Vocabulary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The controller's scenario settings, kept in a sheet of their own that the tool creates with
 * defaults the first time and afterwards only reads: it is marked with its own defined name, not
 * the tool-sheet marker, so re-processing never replaces it. Read by position, not by header text,
 * so a sheet created in Swedish still reads with {@code --lang en}:
 * row 4 is the care-type header, care types follow until a blank row, then the measures' header
 * and the measures until a blank row (name, cost, expected effect, realised effect, counted in
 * Prognos, effect in low, effect in high, and a sentence saying how it is counted). Percentages
 * are fractions (0,10 = 10 %).
 */
public record ScenarioSettings(List<CareType> careTypes, List<Measure> measures, Set<String> typedAsText,
                               int measureHeader, OlderMeasures older) {

    public ScenarioSettings(List<CareType> careTypes, List<Measure> measures) {
        this(careTypes, measures, Set.of(), -1, null);
    }

    /**
     * Measures in the layout of the versions before realised effects (name, cost, effect, effect in
     * low / base / high): the base is now the controller's Prognos and the realised part is not
     * there, so what they meant cannot be read into today's columns. They are not counted; {@code
     * header} is their header row (0-based), {@code names} the measures.
     */
    public record OlderMeasures(int header, List<String> names) {
    }

    /**
     * A settings cell as a formula operand: a reference where it holds a number (or nothing), the
     * number read where it holds one typed as text, which a formula could not compute with.
     */
    public String operand(String sheetName, int row, int col, double value) {
        return typedAsText.contains(row + "," + col) ? Double.toString(value) : Formulas.ref(sheetName, row, col);
    }

    /** The care types' header row (0-based): a title and a note above it. */
    public static final int CARE_HEADER_ROW = 3;
    /**
     * The words that mean "yes" in a measure's scenario cells, lower case: the one list both the
     * reader here and the formulas of the forecast sheet use, so Excel recalculates what was cached.
     */
    public static final List<String> YES_WORDS = List.of("ja", "j", "yes", "y", "x", "sant", "true");
    public static final double DEFAULT_VOLUME = 0.10;
    public static final double DEFAULT_PRICE = 0.03;

    /**
     * A care type: the volume table's row, the price table's row (null until someone names it), and
     * the changes in the low and the high scenario. {@code row} is its 0-based row in the sheet.
     */
    public record CareType(String volumeRow, String priceRow, double volumeLow, double volumeHigh,
                           double priceLow, double priceHigh, int row) {
    }

    /**
     * A measure: cost of implementation, expected effect and the effect realised so far (tkr,
     * positive), whether the controller's Prognos already counts on it, and whether its effect comes
     * in the low and the high scenario. {@code source} is the action-plan row it was made from (null
     * when read back from the sheet).
     */
    public record Measure(String name, double cost, double expected, double realised, boolean included,
                          boolean effectLow, boolean effectHigh, int row, ActionPlan.Measure source) {

        /** A measure of the workbook's action plan with the defaults: counted in Prognos, failing in low, coming in high. */
        public static Measure of(ActionPlan.Measure m, int row) {
            return new Measure(m.name(), m.costValue(), m.expectedValue(), m.realisedValue(), true, false, true, row, m);
        }

        public double unrealised() {
            return expected - realised;
        }

        /**
         * What the measure changes against the controller's Prognos in a scenario. Counted in Prognos:
         * where the effect does not come, the part not yet realised is lost (the cost stays). Not counted:
         * where it comes, the part not yet realised is gained, less the cost. Base is Prognos itself.
         */
        public double contribution(Scenario scenario) {
            if (scenario == Scenario.BASE) {
                return 0;
            }
            boolean comes = scenario == Scenario.LOW ? effectLow : effectHigh;
            if (included) {
                return comes ? 0 : -unrealised();
            }
            return comes ? unrealised() - cost : 0;
        }
    }

    public enum Scenario {
        LOW("low"), BASE("base"), HIGH("high");

        private final String id;

        Scenario(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * The defaults: ±10 % volume and ±3 % price for every care type (low = more days at a higher
     * price, the unfavourable direction), its price row as `Volym och pris` pairs it (same name,
     * alias, spelling slip; empty where there is none), and the measures of the workbook's own action
     * plan (see {@link Measure#of}); none other.
     */
    public static ScenarioSettings defaults(List<String> volumeRows, Map<String, String> pairs,
                                            List<ActionPlan.Measure> plan) {
        List<CareType> care = new ArrayList<>();
        int row = CARE_HEADER_ROW + 1;
        for (String v : volumeRows) {
            care.add(new CareType(v, pairs.get(v), DEFAULT_VOLUME, -DEFAULT_VOLUME, DEFAULT_PRICE, -DEFAULT_PRICE, row++));
        }
        int measureRow = row + 2; // a blank row, the measures' header
        List<Measure> measures = new ArrayList<>();
        for (ActionPlan.Measure m : plan) {
            measures.add(Measure.of(m, measureRow++));
        }
        return new ScenarioSettings(List.copyOf(care), List.copyOf(measures));
    }

    /**
     * These settings with the action plan's measures they do not list yet (a plan added after the
     * sheet was made), in rows after the last measure, with the defaults.
     */
    public ScenarioSettings withMissing(List<ActionPlan.Measure> plan) {
        List<Measure> all = new ArrayList<>(measures);
        int next = measures.isEmpty() ? measureHeaderRow() + 1 : measures.get(measures.size() - 1).row() + 1;
        for (ActionPlan.Measure m : plan) {
            if (all.stream().noneMatch(x -> Vocabulary.normalise(x.name()).equals(Vocabulary.normalise(m.name())))) {
                all.add(Measure.of(m, next++));
            }
        }
        return all.size() == measures.size() ? this : new ScenarioSettings(careTypes, List.copyOf(all), typedAsText, measureHeader, older);
    }

    /** The row of the measures' header: one blank row below the care types. */
    public int measureHeaderRow() {
        return measureHeader >= 0 ? measureHeader : CARE_HEADER_ROW + careTypes.size() + 2;
    }

    /** Reads the settings back from the controller's sheet, by position (cached values as they are). */
    public static ScenarioSettings read(SheetGrid sheet) {
        Set<String> typedAsText = new HashSet<>();
        List<CareType> care = new ArrayList<>();
        int last = sheet.rowCount() - 1;
        int r = CARE_HEADER_ROW + 1;
        for (; !blankRow(sheet, r); r++) {
            String name = text(sheet, r, 0);
            if (name == null) {
                continue;
            }
            care.add(new CareType(name, text(sheet, r, 1), number(sheet, r, 2), number(sheet, r, 3),
                    number(sheet, r, 4), number(sheet, r, 5), r));
            noteText(sheet, r, typedAsText, 2, 3, 4, 5);
        }
        while (blankRow(sheet, r) && r <= last) {
            r++;
        }
        int header = r <= last ? r : -1;
        OlderMeasures older = null;
        if (header >= 0 && olderLayout(sheet, header)) {
            // the older block stays as the controller left it; today's measures go in a block below it
            List<String> names = new ArrayList<>();
            for (r = header + 1; r <= last && !blankRow(sheet, r); r++) {
                if (text(sheet, r, 0) != null) {
                    names.add(text(sheet, r, 0));
                }
            }
            older = new OlderMeasures(header, List.copyOf(names));
            while (blankRow(sheet, r) && r <= last) {
                r++;
            }
            header = r <= last ? r : r + 1; // none yet: after one blank row
        }
        List<Measure> measures = new ArrayList<>();
        for (r = header + 1; header >= 0 && r <= last && !blankRow(sheet, r); r++) {
            String name = text(sheet, r, 0);
            if (name == null) {
                continue;
            }
            measures.add(new Measure(name, number(sheet, r, 1), number(sheet, r, 2), number(sheet, r, 3),
                    yes(sheet, r, 4), yes(sheet, r, 5), yes(sheet, r, 6), r, null));
            noteText(sheet, r, typedAsText, 1, 2, 3);
        }
        return new ScenarioSettings(List.copyOf(care), List.copyOf(measures), Set.copyOf(typedAsText), header, older);
    }

    /**
     * The measures' header of the versions before realised effects: six headers (name, cost,
     * effect, effect in low, base, high) where today's sheet has eight, and below it yes/no in the
     * fourth column where today's has the realised effect, an amount. Told by position, like the
     * rest of the sheet, so it is recognised in either language.
     */
    static boolean olderLayout(SheetGrid sheet, int header) {
        for (int c = 0; c < 6; c++) {
            if (text(sheet, header, c) == null) {
                return false;
            }
        }
        if (text(sheet, header, 6) != null || text(sheet, header, 7) != null) {
            return false;
        }
        for (int r = header + 1; r < sheet.rowCount() && !blankRow(sheet, r); r++) {
            if (sheet.get(r, 3).type() == CellData.Type.NUMBER) {
                return false; // an amount: a realised effect under a header someone shortened
            }
        }
        return true;
    }

    /** Records which of a row's number cells hold text (or a formula giving anything but a number). */
    private static void noteText(SheetGrid sheet, int r, Set<String> into, int... cols) {
        for (int c : cols) {
            CellData cell = sheet.get(r, c);
            boolean text = cell.type() == CellData.Type.TEXT || cell.type() == CellData.Type.TEXT_NUMBER
                    || cell.type() == CellData.Type.BLANK && cell.text() != null; // an empty string
            boolean other = cell.isFormula() && (cell.type() == CellData.Type.ERROR || cell.type() == CellData.Type.BOOLEAN);
            if (text || other) {
                into.add(r + "," + c);
            }
        }
    }

    /** A row with nothing in it but blanks and blank texts (a formula counts as something). */
    private static boolean blankRow(SheetGrid sheet, int r) {
        for (int c = 0; c < sheet.rowWidth(r); c++) {
            CellData cell = sheet.get(r, c);
            boolean blank = !cell.isFormula() && (cell.type() == CellData.Type.BLANK
                    || cell.type() == CellData.Type.TEXT && cell.text().isBlank());
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** A text cell's (or a formula's text result's) text, stripped; null when there is none. */
    private static String text(SheetGrid sheet, int r, int c) {
        CellData cell = sheet.get(r, c);
        if (cell.type() != CellData.Type.TEXT && cell.type() != CellData.Type.TEXT_NUMBER || cell.text() == null) {
            return null;
        }
        String s = cell.text().strip();
        return s.isEmpty() ? null : s;
    }

    /** A number, a number or percentage typed as text ("1 234", "10 %", "−3,5%"; see NumberText), or 0 when empty. */
    static double number(SheetGrid sheet, int r, int c) {
        CellData cell = sheet.get(r, c);
        return switch (cell.type()) {
            case NUMBER -> cell.number();
            case TEXT, TEXT_NUMBER -> NumberText.parse(cell.text()).orElse(0);
            default -> 0;
        };
    }

    /** Whether a cell says yes: TRUE, or a text that {@link #isYes} accepts. */
    static boolean yes(SheetGrid sheet, int r, int c) {
        CellData cell = sheet.get(r, c);
        return switch (cell.type()) {
            case BOOLEAN -> Boolean.parseBoolean(cell.text());
            case TEXT, TEXT_NUMBER -> isYes(cell.text());
            default -> false;
        };
    }

    /** One of {@link #YES_WORDS}, case and surrounding ordinary spaces ignored. */
    public static boolean isYes(String text) {
        // like Excel's TRIM: only ordinary spaces go (a no-break space stays, in both)
        String t = text.replaceAll("^ +| +$", "").replaceAll(" {2,}", " ");
        return YES_WORDS.contains(t.toLowerCase(Locale.ROOT));
    }

    /**
     * The same test as a worksheet formula over {@code ref}: TRUE, or the trimmed lower-case text is
     * one of the words. TRIM in Excel removes only ordinary spaces, as {@code strip} does for them.
     */
    public static String yesFormula(String ref) {
        String flag = "LOWER(TRIM(" + ref + "))";
        StringBuilder f = new StringBuilder("OR(").append(ref).append("=TRUE");
        for (String w : YES_WORDS) {
            f.append(',').append(flag).append("=\"").append(w).append('"');
        }
        return f.append(')').toString();
    }
}
