package se.rapportkoll.locate;

import java.util.List;

/**
 * How a table signs its figures and its deviations. Whatever the convention, the tool shows a
 * favourable deviation as positive: {@link #favourableSign} says which way outcome − budget is
 * good for a row, {@link #statedSign} which way the table's own deviation columns count it.
 */
public enum Convention {
    /** Revenues positive, costs negative, Avvikelse = Utfall − Budget (the default for amounts). */
    SIGNED("signed"),
    /** Net costs as positive numbers, Avvikelse = Budget − Utfall; revenue rows, positive too, Utfall − Budget. */
    POSITIVE_COSTS("positive-costs"),
    /** As an accounting system exports: costs positive, revenues negative, Avvikelse = Budget − Utfall throughout. */
    DEBIT_POSITIVE("debit-positive"),
    /** Volumes and prices: fewer days or a lower price is favourable, Avvikelse = Budget − Utfall (the default). */
    VOLUME_BUDGET_MINUS_OUTCOME("volume-budget-minus-outcome"),
    /** Volumes counted Avvikelse = Prognos − Budget (more = positive); fewer is still what is favourable. */
    VOLUME_OUTCOME_MINUS_BUDGET("volume-outcome-minus-budget");

    private final String id;

    Convention(String id) {
        this.id = id;
    }

    /** The id in the JSON report. */
    public String id() {
        return id;
    }

    public static Convention defaultFor(TableKind kind) {
        return kind == TableKind.AMOUNTS ? SIGNED : VOLUME_BUDGET_MINUS_OUTCOME;
    }

    /** +1 when more outcome than budget is favourable for the row, −1 when it is unfavourable. */
    public int favourableSign(boolean revenueRow) {
        return switch (this) {
            case SIGNED -> 1;
            case POSITIVE_COSTS -> revenueRow ? 1 : -1;
            case DEBIT_POSITIVE, VOLUME_BUDGET_MINUS_OUTCOME, VOLUME_OUTCOME_MINUS_BUDGET -> -1;
        };
    }

    /** The sign of the table's own deviation columns for the row: Avvikelse = statedSign · (Utfall − Budget). */
    public int statedSign(boolean revenueRow) {
        return this == VOLUME_OUTCOME_MINUS_BUDGET ? 1 : favourableSign(revenueRow);
    }

    /**
     * The convention a table follows, decided from the rows that agree: the one under which most
     * stated deviations (over all deviation columns) equal their outcome and budget, ties to the
     * default of the table's kind; positive costs only where the cost figures are positive. Without any deviation to go by, an amounts table whose figures
     * are mostly positive counts costs as positive numbers. Debit-positive and positive costs are
     * told apart by the revenue rows: negative in the one, positive in the other.
     */
    static Convention detect(Table table, Vocabulary vocabulary) {
        Convention fallback = defaultFor(table.kind());
        List<DeviationLink> links = DeviationLink.of(table);
        List<Convention> candidates = table.kind() == TableKind.AMOUNTS
                ? List.of(SIGNED, POSITIVE_COSTS, DEBIT_POSITIVE)
                : table.kind() == TableKind.VOLUMES ? List.of(VOLUME_BUDGET_MINUS_OUTCOME, VOLUME_OUTCOME_MINUS_BUDGET) : List.of(fallback);
        Convention best = fallback;
        int bestScore = score(table, links, fallback, vocabulary);
        for (Convention c : candidates) {
            if ((c == POSITIVE_COSTS || c == DEBIT_POSITIVE) && costSign(table, vocabulary) <= 0) {
                continue; // costs written as negative numbers: a column counted the other way is the column's own matter
            }
            int s = score(table, links, c, vocabulary);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        if (bestScore == 0) {
            return table.kind() == TableKind.AMOUNTS ? fromFigures(table, vocabulary) : fallback;
        }
        if (best == POSITIVE_COSTS || best == DEBIT_POSITIVE) {
            return revenueSign(table, vocabulary) < 0 ? DEBIT_POSITIVE : POSITIVE_COSTS;
        }
        return best;
    }

    /** Rows whose stated deviation agrees with the convention's sign and not with the opposite one. */
    private static int score(Table table, List<DeviationLink> links, Convention c, Vocabulary vocabulary) {
        int agreeing = 0;
        for (DeviationLink link : links) {
            int stated = link.statesNegativeFavourable() ? -1 : 1;
            for (TableRow row : table.rows()) {
                int sign = stated * c.statedSign(isRevenue(row, vocabulary));
                SumCheck direct = link.check(table, row, sign);
                if (direct.comparable() && direct.agrees() && !link.check(table, row, -sign).agrees()) {
                    agreeing++;
                }
            }
        }
        return agreeing;
    }

    private static Convention fromFigures(Table table, Vocabulary vocabulary) {
        if (exportSigned(table)) {
            return DEBIT_POSITIVE;
        }
        if (costSign(table, vocabulary) > 0 && figures(table, vocabulary)[0] >= 2) {
            return revenueSign(table, vocabulary) < 0 ? DEBIT_POSITIVE : POSITIVE_COSTS;
        }
        return SIGNED;
    }

    /**
     * An account export whose revenue rows no label names ("Statsbidrag", "Försäljning av
     * verksamhet"): every row wholly positive or wholly negative, most parts and the total
     * positive, a few parts negative. Costs written as positive numbers: debit-positive.
     */
    private static boolean exportSigned(Table table) {
        int positive = 0;
        int negative = 0;
        int totals = 0;
        for (TableRow row : table.rows()) {
            int sign = rowSign(table, row);
            if (row.kind() == RowKind.TOTAL) {
                if (sign <= 0) {
                    return false;
                }
                totals++;
            } else if (row.kind() == RowKind.PART) {
                if (sign == 0) {
                    return false;
                }
                positive += sign > 0 ? 1 : 0;
                negative += sign < 0 ? 1 : 0;
            }
        }
        return totals > 0 && negative > 0 && positive > negative;
    }

    /** +1 or −1 when all the row's budget and outcome figures have that sign, else 0. */
    private static int rowSign(Table table, TableRow row) {
        int sign = 0;
        for (int i = 0; i < table.columns().size(); i++) {
            ColumnKind kind = table.columns().get(i).kind();
            CellData cell = row.cell(i);
            if ((kind == ColumnKind.BUDGET || kind.isOutcomeLike()) && cell.isNumeric() && cell.number() != 0) {
                int s = cell.number() > 0 ? 1 : -1;
                if (sign != 0 && s != sign) {
                    return 0;
                }
                sign = s;
            }
        }
        return sign;
    }

    /**
     * +1 when the other rows' budgets and outcomes are (at least three in four) positive: costs as
     * positive numbers; −1 when they are not; 0 without any.
     */
    private static int costSign(Table table, Vocabulary vocabulary) {
        int[] counts = figures(table, vocabulary);
        return counts[1] == 0 ? 0 : counts[0] * 4 >= counts[1] * 3 ? 1 : -1;
    }

    /** The positive and the non-zero budget and outcome figures of the rows that are not revenue rows. */
    private static int[] figures(Table table, Vocabulary vocabulary) {
        int positive = 0;
        int all = 0;
        for (TableRow row : table.rows()) {
            if (isRevenue(row, vocabulary)) {
                continue;
            }
            for (int i = 0; i < table.columns().size(); i++) {
                ColumnKind kind = table.columns().get(i).kind();
                CellData cell = row.cell(i);
                if ((kind == ColumnKind.BUDGET || kind.isOutcomeLike()) && cell.isNumeric() && cell.number() != 0) {
                    all++;
                    if (cell.number() > 0) {
                        positive++;
                    }
                }
            }
        }
        return new int[] {positive, all};
    }

    /** −1 when the revenue rows' budgets and outcomes are mostly negative, +1 when mostly positive, 0 without any. */
    private static int revenueSign(Table table, Vocabulary vocabulary) {
        int balance = 0;
        for (TableRow row : table.rows()) {
            if (!isRevenue(row, vocabulary)) {
                continue;
            }
            for (int i = 0; i < table.columns().size(); i++) {
                ColumnKind kind = table.columns().get(i).kind();
                CellData cell = row.cell(i);
                if ((kind == ColumnKind.BUDGET || kind.isOutcomeLike()) && cell.isNumeric() && cell.number() != 0) {
                    balance += cell.number() > 0 ? 1 : -1;
                }
            }
        }
        return Integer.signum(balance);
    }

    static boolean isRevenue(TableRow row, Vocabulary vocabulary) {
        return vocabulary.mentions("row.revenue", Vocabulary.normalise(row.label()));
    }
}
