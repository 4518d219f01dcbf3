package se.rapportkoll.prose;

import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.forecast.ActionPlan;
import se.rapportkoll.analyse.deviation.DeviationAnalysis;
import se.rapportkoll.locate.ForecastRounds;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.DeviationLink;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.Period;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.Unit;
import se.rapportkoll.analyse.volumeprice.Scope;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deviations a report's economy text is about, found in a located workbook: the committee's
 * total, its revenues and costs (the table with Intäkter and Kostnader rows), the rows of the unit
 * table, and every row of every budget table (which a text may name by its label). A figure the
 * workbook lacks is null or absent; nothing is assumed.
 */
public record WorkbookFigures(String committee, Integer periodMonth, Figure totalPeriod, Figure totalYear,
                              Figure revenuePeriod, Figure revenueYear, Figure costPeriod, Figure costYear,
                              List<Figure> unitsPeriod, List<Figure> unitsYear, Previous previous, List<Figure> rows,
                              List<ActionPlan.Measure> actionPlan) {

    /**
     * The forecast of the round before, where the committee's table has one: its header, its
     * deviation, the month it names ("Prognos apr") or the round's number ("Prognos 3"), each null
     * where the header names none, and whether it is the column of the previous forecast ("Föregående prognos").
     */
    public record Previous(String header, Figure deviation, Integer month, Integer round, boolean earlier) {
    }

    public static final WorkbookFigures NONE = new WorkbookFigures(null, null, null, null, null, null, null, null,
            List.of(), List.of(), null, List.of(), List.of());

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public static WorkbookFigures of(LocatedWorkbook workbook) {
        List<DeviationLine> lines = DeviationAnalysis.lines(workbook);
        List<Table> tables = workbook.tables().stream()
                .filter(t -> t.kind() == TableKind.AMOUNTS && t.unit() != Unit.UNKNOWN).toList();
        List<Figure> rows = new ArrayList<>();
        Table committeeTable = null;
        TableRow revenue = null;
        TableRow cost = null;
        for (Table t : tables) {
            for (TableRow r : t.rows()) {
                for (Scope scope : Scope.values()) {
                    figure(t, r, scope, lines).ifPresent(rows::add);
                }
            }
            Optional<TableRow> rev = t.rows().stream().filter(r -> r.kind() == RowKind.PART && startsWith(r.label(), "intäkt")).findFirst();
            Optional<TableRow> cst = t.rows().stream().filter(r -> r.kind() == RowKind.PART && startsWith(r.label(), "kostnad")).findFirst();
            if (committeeTable == null && rev.isPresent() && cst.isPresent()) {
                committeeTable = t;
                revenue = rev.get();
                cost = cst.get();
            }
        }
        if (rows.isEmpty()) {
            return NONE;
        }
        if (committeeTable == null) {
            committeeTable = tables.stream().filter(t -> t.rows().stream().anyMatch(r -> r.kind() == RowKind.TOTAL)).findFirst().orElse(null);
        }
        TableRow total = committeeTable == null ? null : committeeTable.rows().stream()
                .filter(r -> r.kind() == RowKind.TOTAL).reduce((a, b) -> b).orElse(null);
        Table committee = committeeTable;
        Table unitTable = tables.stream()
                .filter(t -> t != committee || t.rows().stream().noneMatch(r -> startsWith(r.label(), "intäkt")))
                .filter(t -> parts(t).size() >= 3)
                .max((a, b) -> Integer.compare(parts(a).size(), parts(b).size())).orElse(null);
        List<Figure> unitsPeriod = new ArrayList<>();
        List<Figure> unitsYear = new ArrayList<>();
        if (unitTable != null) {
            for (TableRow r : parts(unitTable)) {
                figure(unitTable, r, Scope.PERIOD, lines).ifPresent(unitsPeriod::add);
                figure(unitTable, r, Scope.FULL_YEAR, lines).ifPresent(unitsYear::add);
            }
        }
        Integer month = committee == null ? null : committee.mainPeriod().filter(Period::isPartOfYear).map(Period::toMonth).orElse(null);
        return new WorkbookFigures(committee == null ? null : committeeName(workbook, committee), month,
                at(committee, total, Scope.PERIOD, lines), at(committee, total, Scope.FULL_YEAR, lines),
                at(committee, revenue, Scope.PERIOD, lines), at(committee, revenue, Scope.FULL_YEAR, lines),
                at(committee, cost, Scope.PERIOD, lines), at(committee, cost, Scope.FULL_YEAR, lines),
                List.copyOf(unitsPeriod), List.copyOf(unitsYear), previous(committee, total, lines), List.copyOf(rows),
                actionPlan(workbook, committee));
    }

    private static List<TableRow> parts(Table t) {
        return t.rows().stream().filter(r -> r.kind() == RowKind.PART).toList();
    }

    private static Figure at(Table table, TableRow row, Scope scope, List<DeviationLine> lines) {
        return table == null || row == null ? null : figure(table, row, scope, lines).orElse(null);
    }

    /** The row's deviation for a scope, with the columns the deviation sheet uses for it. */
    private static Optional<Figure> figure(Table table, TableRow row, Scope scope, List<DeviationLine> lines) {
        for (DeviationLine line : lines) {
            SourceCell budget = scope == Scope.PERIOD ? line.periodBudget() : line.yearBudget();
            SourceCell outcome = scope == Scope.PERIOD ? line.periodActual() : line.forecast();
            if (budget == null || outcome == null || !budget.sheet().equals(table.sheetName()) || budget.row() != row.row()
                    || table.row(row.row()).isEmpty() || !inTable(table, budget.col())) {
                continue;
            }
            if (budget.value() == null || outcome.value() == null) {
                return Optional.empty(); // an empty cell is no figure to write about
            }
            SourceCell label = new SourceCell(table.sheetName(), row.row(), table.labelColumn(), null);
            boolean live = typedNumber(table, row, budget.col()) && typedNumber(table, row, outcome.col());
            return Optional.of(new Figure(row.label().strip(), label, scope, table.unit(), budget, outcome, shown(table, row, outcome),
                    line.favourableSign(), live));
        }
        return Optional.empty();
    }

    /** A number Excel computes with: not one stored as text. */
    private static boolean typedNumber(Table table, TableRow row, int col) {
        return table.columns().stream().filter(c -> c.index() == col).findFirst()
                .map(c -> row.cell(table.position(c)).type() == CellData.Type.NUMBER).orElse(false);
    }

    private static boolean inTable(Table table, int col) {
        return table.columns().stream().anyMatch(c -> c.index() == col);
    }

    /** The table's own deviation cell computed from this outcome column, if it holds a number. */
    private static SourceCell shown(Table table, TableRow row, SourceCell outcome) {
        for (DeviationLink link : DeviationLink.of(table)) {
            if (link.outcome().index() == outcome.col()) {
                CellData cell = row.cell(table.position(link.deviation()));
                return new SourceCell(table.sheetName(), row.row(), link.deviation().index(), cell.isNumeric() ? cell.number() : null);
            }
        }
        return null;
    }

    /** The action plan's measures whose effect comes in the committee table's year (or that name no year). */
    private static List<ActionPlan.Measure> actionPlan(LocatedWorkbook workbook, Table committee) {
        Integer year = committee == null ? null : committee.mainPeriod().map(Period::year).orElse(null);
        return ActionPlan.measures(workbook, year).stream().filter(m -> m.forYear(year)).toList();
    }

    /** The forecast round before the one the deviations use (see ForecastRounds), on the total row. */
    private static Previous previous(Table table, TableRow total, List<DeviationLine> lines) {
        Figure current = at(table, total, Scope.FULL_YEAR, lines);
        if (current == null) {
            return null;
        }
        return ForecastRounds.of(table).filter(r -> r.current().index() == current.outcome().col()).map(r -> {
            Column c = r.previous();
            CellData cell = total.cell(table.position(c));
            if (!cell.isNumeric()) {
                return null;
            }
            SourceCell prev = new SourceCell(table.sheetName(), total.row(), c.index(), cell.number());
            return new Previous(c.headerText().strip(), new Figure(current.label(), current.labelCell(), Scope.FULL_YEAR,
                    table.unit(), current.budget(), prev, null, current.favourableSign(),
                    current.live() && cell.type() == CellData.Type.NUMBER), r.previousMonth(),
                    r.previousMonth() == null ? c.period().forecastRound() : null, ForecastRounds.isPrevious(c));
        }).orElse(null);
    }

    /** "Socialnämnden" from a title such as "Ansvar: 5 - Socialnämnd" above the table; null when none names a committee. */
    private static String committeeName(LocatedWorkbook workbook, Table table) {
        SheetGrid grid = workbook.sheets().stream().filter(g -> g.sheetName().equals(table.sheetName())).findFirst().orElse(null);
        if (grid == null) {
            return null;
        }
        for (int r = Math.max(0, table.headerTopRow() - 4); r < table.headerTopRow(); r++) {
            for (int c = 0; c < grid.rowWidth(r); c++) {
                CellData cell = grid.get(r, c);
                String name = cell.hasText() ? committeeIn(cell.text()) : null;
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A committee's full name, coordinated ones included ("Kultur- och fritidsnämnden"); "Nämnd" alone is no name. */
    private static final Pattern COMMITTEE = Pattern.compile(
            "(?<![\\p{L}-])((?:\\p{L}+-,?\\s+(?:\\p{L}+-,?\\s+)*och\\s+)?\\p{L}+(?:nämnd(?:en)?|styrelsen?))(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The committee named in a title, in its definite form and capitalised; null when the text names none. */
    static String committeeIn(String text) {
        Matcher m = COMMITTEE.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        String lower = name.toLowerCase(Locale.ROOT);
        String definite = lower.endsWith("nämnd") ? name + "en" : lower.endsWith("styrelse") ? name + "n" : name;
        return Character.toUpperCase(definite.charAt(0)) + definite.substring(1);
    }

    static boolean startsWith(String label, String prefix) {
        return label != null && label.strip().toLowerCase(Locale.ROOT).startsWith(prefix);
    }
}
