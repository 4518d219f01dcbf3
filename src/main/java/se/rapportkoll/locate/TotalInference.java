package se.rapportkoll.locate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Works out which rows each total covers. The layout states the hierarchy: Excel's outline levels,
 * indentation and bold (a committee row over its indented units, a bold Socialkontor under its
 * units), and names (Summa, Totalt, Netto); the arithmetic is the evidence. A row is a total
 * because the two agree, never because its numbers happen to add up in most columns.
 * <ol>
 * <li>"Varav" rows that add up to the row above them are its parts (Netto = varav kostnader +
 * varav intäkter); ones that do not are never parts of anything.</li>
 * <li>A row the layout puts over deeper rows (outline level, indentation, or bold over lighter
 * rows) covers those rows when they add up to it: totals above their parts, innermost first.</li>
 * <li>A named total covers the rows above it, taking subtotals whole; an unnamed row is a subtotal
 * of the rows directly above it when they add up to it in most columns and the layout sets it off
 * from them (where the table's layout states nothing, only when they add up in every column). A
 * named total in a table of positive figures may be a difference row (Nettokostnad = Kostnader −
 * Intäkter) when that explains more columns. A named total with nothing above covers the rows below.
 * Where a shorter run of rows explains more columns than the whole run, the shorter wins.</li>
 * </ol>
 */
final class TotalInference {

    private TotalInference() {
    }

    static Table infer(Table draft, Vocabulary vocabulary) {
        if (draft.kind() == TableKind.PRICES) {
            return draft; // prices do not add up down a table
        }
        Inference inference = new Inference(draft);
        inference.varavParts();
        inference.totalsAbove();
        inference.totalsBelow();
        return new Table(draft.sheetName(), draft.sheetIndex(), draft.title(), draft.headerTopRow(), draft.headerRow(),
                draft.labelColumn(), draft.columns(), List.copyOf(inference.rows), draft.unit(), List.copyOf(inference.totals),
                draft.convention(), draft.revenueRows());
    }

    /** The run of parts from {@code start} to the end of a candidate list, and how many columns it explains. */
    private record Vote(int start, int matches, int mismatches, boolean difference) {
    }

    private static final class Inference {

        private final Table draft;
        private final List<TableRow> rows;
        private final boolean[] consumed;
        private final List<TotalGroup> totals = new ArrayList<>();
        private final List<Integer> summable = new ArrayList<>();
        /** The summable columns' positions, and which of them are deviations, as arrays for the sums' inner loops. */
        private final int[] columns;
        private final boolean[] deviation;
        /** Whether the table's layout sets any row off from the others (bold, indented, grouped). */
        private final boolean styled;

        Inference(Table draft) {
            this.draft = draft;
            this.rows = new ArrayList<>(draft.rows());
            this.consumed = new boolean[rows.size()];
            for (int i = 0; i < draft.columns().size(); i++) {
                if (draft.columns().get(i).kind().isSummable()) {
                    summable.add(i);
                }
            }
            columns = summable.stream().mapToInt(Integer::intValue).toArray();
            deviation = new boolean[columns.length];
            for (int k = 0; k < columns.length; k++) {
                deviation[k] = isDeviation(k);
            }
            headingsWithoutFigures();
            this.styled = rows.stream().anyMatch(r -> r.bold() || r.depth() > 0 || r.outlineLevel() > 0);
        }

        /**
         * "Netto per verksamhetsområde" without figures and with nothing above it to add up: a heading
         * over the rows below, not a total to fill (a total left empty has its parts above it).
         */
        private void headingsWithoutFigures() {
            boolean partsAbove = false;
            for (int i = 0; i < rows.size(); i++) {
                TableRow row = rows.get(i);
                if (row.kind() == RowKind.TOTAL && !hasFigures(row) && !partsAbove) {
                    rows.set(i, row.withKind(RowKind.HEADING));
                }
                partsAbove |= row.kind() == RowKind.PART;
            }
        }

        private boolean hasFigures(TableRow row) {
            return summable.stream().map(row::cell).anyMatch(c -> c.isNumeric() || c.isFormula() || c.type() == CellData.Type.ERROR);
        }

        /** Two or more varav rows directly under a row that add up to it. */
        void varavParts() {
            for (int i = 0; i < rows.size(); i++) {
                List<Integer> varav = new ArrayList<>();
                for (int j = i + 1; j < rows.size() && rows.get(j).kind() == RowKind.PART_OF; j++) {
                    varav.add(j);
                }
                TableRow row = rows.get(i);
                if (varav.size() < 2 || row.kind() == RowKind.PART_OF || row.kind() == RowKind.HEADING) {
                    continue;
                }
                Vote vote = vote(row, varav);
                if (mostly(vote)) {
                    totals.add(group(row, varav, 0, plainSigns(varav.size())));
                }
                i += varav.size();
            }
        }

        /** Rows over deeper rows that add up to them, from the bottom up so that inner totals come first. */
        void totalsAbove() {
            for (int i = rows.size() - 1; i >= 0; i--) {
                TableRow row = rows.get(i);
                if (row.kind() != RowKind.PART && row.kind() != RowKind.TOTAL) {
                    continue;
                }
                List<Integer> below = new ArrayList<>();
                boolean structural = true;
                for (int j = i + 1; j < rows.size(); j++) {
                    TableRow r = rows.get(j);
                    int depth = deeper(row, r);
                    if (r.kind() == RowKind.PART_OF || r.kind() == RowKind.CHANGE || r.kind() == RowKind.HEADING) {
                        continue; // a group heading inside the run ("Verksamheter") has no figures to add
                    }
                    if (depth == 0) {
                        break;
                    }
                    if (consumed[j]) {
                        continue; // a part of an inner total, which is itself in the run
                    }
                    structural &= depth == 2;
                    below.add(j);
                }
                boolean named = row.kind() == RowKind.TOTAL;
                if (below.isEmpty() || (!named && below.size() < 2)) {
                    continue;
                }
                Vote vote = vote(row, below);
                // outline levels and indentation state the run; bold alone only with most columns agreeing
                boolean agrees = structural ? vote.matches() >= 1 && vote.matches() > vote.mismatches() : mostly(vote);
                boolean accepted = agrees && !betterAbove(i, vote);
                if (accepted) {
                    if (!named) {
                        rows.set(i, row.withKind(RowKind.SUBTOTAL));
                    }
                    for (int p : below) {
                        consumed[p] = true;
                    }
                    totals.add(group(rows.get(i), below, 0, plainSigns(below.size())));
                }
            }
        }

        /**
         * Whether the rows directly above add up to the row at least as well as the ones below: a total
         * under its parts (for an unnamed row, only the rows the layout puts under it count).
         */
        private boolean betterAbove(int i, Vote below) {
            boolean named = rows.get(i).kind() == RowKind.TOTAL;
            List<Integer> lighter = new ArrayList<>();
            for (int p : naturalParts(i, true)) {
                if (named || deeper(rows.get(i), rows.get(p)) > 0) {
                    lighter.add(p);
                }
            }
            if (lighter.size() < 2) {
                return false;
            }
            Vote vote = vote(rows.get(i), lighter);
            return vote.matches() >= below.matches();
        }

        /** Totals of the rows above them (and named totals with nothing above: of the rows below). */
        void totalsBelow() {
            for (int i = 0; i < rows.size(); i++) {
                TableRow row = rows.get(i);
                boolean named = row.kind() == RowKind.TOTAL;
                if (!named && (row.kind() != RowKind.PART || isGroupChild(i) || consumed[i])) {
                    continue;
                }
                if (named && totals.stream().anyMatch(t -> t.totalRow() == row.row() && !isVarav(t))) {
                    continue; // already a total of the rows below it
                }
                List<Integer> natural = naturalParts(i, !named);
                boolean hasVarav = totals.stream().anyMatch(t -> t.totalRow() == row.row());
                if (named && natural.isEmpty() && !hasVarav) {
                    natural = partsBelow(i); // "Totalt" written above its parts
                }
                if (natural.isEmpty() || (!named && natural.size() < 2)) {
                    continue;
                }
                // runs ending just above the row, longer and longer: their sums grow by one row a step
                List<Integer> difference = named ? differenceSigns(natural) : null;
                Sums plain = new Sums(row);
                Sums net = new Sums(row);
                Vote best = null;
                for (int start = natural.size() - 1; start >= 0; start--) {
                    TableRow part = rows.get(natural.get(start));
                    for (int k = 0; k < columns.length; k++) {
                        plain.plus(k, part.cell(columns[k]), 1);
                        if (difference != null) {
                            net.plus(k, part.cell(columns[k]), deviation[k] ? 1 : difference.get(start));
                        }
                    }
                    if (!named && natural.size() - start < 2) {
                        continue;
                    }
                    Vote vote = vote(start, plain, false);
                    if (difference != null && hasBoth(natural, start, difference)) {
                        Vote d = vote(start, net, true);
                        if (d.matches() > vote.matches()) {
                            vote = d;
                        }
                    }
                    if (best == null || vote.matches() >= best.matches()) {
                        best = vote; // ties go to the longer run
                    }
                }
                if (best == null) {
                    continue;
                }
                if (!named && !subtotalStated(i, natural.subList(best.start(), natural.size()), best)) {
                    continue;
                }
                if (!named) {
                    rows.set(i, row.withKind(RowKind.SUBTOTAL));
                }
                List<Integer> parts = natural.subList(best.start(), natural.size());
                for (int p : parts) {
                    consumed[p] = true;
                }
                totals.add(group(rows.get(i), natural, best.start(), best.difference() ? difference : plainSigns(natural.size())));
            }
        }

        /**
         * An unnamed row is a subtotal when the rows add up to it in most columns and the layout sets it
         * off from them. Where the layout states nothing, only when they add up in every column, or in
         * most when the row closes its block (nothing but a named total after it): a part that happens to
         * add up has more parts after it.
         */
        private boolean subtotalStated(int i, List<Integer> parts, Vote vote) {
            if (!mostly(vote)) {
                return false;
            }
            if (!styled) {
                return vote.matches() >= 2 && (vote.mismatches() == 0 || closesBlock(i));
            }
            TableRow row = rows.get(i);
            return parts.stream().allMatch(p -> deeper(row, rows.get(p)) > 0);
        }

        private boolean closesBlock(int i) {
            for (int j = i + 1; j < rows.size(); j++) {
                RowKind kind = rows.get(j).kind();
                if (kind != RowKind.PART_OF && kind != RowKind.CHANGE) {
                    return kind == RowKind.TOTAL;
                }
            }
            return true;
        }

        private boolean isVarav(TotalGroup group) {
            return group.partRows().stream().allMatch(r -> draft.row(r).map(t -> t.kind() == RowKind.PART_OF).orElse(false));
        }

        /**
         * How the layout puts {@code part} under {@code total}: 2 when it is deeper in the outline or
         * indented further, 1 when only lighter (not bold under a bold row), 0 when not under it.
         */
        private static int deeper(TableRow total, TableRow part) {
            if (part.outlineLevel() != total.outlineLevel()) {
                return part.outlineLevel() > total.outlineLevel() ? 2 : 0;
            }
            if (part.depth() != total.depth()) {
                return part.depth() > total.depth() ? 2 : 0;
            }
            return total.bold() && !part.bold() ? 1 : 0;
        }

        /** The rows' signs for Kostnader − Intäkter: the revenue rows subtracted. */
        private List<Integer> differenceSigns(List<Integer> natural) {
            List<Integer> signs = new ArrayList<>();
            for (int p : natural) {
                signs.add(draft.revenueRows().contains(rows.get(p).row()) ? -1 : 1);
            }
            return signs;
        }

        /** Whether the run from {@code start} has revenue rows and other rows: only then is it a difference. */
        private static boolean hasBoth(List<Integer> natural, int start, List<Integer> signs) {
            List<Integer> run = signs.subList(start, natural.size());
            return run.contains(-1) && run.contains(1);
        }

        private boolean isDeviation(int k) {
            return draft.columns().get(summable.get(k)).kind() == ColumnKind.DEVIATION;
        }

        /** Agreeing in at least half the summable columns (two at least, where there are two) and more than disagreeing. */
        private boolean mostly(Vote vote) {
            int needed = Math.min(Math.max(2, (summable.size() + 1) / 2), summable.size());
            return vote.matches() >= needed && vote.matches() > vote.mismatches();
        }

        private TotalGroup group(TableRow total, List<Integer> parts, int start, List<Integer> signs) {
            List<Integer> sheetRows = new ArrayList<>();
            for (int p : parts.subList(start, parts.size())) {
                sheetRows.add(rows.get(p).row());
            }
            return new TotalGroup(total.row(), List.copyOf(sheetRows), List.copyOf(signs.subList(start, signs.size())));
        }

        private boolean isGroupChild(int i) {
            return i > 0 && rows.get(i - 1).kind() == RowKind.GROUP_HEADING;
        }

        /** Rows above {@code i} that a total there would add up, top to bottom (indexes into rows). */
        private List<Integer> naturalParts(int i, boolean stopAtStructure) {
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
                        if (stopAtStructure && isGroupChild(j)) {
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

        /** The rows directly below a total that has none above it, subtotals whole, up to the next total or heading. */
        private List<Integer> partsBelow(int i) {
            List<Integer> parts = new ArrayList<>();
            for (int j = i + 1; j < rows.size(); j++) {
                RowKind kind = rows.get(j).kind();
                if (kind == RowKind.TOTAL || kind == RowKind.HEADING) {
                    break;
                }
                if ((kind == RowKind.PART || kind == RowKind.SUBTOTAL) && !consumed[j]) {
                    parts.add(j);
                }
            }
            return parts;
        }

        private static List<Integer> reversed(List<Integer> list) {
            List<Integer> out = new ArrayList<>(list);
            Collections.reverse(out);
            return out;
        }

        private static List<Integer> plainSigns(int n) {
            return Collections.nCopies(n, 1);
        }

        /**
         * Running sums of parts against a row's summable figures, a column each: what a {@link SumCheck}
         * per column adds up, kept in place. A run of parts grows by one row a step, and over every row
         * of a long table (a monthly table's hundreds of lines, 24 months each) a new check per column
         * and step was most of the locator's allocation.
         */
        private final class Sums {
            private final CellData[] stated = new CellData[columns.length];
            private final double[] sum = new double[columns.length];
            private final int[] parts = new int[columns.length];
            private final double[] tolerance = new double[columns.length];
            private final boolean[] error = new boolean[columns.length];

            Sums(TableRow total) {
                for (int k = 0; k < columns.length; k++) {
                    stated[k] = total.cell(columns[k]);
                }
            }

            /** As {@link SumCheck#plus}: a cell without a number adds nothing, an error value makes the column incomparable. */
            void plus(int k, CellData cell, int sign) {
                if (cell.type() == CellData.Type.ERROR) {
                    error[k] = true;
                } else if (cell.isNumeric()) {
                    sum[k] = sum[k] + sign * cell.number();
                    parts[k]++;
                    tolerance[k] = tolerance[k] + 0.5 * cell.roundingStep();
                }
            }

            /** As {@link SumCheck#comparable}. */
            boolean comparable(int k) {
                return parts[k] > 0 && stated[k].isNumeric() && !error[k];
            }
        }

        /** How many summable columns the given parts (all taken with a plus) explain for the total. */
        private Vote vote(TableRow total, List<Integer> parts) {
            Sums sums = new Sums(total);
            for (int p : parts) {
                for (int k = 0; k < columns.length; k++) {
                    sums.plus(k, rows.get(p).cell(columns[k]), 1);
                }
            }
            return vote(0, sums, false);
        }

        private Vote vote(int start, Sums sums, boolean difference) {
            int matches = 0;
            int mismatches = 0;
            for (int k = 0; k < columns.length; k++) {
                boolean comparable = sums.comparable(k);
                // a column of zeros adds up whatever the rows are: it is no evidence of a total
                boolean zeros = comparable && sums.stated[k].number() == 0 && sums.sum[k] == 0;
                if (comparable && !zeros) {
                    if (SumCheck.agrees(sums.sum[k], sums.tolerance[k], sums.stated[k].number())) {
                        matches++;
                    } else {
                        mismatches++;
                    }
                }
            }
            return new Vote(start, matches, mismatches, difference);
        }
    }
}
