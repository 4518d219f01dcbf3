package se.rapportkoll.forecast;

import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.Column;
import se.rapportkoll.locate.ColumnKind;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.locate.RowKind;
import se.rapportkoll.locate.Table;
import se.rapportkoll.locate.TableKind;
import se.rapportkoll.locate.TableRow;
import se.rapportkoll.volumeprice.VolumePriceConfig;

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
 * the plan's own volumes and prices; and the uplift the plan's price table really uses.
 */
public final class PlanProjection {

    public static final String ASSUMPTIONS_FILE = "rapportkoll-planantaganden.tsv";

    /** Price uplift and volume growth for one plan year, as fractions (0.035 = 3,5 %). */
    public record Assumption(int year, double priceUplift, double volumeGrowth) {
    }

    /** A user's cell the projection refers to, with its value. */
    public record Ref(String sheet, int row, int col, double value) {
    }

    /**
     * One care type in one plan year. {@code assumptions} are those of every year from the budget
     * year's next up to this one, which compound. Costs in tkr (days × kronor / 1000).
     */
    public record Line(String careType, int budgetYear, int year, List<Assumption> assumptions,
                       Ref budgetVolume, Ref budgetPrice, Ref planVolume, Ref planPrice, Ref previousPrice) {

        public double priceFactor() {
            return assumptions.stream().mapToDouble(a -> 1 + a.priceUplift()).reduce(1, (x, y) -> x * y);
        }

        public double volumeFactor() {
            return assumptions.stream().mapToDouble(a -> 1 + a.volumeGrowth()).reduce(1, (x, y) -> x * y);
        }

        public double projectedPrice() {
            return budgetPrice.value() * priceFactor();
        }

        public double projectedVolume() {
            return budgetVolume.value() * volumeFactor();
        }

        public double planCostTkr() {
            return planVolume.value() * planPrice.value() / 1000;
        }

        public double projectedCostTkr() {
            return projectedVolume() * projectedPrice() / 1000;
        }

        /** Plan minus projection, tkr: positive when the plan holds more cost than the assumptions give. */
        public double differenceTkr() {
            return planCostTkr() - projectedCostTkr();
        }

        /** The uplift the plan's own price table uses from the year before. */
        public Double impliedUplift() {
            return previousPrice.value() == 0 ? null : planPrice.value() / previousPrice.value() - 1;
        }
    }

    /** The projection of one plan: its lines, year by year, and the assumptions used. */
    public record Result(List<Line> lines, List<Assumption> assumptions) {
        public static final Result EMPTY = new Result(List.of(), List.of());
    }

    private PlanProjection() {
    }

    /**
     * Finds a volume table and a price table with a budget year and plan years, pairs their care
     * types by name, and projects every plan year for which there is an assumption.
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
                    List<Assumption> used = assumptions.stream()
                            .filter(a -> lines.stream().anyMatch(l -> l.year() == a.year())).toList();
                    return new Result(lines, used);
                }
            }
        }
        return Result.EMPTY;
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
            List<Assumption> compounding = new ArrayList<>();
            for (Map.Entry<Integer, Column> plan : volumePlans.entrySet()) {
                int year = plan.getKey();
                Optional<Assumption> assumption = assumptions.stream().filter(a -> a.year() == year).findFirst();
                Column planPrice = pricePlans.get(year);
                if (assumption.isEmpty() || planPrice == null) {
                    break; // a gap in the years or the assumptions: what follows cannot compound
                }
                compounding.add(assumption.get());
                lines.add(new Line(v.label(), budgetYear, year, List.copyOf(compounding),
                        ref(volumes, v, volumeBudget.get()), ref(prices, p.get(), priceBudget.get()),
                        ref(volumes, v, plan.getValue()), ref(prices, p.get(), planPrice),
                        ref(prices, p.get(), previousPriceColumn)));
                previousPriceColumn = planPrice;
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

    private static Ref ref(Table table, TableRow row, Column column) {
        CellData cell = row.cell(table.position(column));
        return new Ref(table.sheetName(), row.row(), column.index(), cell.isNumeric() ? cell.number() : 0);
    }

    /** The built-in assumptions, preceded by a municipality's own file beside the workbook (its years win). */
    public static List<Assumption> assumptions(Path folder) {
        Map<Integer, Assumption> byYear = new LinkedHashMap<>();
        if (folder != null && Files.isRegularFile(folder.resolve(ASSUMPTIONS_FILE))) {
            try (InputStream in = Files.newInputStream(folder.resolve(ASSUMPTIONS_FILE))) {
                parse(in).forEach(a -> byYear.putIfAbsent(a.year(), a));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (InputStream in = PlanProjection.class.getResourceAsStream("plan-assumptions.tsv")) {
            parse(in).forEach(a -> byYear.putIfAbsent(a.year(), a));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byYear.values().stream().sorted(Comparator.comparingInt(Assumption::year)).toList();
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
            double price = NumberText.parse(f[1].replace("%", "")).orElse(0) / 100;
            double volume = f.length > 2 ? NumberText.parse(f[2].replace("%", "")).orElse(0) / 100 : 0;
            out.add(new Assumption(Integer.parseInt(f[0].strip()), price, volume));
        }
        return out;
    }
}
