package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.DeviationLink;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.Period;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;
import se.rapportkoll.model.CellRef;
import se.rapportkoll.model.SourceCell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Explains each care type's cost deviation as volume and price: pairs a volume table with a
 * price table by care-type name, then for the period (actual vs periodised budget) and the full
 * year (forecast vs budget) computes cost, deviation and effects per care type, per target group
 * and in total. See {@code domain.md}, "Volume–price analysis".
 */
public final class VolumePriceAnalysis {

    /** One scope of one pair of tables: care-type lines grouped by target group, then subtotals, then the total. */
    public record Section(Scope scope, Table volumeTable, Table priceTable, String period, List<VolumePriceLine> lines,
                          List<Reconciliation> reconciliations) {

        public List<VolumePriceLine> careTypes() {
            return lines.stream().filter(l -> l.kind() == VolumePriceLine.Kind.CARE_TYPE).toList();
        }

        public List<VolumePriceLine> groups() {
            return lines.stream().filter(l -> l.kind() == VolumePriceLine.Kind.GROUP).toList();
        }

        public VolumePriceLine total() {
            return lines.get(lines.size() - 1);
        }

        public Optional<VolumePriceLine> line(String careType) {
            return lines.stream().filter(l -> l.careType().equals(careType)).findFirst();
        }
    }

    public record Result(VolumePriceOptions options, List<Section> sections, List<Finding> findings) {

        public static final Result EMPTY = new Result(VolumePriceOptions.DEFAULT, List.of(), List.of());

        public Optional<Section> section(Scope scope) {
            return sections.stream().filter(s -> s.scope() == scope).findFirst();
        }
    }

    private VolumePriceAnalysis() {
    }

    /** The analysis of a located workbook, its empty derived cells already filled (see Pipeline). */
    public static Result analyse(LocatedWorkbook workbook, VolumePriceConfig config,
                                 VolumePriceOptions options, Messages messages) {
        List<Section> sections = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Table> priceTables = workbook.tables().stream().filter(t -> t.kind() == TableKind.PRICES).toList();
        for (Table volume : workbook.tables()) {
            if (volume.kind() != TableKind.VOLUMES) {
                continue;
            }
            List<TableRow> volumeRows = careTypeRows(volume);
            // the price table that shares the most care types with this volume table
            Table price = null;
            CareTypeMatcher.Result match = null;
            for (Table candidate : priceTables) {
                CareTypeMatcher.Result m = CareTypeMatcher.match(volumeRows, careTypeRows(candidate), config);
                if (!m.pairs().isEmpty() && (match == null || m.pairs().size() > match.pairs().size())) {
                    price = candidate;
                    match = m;
                }
            }
            if (price == null) {
                continue;
            }
            findings.addAll(matchFindings(volume, price, match, config, messages));
            findings.addAll(conventionFindings(volume, price, messages));
            for (Scope scope : Scope.values()) {
                Optional<Columns> columns = Columns.of(scope, volume, price);
                if (columns.isPresent()) {
                    Section section = section(scope, volume, price, columns.get(), match.pairs(), config, options,
                            messages.get("volumeprice.group.other"));
                    sections.add(withReconciliations(section, workbook, config));
                }
            }
        }
        return new Result(options, List.copyOf(sections), List.copyOf(findings));
    }

    /**
     * Budget rows the care types should explain (by the reconciliation rules), with their deviation
     * for the section's scope: the period's actual minus periodised budget, or forecast minus budget.
     */
    private static Section withReconciliations(Section section, LocatedWorkbook workbook, VolumePriceConfig config) {
        List<Reconciliation> found = new ArrayList<>();
        for (Table table : workbook.tables()) {
            if (table.kind() != TableKind.AMOUNTS) {
                continue;
            }
            Optional<Column[]> pair = budgetAndOutcome(table, section.scope());
            if (pair.isEmpty()) {
                continue;
            }
            double toTkr = table.unit().tkr();
            for (TableRow row : table.rows()) {
                Optional<VolumePriceConfig.ReconciliationRule> rule = config.reconciliation(row.label());
                CellData budget = row.cell(table.position(pair.get()[0]));
                CellData outcome = row.cell(table.position(pair.get()[1]));
                if (rule.isEmpty() || !budget.isNumeric() || !outcome.isNumeric()) {
                    continue;
                }
                boolean all = rule.get().explainedBy().contains("*");
                List<VolumePriceLine> lines = all ? section.careTypes() : named(section, rule.get().explainedBy(), config);
                if (lines.isEmpty()) {
                    continue;
                }
                double explained = all ? section.total().deviationTkr() : lines.stream().mapToDouble(VolumePriceLine::deviationTkr).sum();
                found.add(new Reconciliation(section.scope(), row.label(), table.sheetName(), row.row(),
                        pair.get()[0].index(), pair.get()[1].index(), toTkr,
                        table.favourableSign(row) * (outcome.number() - budget.number()) * toTkr,
                        lines.stream().map(VolumePriceLine::careType).toList(), all, explained, table.favourableSign(row)));
            }
        }
        return new Section(section.scope(), section.volumeTable(), section.priceTable(), section.period(), section.lines(),
                List.copyOf(found));
    }

    /** Budget and outcome columns of an amounts table for a scope, as {budget, outcome}. */
    private static Optional<Column[]> budgetAndOutcome(Table table, Scope scope) {
        Optional<Column> outcome = scope == Scope.PERIOD
                ? Columns.first(table, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().isPartOfYear())
                : Columns.forecast(table);
        Optional<Column> budget = outcome.flatMap(o -> Columns.first(table, c -> c.kind() == ColumnKind.BUDGET
                && c.period().isPartOfYear() == o.period().isPartOfYear()
                && (!o.period().isPartOfYear() || c.period().sameMonths(o.period()))));
        return budget.map(b -> new Column[] {b, outcome.get()});
    }

    /** The care types a rule names, directly or by their target group. */
    private static List<VolumePriceLine> named(Section section, List<String> names, VolumePriceConfig config) {
        return section.careTypes().stream()
                .filter(line -> names.stream().anyMatch(n -> config.normalise(n).equals(config.normalise(line.group()))
                        || config.key(n).equals(config.key(line.careType()))))
                .toList();
    }

    /** The four columns a scope reads: budget and actual/forecast volume, budget and actual/forecast price. */
    record Columns(Column budgetVolume, Column actualVolume, Column budgetPrice, Column actualPrice) {

        static Optional<Columns> of(Scope scope, Table volume, Table price) {
            if (scope == Scope.PERIOD) {
                // The actual's header may state other months than the budget's (the August report's
                // "Utfall jan-apr" over jan-aug figures): any part of the year pairs with the periodised budget.
                Optional<Column> va = first(volume, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().isPartOfYear());
                Optional<Column> vb = va.flatMap(a -> first(volume, c -> c.kind() == ColumnKind.BUDGET && c.period().isPartOfYear()
                        && sameYear(c.period(), a.period())));
                Optional<Column> pa = first(price, c -> c.kind() == ColumnKind.ACTUAL && !c.priorYear() && c.period().isPartOfYear());
                Optional<Column> pb = vb.flatMap(b -> first(price, c -> c.kind() == ColumnKind.BUDGET && c.period().isPartOfYear()
                                && c.period().sameMonths(b.period()) && sameYear(c.period(), b.period()))
                        // prices are rarely periodised: the year's budget price holds for every month
                        .or(() -> first(price, c -> c.kind() == ColumnKind.BUDGET && !c.period().isPartOfYear()
                                && sameYear(c.period(), b.period()))));
                return all(vb, va, pb, pa);
            }
            Optional<Column> va = forecast(volume);
            Optional<Column> vb = va.flatMap(f -> first(volume, c -> c.kind() == ColumnKind.BUDGET && !c.period().isPartOfYear()
                    && sameYear(c.period(), f.period())));
            Optional<Column> pa = forecast(price);
            Optional<Column> pb = vb.flatMap(b -> first(price, c -> c.kind() == ColumnKind.BUDGET && !c.period().isPartOfYear()
                    && sameYear(c.period(), b.period())));
            return all(vb, va, pb, pa);
        }

        private static Optional<Column> forecast(Table t) {
            return first(t, c -> c.kind() == ColumnKind.FORECAST && !c.priorYear())
                    .or(() -> first(t, c -> c.kind() == ColumnKind.OUTCOME && !c.priorYear()));
        }

        private static Optional<Columns> all(Optional<Column> vb, Optional<Column> va, Optional<Column> pb, Optional<Column> pa) {
            if (vb.isEmpty() || va.isEmpty() || pb.isEmpty() || pa.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Columns(vb.get(), va.get(), pb.get(), pa.get()));
        }

        private static Optional<Column> first(Table t, Predicate<Column> filter) {
            return t.columns().stream().filter(filter).findFirst();
        }

        private static boolean sameYear(Period a, Period b) {
            return a.year() == null || b.year() == null || a.year().equals(b.year());
        }
    }

    private static Section section(Scope scope, Table volume, Table price, Columns cols, List<CareTypeMatcher.Pair> pairs,
                                   VolumePriceConfig config, VolumePriceOptions options,
                                   String otherGroup) {
        Optional<Column> groupColumn = volume.columns().stream().filter(c -> config.isGroupColumn(c.headerText())).findFirst();
        // target groups in the order they first appear; care types keep their table order within a group
        Map<String, List<CareTypeMatcher.Pair>> byGroup = new LinkedHashMap<>();
        Map<CareTypeMatcher.Pair, String> groupOf = new LinkedHashMap<>();
        for (CareTypeMatcher.Pair p : pairs) {
            String fromColumn = groupColumn.map(c -> p.volume().cell(volume.position(c)))
                    .filter(CellData::hasText).map(CellData::text).orElse(null);
            String group = Optional.ofNullable(fromColumn).flatMap(config::group)
                    .or(() -> Optional.ofNullable(fromColumn).filter(s -> !s.isBlank()).map(String::strip))
                    .or(() -> config.group(p.volume().label()))
                    .or(() -> config.group(p.price().label()))
                    .orElse(otherGroup);
            byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
            groupOf.put(p, group);
        }
        List<VolumePriceLine> careTypes = new ArrayList<>();
        List<VolumePriceLine> subtotals = new ArrayList<>();
        for (Map.Entry<String, List<CareTypeMatcher.Pair>> e : byGroup.entrySet()) {
            List<SourceCell[]> sources = new ArrayList<>();
            for (CareTypeMatcher.Pair p : e.getValue()) {
                sources.add(new SourceCell[] {
                        source(volume, p.volume(), cols.budgetVolume()),
                        source(volume, p.volume(), cols.actualVolume()),
                        source(price, p.price(), cols.budgetPrice()),
                        source(price, p.price(), cols.actualPrice())});
            }
            // the group's average budget price, as the sheet computes it: sum of budget costs over sum of budget volumes
            double groupVb = 0;
            double groupCb = 0;
            for (SourceCell[] s : sources) {
                groupVb += s[0].number();
                groupCb += s[0].number() * s[2].number() / 1000;
            }
            double avgPb = averagePrice(groupCb, groupVb);
            List<VolumePriceLine> lines = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                SourceCell[] s = sources.get(i);
                CareTypeMatcher.Pair p = e.getValue().get(i);
                lines.add(careType(p.volume().label(), p.price().label(), e.getKey(), scope, s[0], s[1], s[2], s[3], avgPb, options));
            }
            careTypes.addAll(lines);
            subtotals.add(sum(VolumePriceLine.Kind.GROUP, e.getKey(), e.getKey(), scope, lines, options));
        }
        List<VolumePriceLine> all = new ArrayList<>(careTypes);
        all.addAll(subtotals);
        all.add(sum(VolumePriceLine.Kind.TOTAL, "Totalt", null, scope, careTypes, options));
        String period = scope == Scope.PERIOD ? cols.budgetVolume().period().display()
                : Optional.ofNullable(cols.budgetVolume().period().year()).map(String::valueOf).orElse("");
        return new Section(scope, volume, price, period, List.copyOf(all), List.of());
    }

    /** One care type's line: cost, deviation and the chosen effects, in tkr. */
    static VolumePriceLine careType(String careType, String priceLabel, String group, Scope scope,
                                    SourceCell vb, SourceCell va, SourceCell pb, SourceCell pa, double avgPb, VolumePriceOptions options) {
        double cb = vb.number() * pb.number() / 1000;
        double ca = va.number() * pa.number() / 1000;
        Map<Effect, Double> effects = new EnumMap<>(Effect.class);
        for (Effect e : options.effects()) {
            effects.put(e, e.kronor(vb.number(), va.number(), pb.number(), pa.number(), avgPb) / 1000);
        }
        return new VolumePriceLine(VolumePriceLine.Kind.CARE_TYPE, careType, priceLabel, group, scope, vb, va, pb, pa,
                vb.number(), va.number(), pb.number(), pa.number(), cb, ca, cb - ca, effects);
    }

    /** A subtotal or the total: sums of volumes, costs and effects; prices as volume-weighted averages. */
    static VolumePriceLine sum(VolumePriceLine.Kind kind, String careType, String group, Scope scope,
                               List<VolumePriceLine> lines, VolumePriceOptions options) {
        double vb = 0;
        double va = 0;
        double cb = 0;
        double ca = 0;
        double deviation = 0;
        Map<Effect, Double> effects = new EnumMap<>(Effect.class);
        for (VolumePriceLine l : lines) {
            vb += l.budgetVolume();
            va += l.actualVolume();
            cb += l.budgetCostTkr();
            ca += l.actualCostTkr();
            deviation += l.deviationTkr();
            for (Effect e : options.effects()) {
                effects.merge(e, l.effect(e), Double::sum);
            }
        }
        return new VolumePriceLine(kind, careType, null, group, scope, null, null, null, null,
                vb, va, averagePrice(cb, vb), averagePrice(ca, va), cb, ca, deviation, effects);
    }

    /** Kronor per day from a cost in tkr and a volume in days; 0 for no volume, as the sheet's IF does. */
    static double averagePrice(double costTkr, double volume) {
        return volume == 0 ? 0 : costTkr * 1000 / volume;
    }

    private static SourceCell source(Table table, TableRow row, Column column) {
        CellData cell = row.cell(table.position(column));
        return switch (cell.type()) {
            case NUMBER -> new SourceCell(table.sheetName(), row.row(), column.index(), cell.number(), true);
            case TEXT_NUMBER -> new SourceCell(table.sheetName(), row.row(), column.index(), cell.number(), false);
            case BLANK -> new SourceCell(table.sheetName(), row.row(), column.index(), null, true);
            default -> new SourceCell(table.sheetName(), row.row(), column.index(), null, cell.isBlank());
        };
    }

    /** The rows that are care types: parts with a label, not totals, headings or "varav" rows. */
    static List<TableRow> careTypeRows(Table table) {
        return table.rows().stream().filter(r -> r.kind() == RowKind.PART && r.label() != null && !r.label().isBlank()).toList();
    }

    private static List<Finding> matchFindings(Table volume, Table price, CareTypeMatcher.Result match,
                                               VolumePriceConfig config, Messages messages) {
        List<Finding> findings = new ArrayList<>();
        for (CareTypeMatcher.Pair p : match.pairs()) {
            if (p.how() == CareTypeMatcher.How.TYPO) {
                Object[] args = {p.volume().labelCell().address(), p.volume().label(), p.price().label(),
                        price.sheetName() + "!" + p.price().labelCell().address(), VolumePriceConfig.ALIASES_FILE};
                findings.add(new Finding(Severity.INFO, Rules.CARE_TYPE_MATCH, volume.sheetName(), p.volume().labelCell().address(),
                        messages.get("volumeprice.finding.typo", args), messages.detail("volumeprice.finding.typo", args),
                        null, null, null));
            }
        }
        for (CareTypeMatcher.Unmatched u : match.unmatched()) {
            Table own = u.inVolumeTable() ? volume : price;
            Table other = u.inVolumeTable() ? price : volume;
            String cell = u.row().labelCell().address();
            String key = "volumeprice.finding.unmatched" + (u.inVolumeTable() ? "Volume" : "Price") + (u.nearest() == null ? "" : "Nearest");
            Object[] args = u.nearest() == null ? new Object[] {cell, u.row().label(), other.displayName()}
                    : new Object[] {cell, u.row().label(), other.displayName(), u.nearest().label(),
                            other.sheetName() + "!" + u.nearest().labelCell().address(), VolumePriceConfig.ALIASES_FILE};
            findings.add(new Finding(Severity.WARNING, Rules.CARE_TYPE_UNMATCHED, own.sheetName(), cell,
                    messages.get(key, args), messages.detail(key, args), null, null, null));
        }
        return findings;
    }

    /**
     * A price deviation column counted the other way round from the volume table's deviations:
     * read side by side, one table's "+" is good news and the other's bad. Where each column
     * follows its own table's convention (the volume table counting Prognos − Budget throughout),
     * the workbook mixes conventions between tables on purpose: told once, as information.
     */
    private static List<Finding> conventionFindings(Table volume, Table price, Messages messages) {
        List<DeviationLink> volumeLinks = DeviationLink.of(volume);
        int volumeSign = volumeLinks.isEmpty() ? volume.kind().deviationSign() : volumeLinks.get(0).observedSign(volume);
        List<Finding> findings = new ArrayList<>();
        boolean volumeOwn = volumeLinks.stream().allMatch(l -> l.observedFlip(volume) > 0);
        for (DeviationLink link : DeviationLink.of(price)) {
            int sign = link.observedSign(price);
            if (sign != volumeSign) {
                String cell = new CellRef(link.deviation().headerRow(), link.deviation().index()).a1();
                Severity severity = volumeOwn && link.observedFlip(price) > 0 ? Severity.INFO : Severity.WARNING;
                Object[] args = {cell, link.deviation().headerText(),
                        messages.get(sign > 0 ? "convention.outcomeMinusBudget" : "convention.budgetMinusOutcome"),
                        volume.displayName(),
                        messages.get(volumeSign > 0 ? "convention.outcomeMinusBudget" : "convention.budgetMinusOutcome")};
                findings.add(new Finding(severity, Rules.PRICE_DEVIATION_CONVENTION, price.sheetName(), cell,
                        messages.get("volumeprice.finding.convention", args), messages.detail("volumeprice.finding.convention", args),
                        null, null, null));
            }
        }
        return findings;
    }
}
