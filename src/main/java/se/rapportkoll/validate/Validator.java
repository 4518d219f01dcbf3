package se.rapportkoll.validate;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.Convention;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.DeviationLink;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.HeaderParser;
import se.rapportkoll.locate.Period;
import se.rapportkoll.locate.Vocabulary;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.locate.SumCheck;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.locate.TotalGroup;
import se.rapportkoll.locate.Unit;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;
import se.rapportkoll.model.CellRef;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks located tables: deviation columns against their operands, totals against their parts,
 * numbers stored as text, formula errors, periods, empty required cells, unplaced tables.
 * Rounding is tolerated (half a rounding step per summed figure); anything beyond is reported.
 */
public final class Validator {

    private final Messages messages;

    public Validator(Messages messages) {
        this.messages = messages;
    }

    /** A finding whose message is the text for {@code key} and whose detail is that for {@code key.detail}. */
    private Finding finding(Severity severity, String rule, String sheet, String cell, Double expected, Double actual,
                            String expectedFormula, String key, Object... args) {
        return new Finding(severity, rule, sheet, cell, messages.get(key, args), messages.detail(key, args),
                expected, actual, expectedFormula);
    }

    public List<Finding> validate(LocatedWorkbook workbook) {
        return validate(workbook, List.of());
    }

    /**
     * As {@link #validate(LocatedWorkbook)}, and the totals of tables other locators found (the
     * monthly tables of the forecast), which are no report tables but add up like any table.
     */
    public List<Finding> validate(LocatedWorkbook workbook, List<Table> otherTables) {
        List<Finding> findings = new ArrayList<>();
        ErrorCauses errors = new ErrorCauses(workbook);
        for (Table table : workbook.tables()) {
            textNumbers(table, findings);
            periods(table, findings);
            deviations(table, errors, findings);
            totals(table, errors, findings);
            deviationsOfWrongTotals(table, findings);
            requiredCells(table, findings);
            if (table.unit() == Unit.UNKNOWN) {
                findings.add(finding(Severity.INFO, Rules.UNIT_MISSING, table.sheetName(), headerCell(table, table.labelColumn()),
                        null, null, null, "finding.unitMissing", headerCell(table, table.labelColumn()), table.displayName()));
            }
        }
        for (Table table : otherTables) {
            totals(table, errors, findings);
        }
        reportPeriods(workbook, findings);
        crossTable(workbook.tables(), findings); // over an error value it is not made; the error names its own consequences
        findings.addAll(errors.findings(messages));
        for (LocatedWorkbook.UnplacedBlock block : workbook.unplaced()) {
            int rows = CellRef.parse(block.range().substring(block.range().indexOf(':') + 1)).row()
                    - CellRef.parse(block.firstCell()).row() + 1;
            findings.add(finding(Severity.WARNING, Rules.UNPLACED_TABLE, block.sheetName(), block.firstCell(),
                    null, null, null, "finding.unplaced", block.range(), rows));
        }
        if (workbook.tables().isEmpty()) {
            findings.add(finding(Severity.WARNING, Rules.NO_TABLE, null, null, null, null, null, "finding.noTable"));
        }
        return sorted(withoutDoubles(findings), workbook);
    }

    /**
     * A wrong deviation on a total row is usually also a wrong total of the deviations above it,
     * expecting the same figure: one wrong cell gets one finding.
     */
    private static List<Finding> withoutDoubles(List<Finding> findings) {
        List<Finding> deviations = findings.stream().filter(f -> f.rule().equals(Rules.DEVIATION)).toList();
        return findings.stream().filter(f -> !(f.rule().equals(Rules.TOTAL) && deviations.stream().anyMatch(d ->
                d.sheet().equals(f.sheet()) && d.cell().equals(f.cell()) && Math.abs(d.expected() - f.expected()) < 1e-6)))
                .toList();
    }

    /** Errors first, then warnings, then info; within each, in sheet and cell order. */
    public static List<Finding> sorted(List<Finding> findings, LocatedWorkbook workbook) {
        Map<String, Integer> sheetOrder = workbook.sheets().stream()
                .collect(Collectors.toMap(SheetGrid::sheetName, SheetGrid::sheetIndex, (a, b) -> a));
        return findings.stream().sorted(Comparator.comparing(Finding::severity)
                        .thenComparing(f -> f.sheet() == null ? -1 : sheetOrder.getOrDefault(f.sheet(), Integer.MAX_VALUE))
                        .thenComparingLong(Finding::cellOrder))
                .toList();
    }

    private void textNumbers(Table table, List<Finding> findings) {
        for (TableRow row : table.rows()) {
            for (CellData cell : row.cells()) {
                if (cell.type() == CellData.Type.TEXT_NUMBER) {
                    findings.add(finding(Severity.WARNING, Rules.NUMBER_AS_TEXT, table.sheetName(), cell.address(),
                            null, cell.number(), null, "finding.textNumber", cell.address(), cell.text(), messages.number(cell.number())));
                }
            }
        }
    }

    private void periods(Table table, List<Finding> findings) {
        Period main = table.mainPeriod().orElse(null);
        if (main == null || !main.isPartOfYear()) {
            return;
        }
        java.util.Set<ColumnKind> series = monthSeries(table);
        for (Column column : table.columns()) {
            Period p = column.period();
            if (series.contains(column.kind())) {
                continue; // "Ack utfall 2025-08 | 2025-09 | 2025-10": a column per month, each its own period
            }
            boolean periodColumn = p.isPartOfYear() && List.of(ColumnKind.BUDGET, ColumnKind.ACTUAL, ColumnKind.DEVIATION,
                    ColumnKind.PERCENT).contains(column.kind());
            if (!periodColumn) {
                continue;
            }
            boolean yearDiffers = !column.priorYear() && p.year() != null && main.year() != null && !p.year().equals(main.year());
            if (!p.sameMonths(main) || yearDiffers) {
                String cell = headerCell(table, column.index());
                String expected = column.priorYear() ? new Period(p.year(), main.fromMonth(), main.toMonth(), false, null, null).display() : main.display();
                findings.add(finding(Severity.WARNING, Rules.PERIOD, table.sheetName(), cell,
                        null, null, null, "finding.period", cell, column.headerText(), p.display(), expected));
            }
        }
    }

    /**
     * A table whose columns agree on a part of the year that its title, or else every other table
     * of the report, contradicts: one finding at its budget header (its columns were checked
     * against each other above). Month series and full-year tables have no such period.
     */
    private void reportPeriods(LocatedWorkbook workbook, List<Finding> findings) {
        HeaderParser parser = new HeaderParser(Vocabulary.standard());
        List<Table> dated = workbook.tables().stream().filter(t -> t.mainPeriod().filter(Period::isPartOfYear).isPresent()
                && !monthSeries(t).contains(ColumnKind.BUDGET)).toList();
        for (Table table : dated) {
            Period main = table.mainPeriod().orElseThrow();
            Period title = table.title() == null ? null : parser.periodIn(table.title());
            String cell = table.columns().stream().filter(c -> c.kind() == ColumnKind.BUDGET && c.period().equals(main))
                    .findFirst().map(c -> headerCell(table, c.index())).orElseThrow();
            if (title != null && title.isPartOfYear()) {
                if (!samePeriod(main, title)) {
                    findings.add(finding(Severity.WARNING, Rules.PERIOD, table.sheetName(), cell,
                            null, null, null, "finding.periodTitle", cell, table.displayName(), main.display(), title.display()));
                }
                continue;
            }
            List<Period> others = dated.stream().filter(t -> t != table).map(t -> t.mainPeriod().orElseThrow()).toList();
            if (others.size() >= 2 && others.stream().allMatch(p -> samePeriod(p, others.get(0))) && !samePeriod(main, others.get(0))) {
                findings.add(finding(Severity.WARNING, Rules.PERIOD, table.sheetName(), cell,
                        null, null, null, "finding.periodOthers", cell, table.displayName(), main.display(), others.get(0).display()));
            }
        }
    }

    private static boolean samePeriod(Period a, Period b) {
        return a.sameMonths(b) && (a.year() == null || b.year() == null || a.year().equals(b.year()));
    }

    /** Kinds of column the table has one of per month (three or more ending in different months). */
    private static java.util.Set<ColumnKind> monthSeries(Table table) {
        Map<ColumnKind, java.util.Set<Integer>> ends = new java.util.EnumMap<>(ColumnKind.class);
        for (Column column : table.columns()) {
            if (column.period().isPartOfYear() && !column.priorYear()) {
                ends.computeIfAbsent(column.kind(), k -> new java.util.HashSet<>()).add(column.period().toMonth());
            }
        }
        java.util.Set<ColumnKind> series = java.util.EnumSet.noneOf(ColumnKind.class);
        ends.forEach((kind, months) -> {
            if (months.size() >= 3) {
                series.add(kind);
            }
        });
        return series;
    }

    private void deviations(Table table, ErrorCauses errors, List<Finding> findings) {
        for (Column unpaired : DeviationLink.unpaired(table)) {
            String cell = headerCell(table, unpaired.index());
            findings.add(finding(Severity.INFO, Rules.DEVIATION_UNPAIRED, table.sheetName(), cell,
                    null, null, null, "finding.deviationUnpaired", cell, unpaired.headerText()));
        }
        List<DeviationLink> links = DeviationLink.of(table);
        if (!links.isEmpty() && table.convention() != Convention.defaultFor(table.kind())) {
            // the table's own convention, told once: its rows are checked and shown under it
            String cell = headerCell(table, links.get(0).deviation().index());
            findings.add(finding(Severity.INFO, Rules.SIGN_CONVENTION, table.sheetName(), cell, null, null, null,
                    "finding.signConvention." + table.convention().id(), cell, table.displayName(),
                    messages.get("finding.signConvention.operand." + links.get(0).outcome().kind().name().toLowerCase(java.util.Locale.ROOT))));
        }
        for (DeviationLink link : links) {
            if (link.periodised()) {
                // told once, at the column: its rows are checked against the periodised budget
                String cell = headerCell(table, link.deviation().index());
                findings.add(finding(Severity.INFO, Rules.DEVIATION_PERIODISED, table.sheetName(), cell, null, null, null,
                        "finding.deviationPeriodised", cell, link.deviation().headerText(), link.budgetMonths(),
                        link.budget().headerText()));
            }
            int flip = link.observedFlip(table);
            List<TableRow> rows = table.rows().stream()
                    .filter(r -> r.kind() != RowKind.HEADING && r.kind() != RowKind.CHANGE)
                    .toList();
            for (TableRow row : rows) {
                SumCheck check = link.check(table, row, link.sign(table, row, flip));
                errors.unchecked(table.sheetName(), check.errorCells(), table.sheetName(), check.stated().address());
            }
            List<TableRow> checked = rows.stream().filter(r -> link.check(table, r, link.sign(table, r, flip)).comparable()).toList();
            if (flip < 0) {
                String cell = headerCell(table, link.deviation().index());
                if (link.statesNegativeFavourable()) {
                    findings.add(finding(Severity.INFO, Rules.SIGN_CONVENTION, table.sheetName(), cell,
                            null, null, null, "finding.signConventionColumn", cell, link.deviation().headerText()));
                } else {
                    int tableSign = table.convention().statedSign(false);
                    long agreeing = checked.stream().filter(r -> link.check(table, r, link.sign(table, r, flip)).agrees()).count();
                    findings.add(finding(Severity.WARNING, Rules.DEVIATION_CONVENTION, table.sheetName(), cell, null, null, null,
                            "finding.deviationConvention", cell, link.deviation().headerText(), conventionText(-tableSign),
                            agreeing, checked.size(), conventionText(tableSign)));
                }
            }
            for (TableRow row : checked) {
                int sign = link.sign(table, row, flip);
                SumCheck check = link.check(table, row, sign);
                if (check.agrees()) {
                    continue;
                }
                CellData stated = check.stated();
                String formula = link.formula(table.sheetName(), row.row(), sign);
                String budget = "\"" + link.budget().headerText() + "\"" + (link.periodised() ? " × " + link.budgetMonths() + "/12" : "");
                String outcome = "\"" + link.outcome().headerText() + "\"";
                String how = (sign > 0 ? outcome + " − " + budget : budget + " − " + outcome) + " (" + localFormula(formula) + ")";
                findings.add(finding(Severity.ERROR, Rules.DEVIATION, table.sheetName(), stated.address(),
                        check.sum(), stated.number(), formula, "finding.deviation", stated.address(), link.deviation().headerText(),
                        row.label(), how, messages.number(check.sum()), messages.number(stated.number()),
                        messages.number(check.difference())));
            }
        }
    }

    private void totals(Table table, ErrorCauses errors, List<Finding> findings) {
        Function<Integer, TableRow> rowAt = r -> table.row(r).orElseThrow();
        for (TotalGroup group : table.totals()) {
            TableRow total = rowAt.apply(group.totalRow());
            for (int i = 0; i < table.columns().size(); i++) {
                Column column = table.columns().get(i);
                if (!column.kind().isSummable()) {
                    continue;
                }
                int pos = i;
                List<CellData> parts = group.partRows().stream().map(r -> rowAt.apply(r).cell(pos)).toList();
                if (parts.stream().anyMatch(c -> c.date() != null)) {
                    continue; // days are not added up: a column of dates under an amount's header
                }
                List<Integer> signs = new ArrayList<>();
                for (int p = 0; p < parts.size(); p++) {
                    signs.add(group.sign(p, column.kind()));
                }
                SumCheck check = SumCheck.of(parts, signs, total.cell(pos));
                errors.unchecked(table.sheetName(), check.errorCells(), table.sheetName(), check.stated().address());
                if (!check.comparable() || check.agrees()) {
                    continue;
                }
                CellData stated = check.stated();
                if (explainedByWrongDeviations(table, parts, check, findings)
                        || explainedByWrongSubtotals(table, group, pos, check, findings)) {
                    continue; // the parts' wrong deviations or totals are the cause: their findings name this cell
                }
                List<int[]> refs = group.partRows().stream().map(r -> new int[] {r, column.index()}).toList();
                String formula = Formulas.signedSum(table.sheetName(), refs, signs);
                String partsText = localFormula(Formulas.signedSum(null, refs, signs)).replaceFirst("^SUM\\((.*)\\)$", "$1");
                TableRow included = includedRow(table, group, pos, check);
                // a row counted in by mistake is what to do something about: the message names it
                String key = included != null ? "finding.totalIncludesRow" : signs.contains(-1) ? "finding.difference" : "finding.total";
                findings.add(finding(Severity.ERROR, Rules.TOTAL, table.sheetName(), stated.address(),
                        check.sum(), stated.number(), formula, key, stated.address(), column.headerText(), total.label(), partsText,
                        messages.number(check.sum()), messages.number(stated.number()), messages.number(check.difference()),
                        included == null ? null : included.label(), included == null ? null : included.cell(pos).address()));
            }
        }
    }

    /**
     * A deviation column's total that would agree if the parts' wrong deviations (already found)
     * were right: one cause, one finding. The parts' findings are told that the total is off too.
     */
    private boolean explainedByWrongDeviations(Table table, List<CellData> parts, SumCheck check, List<Finding> findings) {
        List<Integer> causes = new ArrayList<>();
        double delta = 0;
        for (CellData part : parts) {
            for (int k = 0; k < findings.size(); k++) {
                Finding f = findings.get(k);
                if (f.rule().equals(Rules.DEVIATION) && f.sheet().equals(table.sheetName()) && f.cell().equals(part.address())) {
                    causes.add(k);
                    delta += f.actual() - f.expected();
                }
            }
        }
        if (causes.isEmpty() || Math.abs(check.stated().number() - (check.sum() - delta)) > check.tolerance() + 1e-7) {
            return false;
        }
        for (int k : causes) {
            findings.set(k, withConsequence(findings.get(k), messages.get("finding.consequenceTotal", check.stated().address())));
        }
        return true;
    }

    /**
     * A total that is right for its parts as they should be: a part is a wrong subtotal (already
     * found) and this total agrees with the figure that part should have. Its finding names this cell.
     */
    private boolean explainedByWrongSubtotals(Table table, TotalGroup group, int pos, SumCheck check, List<Finding> findings) {
        List<Integer> causes = new ArrayList<>();
        double delta = 0;
        for (int p = 0; p < group.partRows().size(); p++) {
            CellData part = table.row(group.partRows().get(p)).orElseThrow().cell(pos);
            int t = indexOf(findings, Rules.TOTAL, table.sheetName(), part.address());
            if (t >= 0) {
                causes.add(t);
                delta += group.sign(p, table.columns().get(pos).kind()) * (findings.get(t).expected() - findings.get(t).actual());
            }
        }
        // the parts' corrected figures are sums of rounded figures themselves: half a step per row at most
        double tolerance = check.tolerance() + 0.5 * check.stated().roundingStep() * table.rows().size();
        if (causes.isEmpty() || Math.abs(check.stated().number() - (check.sum() + delta)) > tolerance + 1e-7) {
            return false;
        }
        for (int t : causes) {
            findings.set(t, withConsequence(findings.get(t), messages.get("finding.consequenceTotal", check.stated().address())));
        }
        return true;
    }

    /** A row outside the total's parts whose figure is the total's difference: most likely counted in by mistake. */
    private static TableRow includedRow(Table table, TotalGroup group, int pos, SumCheck check) {
        double difference = check.difference();
        for (TableRow row : table.rows()) {
            CellData cell = row.cell(pos);
            if (row.row() == group.totalRow() || group.partRows().contains(row.row()) || !cell.isNumeric() || cell.number() == 0
                    || row.kind() == RowKind.HEADING || row.kind() == RowKind.CHANGE) {
                continue;
            }
            if (Math.abs(cell.number() - difference) <= check.tolerance() + 0.5 * cell.roundingStep() + 1e-7) {
                return row;
            }
        }
        return null;
    }

    /**
     * A deviation on a total row that only disagrees because the total's outcome or budget is a wrong
     * total (the deviation agrees with the figure the parts add up to): reported in the total's finding.
     */
    private void deviationsOfWrongTotals(Table table, List<Finding> findings) {
        Map<String, java.util.Set<String>> consequences = new java.util.LinkedHashMap<>(); // cause cell -> deviation cells
        for (DeviationLink link : DeviationLink.of(table)) {
            int flip = link.observedFlip(table);
            for (TableRow row : table.rows()) {
                String devCell = row.cell(table.position(link.deviation())).address();
                int d = indexOf(findings, Rules.DEVIATION, table.sheetName(), devCell);
                // or the deviation column's total, off because the row's deviation was computed from the wrong total
                boolean columnTotal = d < 0;
                if (columnTotal) {
                    d = indexOf(findings, Rules.TOTAL, table.sheetName(), devCell);
                }
                if (d < 0) {
                    continue;
                }
                int sign = link.sign(table, row, flip);
                Finding deviation = findings.get(d);
                // a deviation finding expects sign · (outcome − budget) and finds the stated figure; a column
                // total finding expects the parts' sum: what the stated figure would be with right operands
                double corrected = columnTotal ? deviation.actual() : deviation.expected();
                double target = columnTotal ? deviation.expected() : deviation.actual();
                List<Integer> causes = new ArrayList<>();
                for (Column operand : List.of(link.outcome(), link.budget())) {
                    corrected += link.weight(operand, sign) * correction(table, row, operand, findings, causes, 0);
                }
                SumCheck own = link.check(table, row, sign);
                if (columnTotal && (causes.isEmpty() || !own.agrees())) {
                    continue; // the row's own deviation must follow from its (wrong) operands
                }
                // a column total's parts carry their own rounding, half a step each at most
                double tolerance = own.tolerance()
                        + (columnTotal ? 0.5 * own.stated().roundingStep() * table.rows().size() : 0);
                if (causes.isEmpty() || Math.abs(target - corrected) > tolerance + 1e-7) {
                    continue;
                }
                for (int t : causes) {
                    consequences.computeIfAbsent(findings.get(t).cell(), k -> new java.util.LinkedHashSet<>()).add(devCell);
                }
                findings.remove(d);
            }
        }
        // each cause names its deviations in one sentence (a wrong subtotal is often under two more totals)
        consequences.forEach((cause, cells) -> {
            int t = indexOf(findings, Rules.TOTAL, table.sheetName(), cause);
            List<String> list = List.copyOf(cells);
            String message = list.size() == 1 ? messages.get("finding.consequenceDeviation", list.get(0))
                    : messages.get("finding.consequenceDeviations", String.join(", ", list.subList(0, list.size() - 1)),
                    list.get(list.size() - 1));
            findings.set(t, withConsequence(findings.get(t), message));
        });
    }

    /**
     * How far a figure is from what it should be once the wrong totals found are right: its own
     * total's difference, and that of the subtotals it adds up (a grand total over a wrong committee
     * row is as wrong as that row). The findings that explain it are added to {@code causes}.
     */
    private static double correction(Table table, TableRow row, Column column, List<Finding> findings, List<Integer> causes,
                                     int depth) {
        double delta = 0;
        int pos = table.position(column);
        int t = indexOf(findings, Rules.TOTAL, table.sheetName(), row.cell(pos).address());
        if (t >= 0) {
            delta += findings.get(t).expected() - findings.get(t).actual();
            causes.add(t);
        }
        TotalGroup group = table.totalAt(row.row()).orElse(null);
        if (group != null && depth < table.rows().size()) {
            for (int p = 0; p < group.partRows().size(); p++) {
                TableRow part = table.row(group.partRows().get(p)).orElseThrow();
                delta += group.sign(p, column.kind()) * correction(table, part, column, findings, causes, depth + 1);
            }
        }
        return delta;
    }

    private static int indexOf(List<Finding> findings, String rule, String sheet, String cell) {
        for (int k = 0; k < findings.size(); k++) {
            Finding f = findings.get(k);
            if (f.rule().equals(rule) && sheet.equals(f.sheet()) && cell.equals(f.cell())) {
                return k;
            }
        }
        return -1;
    }

    /** A consequence is reasoning, not what to do: it goes into the detail. */
    private static Finding withConsequence(Finding f, String consequence) {
        return f.withDetail(consequence);
    }

    /**
     * Two tables with the same columns that show the same whole (Driftredovisning and the same
     * per verksamhet) must agree on its total. They are taken to be the same whole only when their
     * totals agree in at least half of the shared columns, so unrelated tables that happen to share
     * headers are left alone. Which table is wrong cannot be told: a warning at the stated total.
     */
    private void crossTable(List<Table> tables, List<Finding> findings) {
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                Table a = tables.get(i);
                Table b = tables.get(j);
                if (a.kind() != TableKind.AMOUNTS || b.kind() != TableKind.AMOUNTS || a.unit() != b.unit()) {
                    continue;
                }
                List<TableRow> topA = topLevel(a);
                List<TableRow> topB = topLevel(b);
                if (topA.size() != 1 && topB.size() != 1) {
                    continue;
                }
                boolean statedInB = topB.size() == 1;
                Table stated = statedInB ? b : a;
                Table summed = statedInB ? a : b;
                TableRow total = (statedInB ? topB : topA).get(0);
                List<TableRow> parts = statedInB ? topA : topB;
                List<Finding> differences = new ArrayList<>();
                Map<Integer, String> pending = new java.util.HashMap<>(); // consequences for the wrong totals' findings
                int shared = 0;
                int agreeing = 0;
                for (Column column : stated.columns()) {
                    Column other = sameHeader(summed, column);
                    if (other == null || !column.kind().isSummable()) {
                        continue;
                    }
                    shared++;
                    List<CellData> cells = parts.stream().map(r -> r.cell(summed.position(other))).toList();
                    SumCheck check = SumCheck.total(cells, total.cell(stated.position(column))).withStatedRounding();
                    if (!check.comparable()) {
                        continue;
                    }
                    if (check.agrees()) {
                        agreeing++;
                        continue;
                    }
                    CellData cell = check.stated();
                    if (explainedByWrongTotals(summed, parts, other, check, stated, findings, pending)
                            || explainedByOwnTotal(stated, cell, summed, parts, other, check, findings, pending)) {
                        agreeing++; // the tables agree once the wrong total is right: one cause, one finding
                        continue;
                    }
                    List<int[]> refs = parts.stream().map(r -> new int[] {r.row(), other.index()}).toList();
                    String formula = Formulas.sum(summed.sheetName(), refs);
                    String where = localFormula(Formulas.sum(summed.sheetName().equals(stated.sheetName()) ? null : summed.sheetName(), refs))
                            .replaceFirst("^SUM\\((.*)\\)$", "$1").replace(",", " + ");
                    differences.add(finding(Severity.WARNING, Rules.CROSS_TABLE, stated.sheetName(), cell.address(),
                            check.sum(), cell.number(), formula, "finding.crossTable", cell.address(), column.headerText(), total.label(),
                            messages.number(cell.number()), summed.displayName(), messages.number(check.sum()), where));
                }
                if (shared >= 2 && agreeing * 2 >= shared) {
                    pending.forEach((t, consequence) -> findings.set(t, withConsequence(findings.get(t), consequence)));
                    findings.addAll(differences);
                }
            }
        }
    }

    /** Whether the summed table's own wrong totals (already found) explain the disagreement; their findings then say so. */
    private boolean explainedByWrongTotals(Table summed, List<TableRow> parts, Column column, SumCheck check, Table stated,
                                           List<Finding> findings, Map<Integer, String> pending) {
        List<Integer> causes = new ArrayList<>();
        double delta = 0;
        List<DeviationLink> links = DeviationLink.of(summed);
        for (TableRow part : parts) {
            int t = indexOf(findings, Rules.TOTAL, summed.sheetName(), part.cell(summed.position(column)).address());
            if (t >= 0) {
                causes.add(t);
                delta += findings.get(t).actual() - findings.get(t).expected();
                continue;
            }
            // a deviation computed from the row's wrong totals is off by what they are
            for (DeviationLink link : links) {
                if (!link.deviation().equals(column)) {
                    continue;
                }
                int sign = link.sign(summed, part, link.observedFlip(summed));
                for (Column operand : List.of(link.outcome(), link.budget())) {
                    int o = indexOf(findings, Rules.TOTAL, summed.sheetName(), part.cell(summed.position(operand)).address());
                    if (o >= 0) {
                        causes.add(o);
                        delta += link.weight(operand, sign) * (findings.get(o).actual() - findings.get(o).expected());
                    }
                }
            }
        }
        // the corrected totals are sums of rounded parts themselves: half a step per row at most
        double tolerance = check.tolerance() + 0.5 * check.stated().roundingStep() * summed.rows().size();
        if (causes.isEmpty() || Math.abs(check.stated().number() - (check.sum() - delta)) > tolerance + 1e-7) {
            return false;
        }
        String where = stated.sheetName().equals(summed.sheetName()) ? check.stated().address()
                : stated.sheetName() + "!" + check.stated().address();
        for (int t : causes) {
            pending.merge(t, messages.get("finding.consequenceCrossTable", where, stated.displayName()), (a, b) -> a + " " + b);
        }
        return true;
    }

    /**
     * Whether the stated total is itself found wrong, and the figure its parts add up to is the summed
     * table's: the tables agree once it is right, and its finding says so.
     */
    private boolean explainedByOwnTotal(Table stated, CellData cell, Table summed, List<TableRow> parts, Column column,
                                        SumCheck check, List<Finding> findings, Map<Integer, String> pending) {
        int t = indexOf(findings, Rules.TOTAL, stated.sheetName(), cell.address());
        if (t < 0 || Math.abs(findings.get(t).expected() - check.sum()) > check.tolerance() + 0.5 * cell.roundingStep() * stated.rows().size() + 1e-7) {
            return false;
        }
        String where = parts.stream().map(r -> r.cell(summed.position(column)).address()).collect(Collectors.joining(", "));
        if (!summed.sheetName().equals(stated.sheetName())) {
            where = summed.sheetName() + "!" + where;
        }
        pending.merge(t, messages.get("finding.consequenceCrossTable", where, summed.displayName()), (a, b) -> a + " " + b);
        return true;
    }

    /** The rows that make up a table's whole: those no total covers, a group heading's child counted once. */
    private static List<TableRow> topLevel(Table table) {
        List<Integer> covered = table.totals().stream().flatMap(t -> t.partRows().stream()).toList();
        return table.rows().stream()
                .filter(r -> r.kind() == RowKind.PART || r.kind().isTotal())
                .filter(r -> !covered.contains(r.row()))
                .toList();
    }

    private static Column sameHeader(Table table, Column column) {
        String wanted = se.rapportkoll.locate.Vocabulary.normalise(column.headerText()).replace(" ", "");
        return table.columns().stream()
                .filter(c -> se.rapportkoll.locate.Vocabulary.normalise(c.headerText()).replace(" ", "").equals(wanted))
                .findFirst().orElse(null);
    }

    /** Utfall left empty where the row has a budget for the same period. */
    private void requiredCells(Table table, List<Finding> findings) {
        List<Column> seen = new ArrayList<>();
        for (DeviationLink link : DeviationLink.of(table)) {
            if (link.outcome().kind() != ColumnKind.ACTUAL || seen.contains(link.outcome())) {
                continue;
            }
            seen.add(link.outcome());
            for (TableRow row : table.rows()) {
                CellData budget = row.cell(table.position(link.budget()));
                CellData outcome = row.cell(table.position(link.outcome()));
                if (budget.isNumeric() && budget.number() != 0 && outcome.type() == CellData.Type.BLANK && !outcome.isFormula()) {
                    findings.add(finding(Severity.WARNING, Rules.REQUIRED_EMPTY, table.sheetName(), outcome.address(),
                            null, null, null, "finding.requiredEmpty", outcome.address(), link.outcome().headerText(), row.label(),
                            budget.address(), messages.number(budget.number())));
                }
            }
        }
    }

    private String conventionText(int sign) {
        return messages.get(sign > 0 ? "convention.outcomeMinusBudget" : "convention.budgetMinusOutcome");
    }

    private static String headerCell(Table table, int col) {
        return Formulas.ref(null, table.headerRow(), col);
    }

    /** A sheet-qualified formula shown without its sheet prefixes, for messages. */
    static String localFormula(String formula) {
        return formula.replaceAll("'(?:[^']|'')*'!", "");
    }
}
