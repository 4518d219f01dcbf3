package se.rapportkoll.analyse.plan;

import se.rapportkoll.model.SourceCell;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.analyse.volumeprice.VolumePriceConfig;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Projects a plan's years from its budget year: each care type's price raised by each year's
 * price uplift and its volume by each year's volume growth, compounded from the budget year, beside
 * the plan's own volumes and prices; and what the plan itself implies (its price uplift and volume
 * growth per year, its cost change split into a price and a volume part). There is no built-in
 * assumption: a year without one is projected unchanged (0 %), and the sheet shows its cell empty.
 */
public final class PlanProjection {

    public static final String ASSUMPTIONS_FILE = "rapportkoll-planantaganden.tsv";

    /**
     * Price uplift and volume growth for one plan year, as fractions (0.035 = 3,5 %); null where the
     * controller has entered none, which counts as 0 %.
     */
    public record Assumption(int year, Double priceUplift, Double volumeGrowth) {

        static Assumption none(int year) {
            return new Assumption(year, null, null);
        }

        double price() {
            return priceUplift == null ? 0 : priceUplift;
        }

        double volume() {
            return volumeGrowth == null ? 0 : volumeGrowth;
        }
    }

    /**
     * One care type in one plan year. {@code assumptions} are those of every year from the budget
     * year's next up to this one, which compound. {@code previousVolume}/{@code previousPrice} are
     * the year before's (the budget year's for the first plan year). Costs in tkr (days × kronor / 1000).
     */
    public record Line(String careType, int budgetYear, int year, List<Assumption> assumptions,
                       SourceCell budgetVolume, SourceCell budgetPrice, SourceCell planVolume, SourceCell planPrice,
                       SourceCell previousVolume, SourceCell previousPrice) {

        public double priceFactor() {
            return assumptions.stream().mapToDouble(a -> 1 + a.price()).reduce(1, (x, y) -> x * y);
        }

        public double volumeFactor() {
            return assumptions.stream().mapToDouble(a -> 1 + a.volume()).reduce(1, (x, y) -> x * y);
        }

        public double projectedPrice() {
            return budgetPrice.number() * priceFactor();
        }

        public double projectedVolume() {
            return budgetVolume.number() * volumeFactor();
        }

        public double planCostTkr() {
            return planVolume.number() * planPrice.number() / 1000;
        }

        public double projectedCostTkr() {
            return projectedVolume() * projectedPrice() / 1000;
        }

        /** Plan minus projection, tkr: positive when the plan holds more cost than the assumptions give. */
        public double differenceTkr() {
            return planCostTkr() - projectedCostTkr();
        }

        /** The part of {@link #differenceTkr()} from volume: (plan volume − projected) × projected price. */
        public double differenceVolumeTkr() {
            return (planVolume.number() - projectedVolume()) * projectedPrice() / 1000;
        }

        /** The part of {@link #differenceTkr()} from price: (plan price − projected) × plan volume. */
        public double differencePriceTkr() {
            return (planPrice.number() - projectedPrice()) * planVolume.number() / 1000;
        }

        /** The uplift the plan's own price table uses from the year before. */
        public Double impliedUplift() {
            return previousPrice.number() == 0 ? null : planPrice.number() / previousPrice.number() - 1;
        }

        /** The volume growth the plan's own volume table uses from the year before. */
        public Double impliedGrowth() {
            return previousVolume.number() == 0 ? null : planVolume.number() / previousVolume.number() - 1;
        }

        /** The plan's cost change from the year before, tkr (positive = more cost). */
        public double costChangeTkr() {
            return planCostTkr() - previousVolume.number() * previousPrice.number() / 1000;
        }

        /** The volume part of {@link #costChangeTkr()}: the change in days at last year's price. */
        public double costChangeVolumeTkr() {
            return (planVolume.number() - previousVolume.number()) * previousPrice.number() / 1000;
        }

        /** The price part of {@link #costChangeTkr()}: the change in price on this year's days. */
        public double costChangePriceTkr() {
            return (planPrice.number() - previousPrice.number()) * planVolume.number() / 1000;
        }
    }

    /** The projection of one plan: its lines, year by year, and one assumption per plan year. */
    public record Result(List<Line> lines, List<Assumption> assumptions) {

        public static final Result EMPTY = new Result(List.of(), List.of());

        /** Whether the controller entered any assumption. */
        public boolean hasAssumptions() {
            return assumptions.stream().anyMatch(a -> a.priceUplift() != null || a.volumeGrowth() != null);
        }
    }

    private PlanProjection() {
    }

    /**
     * Finds a volume table and a price table with a budget year and plan years, pairs their care
     * types by name, and projects every plan year both tables have, with the given assumptions where
     * there are any.
     */
    public static Result project(LocatedWorkbook workbook, List<Assumption> assumptions, VolumePriceConfig names) {
        for (Table volumes : workbook.tables()) {
            if (volumes.kind() != TableKind.VOLUMES) {
                continue;
            }
            for (Table prices : workbook.tables()) {
                if (prices.kind() != TableKind.PRICES) {
                    continue;
                }
                List<Line> lines = lines(volumes, prices, assumptions, names);
                if (!lines.isEmpty()) {
                    List<Assumption> used = lines.stream().map(Line::year).distinct().sorted()
                            .map(y -> assumption(assumptions, y)).toList();
                    return new Result(lines, used);
                }
            }
        }
        return Result.EMPTY;
    }

    private static Assumption assumption(List<Assumption> assumptions, int year) {
        return assumptions.stream().filter(a -> a.year() == year).findFirst().orElse(Assumption.none(year));
    }

    private static List<Line> lines(Table volumes, Table prices, List<Assumption> assumptions, VolumePriceConfig names) {
        Optional<Column> volumeBudget = budgetYearColumn(volumes);
        Optional<Column> priceBudget = budgetYearColumn(prices);
        if (volumeBudget.isEmpty() || priceBudget.isEmpty()
                || !volumeBudget.get().period().year().equals(priceBudget.get().period().year())) {
            return List.of();
        }
        int budgetYear = volumeBudget.get().period().year();
        Map<Integer, Column> volumePlans = planColumns(volumes, budgetYear);
        Map<Integer, Column> pricePlans = planColumns(prices, budgetYear);
        List<Line> lines = new ArrayList<>();
        for (TableRow v : volumes.rows()) {
            if (v.kind() != RowKind.PART) {
                continue;
            }
            Optional<TableRow> p = prices.rows().stream()
                    .filter(r -> r.kind() == RowKind.PART && names.key(r.label()).equals(names.key(v.label()))).findFirst();
            if (p.isEmpty()) {
                continue;
            }
            Column previousPriceColumn = priceBudget.get();
            Column previousVolumeColumn = volumeBudget.get();
            List<Assumption> compounding = new ArrayList<>();
            for (Map.Entry<Integer, Column> plan : volumePlans.entrySet()) {
                int year = plan.getKey();
                Column planPrice = pricePlans.get(year);
                if (planPrice == null) {
                    continue; // a year the price table does not plan: no cost for it, the next still compounds
                }
                for (int y = budgetYear + 1 + compounding.size(); y <= year; y++) {
                    compounding.add(assumption(assumptions, y));
                }
                lines.add(new Line(v.label(), budgetYear, year, List.copyOf(compounding),
                        ref(volumes, v, volumeBudget.get()), ref(prices, p.get(), priceBudget.get()),
                        ref(volumes, v, plan.getValue()), ref(prices, p.get(), planPrice),
                        ref(volumes, v, previousVolumeColumn), ref(prices, p.get(), previousPriceColumn)));
                previousPriceColumn = planPrice;
                previousVolumeColumn = plan.getValue();
            }
        }
        lines.sort(Comparator.comparingInt(Line::year));
        return List.copyOf(lines);
    }
    /** The latest budget column with a year and no months (the plan's budget year). */
    private static Optional<Column> budgetYearColumn(Table table) {
        return table.columns().stream()
                .filter(c -> c.kind() == ColumnKind.BUDGET && c.period().year() != null && !c.period().isPartOfYear())
                .max(Comparator.comparingInt(c -> c.period().year()));
    }

    /** Plan columns after the budget year, by year in order. */
    private static Map<Integer, Column> planColumns(Table table, int budgetYear) {
        Map<Integer, Column> plans = new LinkedHashMap<>();
        table.columns().stream()
                .filter(c -> c.kind() == ColumnKind.PLAN && c.period().year() != null && c.period().year() > budgetYear)
                .sorted(Comparator.comparingInt(c -> c.period().year()))
                .forEach(c -> plans.putIfAbsent(c.period().year(), c));
        return plans;
    }

    private static SourceCell ref(Table table, TableRow row, Column column) {
        CellData cell = row.cell(table.position(column));
        return new SourceCell(table.sheetName(), row.row(), column.index(), cell.isNumeric() ? cell.number() : null);
    }

    /** The municipality's own assumptions from the file beside the workbook, if there is one; none otherwise. */
    public static List<Assumption> assumptions(Path folder) {
        if (folder == null || !Files.isRegularFile(folder.resolve(ASSUMPTIONS_FILE))) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(folder.resolve(ASSUMPTIONS_FILE))) {
            return parse(in).stream().sorted(Comparator.comparingInt(Assumption::year)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A percentage as written in the file ("3,5" or "3,5 %"), as a fraction; null when empty or not a number. */
    private static Double percent(String text) {
        var v = NumberText.parse(text.replace("%", ""));
        return v.isPresent() ? v.getAsDouble() / 100 : null;
    }

    private static List<Assumption> parse(InputStream in) throws IOException {
        List<Assumption> out = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            out.add(new Assumption(Integer.parseInt(f[0].strip()), percent(f[1]), f.length > 2 ? percent(f[2]) : null));
        }
        return out;
    }
}
