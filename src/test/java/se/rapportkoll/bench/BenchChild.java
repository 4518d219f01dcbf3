package se.rapportkoll.bench;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One contender on one workbook in a JVM of its own (started by {@link Benchmark} with -Xmx1g):
 * warm-up runs, then measured runs, each timed with System.nanoTime and its peak heap taken from
 * the heap pools (collected before, peaks reset). Prints one {@link ChildResult} line.
 * Long runs stop early: warm-ups after a third of the time budget, measured runs after the budget
 * (at least one of each is made).
 * <pre>BenchChild process|poi|poi_on_output|paired FILE WARMUPS RUNS BUDGET_SECONDS</pre>
 */
public final class BenchChild {

    /** What is measured in a child JVM. */
    enum Contender {
        /** What the CLI's process does: read, check, fill, analyse, write the output. */
        PROCESS,
        /** The floor: POI opens the file, evaluates every formula and saves it. */
        POI,
        /**
         * The floor for a workbook of the output's size: the same as {@link #POI}, on the workbook
         * process writes (made once, untimed), which has the tool's sheets besides the user's.
         */
        POI_ON_OUTPUT,
        /**
         * {@link #PROCESS} and {@link #POI} in this one JVM, one after the other in each measured
         * round: the ratio of each pair, which a change in a shared machine's load hits alike (the
         * contenders in children of their own run minutes apart). Its times are process's.
         */
        PAIRED
    }

    private BenchChild() {
    }

    public static void main(String[] args) {
        Contender contender = Contender.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        Path input = Path.of(args[1]);
        int warmups = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        long budgetNanos = (long) (Double.parseDouble(args[4]) * 1e9);
        List<Double> millis = new ArrayList<>();
        List<Double> peaks = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        int warmed = 0;
        String status = "ok";
        int[] size = {-1, -1, -1};
        try {
            Path dir = Files.createTempDirectory("rapportkoll-bench");
            if (contender == Contender.POI_ON_OUTPUT) {
                Path produced = dir.resolve("output-of-process.xlsx");
                new Pipeline(RunOptions.swedish()).process(input, produced, true);
                input = produced;
            }
            long start = System.nanoTime();
            while (warmed < warmups && (warmed == 0 || System.nanoTime() - start < budgetNanos / 3)) {
                run(contender, input, dir.resolve("warmup-" + warmed + ".xlsx"));
                warmed++;
            }
            start = System.nanoTime();
            for (int i = 0; i < runs && (i == 0 || System.nanoTime() - start < budgetNanos); i++) {
                List<MemoryPoolMXBean> pools = heapPools();
                System.gc();
                pools.forEach(MemoryPoolMXBean::resetPeakUsage);
                long t0 = System.nanoTime();
                run(contender == Contender.PAIRED ? Contender.PROCESS : contender, input, dir.resolve("run-" + i + ".xlsx"));
                millis.add((System.nanoTime() - t0) / 1e6);
                peaks.add(pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0));
                if (contender == Contender.PAIRED) {
                    System.gc();
                    long t1 = System.nanoTime();
                    run(Contender.POI, input, dir.resolve("run-poi-" + i + ".xlsx"));
                    ratios.add(millis.get(i) / ((System.nanoTime() - t1) / 1e6));
                }
            }
            if (contender != Contender.PROCESS && contender != Contender.PAIRED) {
                size = size(input);
            }
            deleteAll(dir);
        } catch (Throwable e) { // an OutOfMemoryError is a result here, not a crash
            status = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        System.out.println(new ChildResult(contender.name().toLowerCase(java.util.Locale.ROOT),
                Path.of(args[1]).getFileName().toString(), status, warmed, millis, peaks, ratios, size[0], size[1], size[2]).toLine());
    }

    private static void run(Contender contender, Path input, Path output) throws Exception {
        switch (contender) {
            case PROCESS -> new Pipeline(RunOptions.swedish()).process(input, output, true);
            case PAIRED -> {
                run(Contender.PROCESS, input, output);
                run(Contender.POI, input, output);
            }
            case POI, POI_ON_OUTPUT -> {
                try (InputStream in = Files.newInputStream(input); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
                    try (OutputStream out = Files.newOutputStream(output)) {
                        wb.write(out);
                    }
                }
            }
        }
        Files.deleteIfExists(output);
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** Sheets, rows and formula cells of the workbook (not timed). */
    private static int[] size(Path input) throws Exception {
        try (InputStream in = Files.newInputStream(input); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int rows = 0;
            int formulas = 0;
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    rows++;
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.FORMULA) {
                            formulas++;
                        }
                    }
                }
            }
            return new int[] {wb.getNumberOfSheets(), rows, formulas};
        }
    }

    private static void deleteAll(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
