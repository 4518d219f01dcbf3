package se.rapportkoll.locate;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out which rows each total covers. A named total (Summa, Totalt, Netto) covers the rows
 * above it, taking subtotals whole and skipping "Varav" rows, headings and group headings; an
 * unnamed row is a subtotal (Socialkontor) when it adds up the rows directly above it in most
 * columns. Where a shorter run of rows explains more columns than the whole run, the shorter wins.
 */
final class TotalInference {

    private TotalInference() {
    }

    static Table infer(Table draft, Vocabulary vocabulary) {
        if (draft.kind() == TableKind.PRICES) {
            return draft; // prices do not add up down a table
        }
        List<TableRow> rows = new ArrayList<>(draft.rows());
        boolean[] consumed = new boolean[rows.size()];
        List<TotalGroup> totals = new ArrayList<>();
        List<Integer> summable = new ArrayList<>();
        for (int i = 0; i < draft.columns().size(); i++) {
            if (draft.columns().get(i).kind().isSummable()) {
                summable.add(i);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            boolean named = row.kind() == RowKind.TOTAL;
            if (!named && (row.kind() != RowKind.PART || isGroupChild(rows, i))) {
                continue;
            }
            List<Integer> natural = naturalParts(rows, consumed, i, !named);
            if (named && natural.isEmpty()) {
                natural = partsBelow(rows, i); // "Totalt" written above its parts
            }
            if (natural.isEmpty() || (!named && natural.size() < 2)) {
                continue;
            }
            Vote best = null;
            // runs ending just above the row, longer and longer: their sums grow by one row a step
            SumCheck[] checks = new SumCheck[summable.size()];
            for (int k = 0; k < checks.length; k++) {
                checks[k] = new SumCheck(0, 0, 0, row.cell(summable.get(k)));
            }
            for (int start = natural.size() - 1; start >= 0; start--) {
                TableRow part = rows.get(natural.get(start));
                for (int k = 0; k < checks.length; k++) {
                    checks[k] = checks[k].plus(part.cell(summable.get(k)), 1);
                }
                if (!named && natural.size() - start < 2) {
                    continue;
                }
                Vote vote = vote(start, checks);
                if (best == null || vote.matches >= best.matches) {
                    best = vote; // ties go to the longer run
                }
            }
            if (best == null) {
                continue;
            }
            if (!named && (best.matches < Math.max(2, (summable.size() + 1) / 2) || best.matches <= best.mismatches)) {
                continue;
            }
            if (!named) {
                rows.set(i, row.withKind(RowKind.SUBTOTAL));
            }
            List<Integer> sheetRows = new ArrayList<>();
            for (int p : natural.subList(best.start, natural.size())) {
                consumed[p] = true;
                sheetRows.add(rows.get(p).row());
            }
            totals.add(new TotalGroup(row.row(), List.copyOf(sheetRows)));
        }
        return new Table(draft.sheetName(), draft.sheetIndex(), draft.title(), draft.headerTopRow(), draft.headerRow(),
                draft.labelColumn(), draft.columns(), List.copyOf(rows), draft.unit(), List.copyOf(totals),
                draft.convention(), draft.revenueRows());
    }

    private static boolean isGroupChild(List<TableRow> rows, int i) {
        return i > 0 && rows.get(i - 1).kind() == RowKind.GROUP_HEADING;
    }

    /** Rows above {@code i} that a total there would add up, top to bottom (indexes into rows). */
    private static List<Integer> naturalParts(List<TableRow> rows, boolean[] consumed, int i, boolean stopAtStructure) {
        List<Integer> parts = new ArrayList<>();
        for (int j = i - 1; j >= 0; j--) {
            if (consumed[j]) {
                continue;
            }
            TableRow r = rows.get(j);
            switch (r.kind()) {
                case PART_OF, CHANGE -> {
                    continue;
                }
                case HEADING, GROUP_HEADING -> {
                    if (stopAtStructure) {
                        return reversed(parts);
                    }
                    continue;
                }
                case TOTAL, SUBTOTAL -> {
                    if (stopAtStructure) {
                        return reversed(parts);
                    }
                    parts.add(j);
                }
                case PART -> {
                    if (stopAtStructure && isGroupChild(rows, j)) {
                        return reversed(parts);
                    }
                    parts.add(j);
                }
                default -> {
                }
            }
        }
        return reversed(parts);
    }

    /** The parts rows directly below a total that has none above it, up to the next total or heading. */
    private static List<Integer> partsBelow(List<TableRow> rows, int i) {
        List<Integer> parts = new ArrayList<>();
        for (int j = i + 1; j < rows.size(); j++) {
            RowKind kind = rows.get(j).kind();
            if (kind == RowKind.TOTAL || kind == RowKind.HEADING) {
                break;
            }
            if (kind == RowKind.PART) {
                parts.add(j);
            }
        }
        return parts;
    }

    private static List<Integer> reversed(List<Integer> list) {
        List<Integer> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    /** The run of the natural parts from {@code start} to their end, and how many columns it explains. */
    private record Vote(int start, int matches, int mismatches) {
    }

    private static Vote vote(int start, SumCheck[] checks) {
        int matches = 0;
        int mismatches = 0;
        for (SumCheck check : checks) {
            // a column of zeros adds up whatever the rows are: it is no evidence of a total
            boolean zeros = check.comparable() && check.stated().number() == 0 && check.sum() == 0;
            if (check.comparable() && !zeros) {
                if (check.agrees()) {
                    matches++;
                } else {
                    mismatches++;
                }
            }
        }
        return new Vote(start, matches, mismatches);
    }
}
