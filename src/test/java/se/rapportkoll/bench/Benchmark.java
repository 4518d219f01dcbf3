package se.rapportkoll.bench;

import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.watch.ChildProcessor;
import se.rapportkoll.watch.InProcessProcessor;
import se.rapportkoll.watch.Job;
import se.rapportkoll.watch.Processor;
import se.rapportkoll.watch.Status;
import se.rapportkoll.watch.WatchOptions;
import se.rapportkoll.watch.Watcher;
import se.rapportkoll.xlsx.write.LibreOfficeRecalcCheck;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Issue 8's benchmark: {@code process} against bare POI (open, evaluate all, save) and LibreOffice
 * headless on the samples and four generated municipality workbooks, then the drop folder's
 * throughput. Prints the results and writes them as Markdown to {@code target/bench/results.md}.
 * <pre>mvn -B -Pbench -DskipTests package</pre>
 * Options (system properties): bench.runs (5), bench.warmups (50), bench.sizes (4,8,15,30),
 * bench.budgetSeconds (30: measured time per child before it stops early), bench.timeoutSeconds
 * (240 per child), bench.coldRuns (3), bench.libreoffice (true), bench.loRuns (3), bench.drop (true),
 * bench.dropFiles (100), bench.childDropFiles (100), bench.jar, bench.samples, bench.dir,
 * bench.baseline (an earlier rapportkoll.jar to compare with, round by round; none by default),
 * bench.baselineRounds (5).
 */
public final class Benchmark {

    private static final String HEAP = "-Xmx1g";
    private static final long SEED = 1;

    private final int runs = Integer.getInteger("bench.runs", 5);
    private final int warmups = Integer.getInteger("bench.warmups", 50);
    private final double budgetSeconds = Double.parseDouble(System.getProperty("bench.budgetSeconds", "30"));
    private final long timeoutSeconds = Long.getLong("bench.timeoutSeconds", 240);
    private final int coldRuns = Integer.getInteger("bench.coldRuns", 3);
    private final int libreOfficeRuns = Integer.getInteger("bench.loRuns", 3);
    private final boolean libreOffice = Boolean.parseBoolean(System.getProperty("bench.libreoffice", "true"))
            && LibreOfficeRecalcCheck.soffice().isPresent();
    private final Path jar = Path.of(System.getProperty("bench.jar", "target/rapportkoll.jar"));
    private final Path samples = Path.of(System.getProperty("bench.samples", "samples"));
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench"));
    private final Path workbooks = Path.of(System.getProperty("bench.workbooks", "target/bench-workbooks"));
    private final Path coldTemp = dir.resolve("tmp");
    private final String baseline = System.getProperty("bench.baseline", "").strip();
    private final int baselineRounds = Integer.getInteger("bench.baselineRounds", 5);
    private Path libreOfficeProfile;

    public static void main(String[] args) throws Exception {
        new Benchmark().run();
    }

    private void run() throws Exception {
        String loadAtStart = loadAverage();
        ZonedDateTime started = ZonedDateTime.now();
        Files.createDirectories(dir);
        List<String> notes = new ArrayList<>();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the package phase (mvn -B -Pbench -DskipTests package)");
        }
        if (!libreOffice) {
            notes.add(Boolean.parseBoolean(System.getProperty("bench.libreoffice", "true"))
                    ? "LibreOffice skipped: soffice is not on the PATH." : "LibreOffice skipped (-Dbench.libreoffice=false).");
        }
        List<WorkbookResult> all = new ArrayList<>();
        List<WorkbookResult> generated = new ArrayList<>();
        List<Path> measured = new ArrayList<>();
        // The cold runs use a temporary folder of their own; one untimed run writes the class archive there first.
        Files.createDirectories(coldTemp);
        if (!samples().isEmpty()) {
            coldJar(samples().get(0), true);
        }
        for (Path sample : samples()) {
            all.add(measure(sample, null));
            measured.add(sample);
        }
        for (int committees : sizes()) {
            Path file = workbooks.resolve(String.format(Locale.ROOT, "kommun-%02d.xlsx", committees));
            int costCentres = generated(file, committees);
            WorkbookResult r = measure(file, costCentres);
            all.add(r);
            generated.add(r);
            measured.add(file);
        }
        List<BeforeAfter> compared = new ArrayList<>();
        if (!baseline.isEmpty()) {
            for (Path file : measured) {
                compared.add(beforeAfter(Path.of(baseline), file));
            }
        }
        List<String> drop = Boolean.parseBoolean(System.getProperty("bench.drop", "true")) ? dropFolder() : List.of("skipped (-Dbench.drop=false)");

        StringBuilder md = new StringBuilder();
        md.append("# rapportkoll benchmark\n\n");
        md.append(String.format(Locale.ROOT, "%s; %d cores; %s %s; %s %s; load average %s at start, %s at end%n%n",
                started.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.version"), loadAtStart, loadAverage()));
        md.append(String.format(Locale.ROOT, "Each contender in a child JVM (%s) per workbook: up to %d warm-up and %d measured runs, "
                + "fewer when a run is long (measured runs stop after %.0f s, warm-ups after a third of that); times are medians "
                + "(min–max) of the measured runs. Peak heap: median over the runs of the sum of the heap pools' peaks, an upper bound "
                + "(the pools peak at different moments, so it can exceed -Xmx). Paired: process and POI one after the other in "
                + "each round of one more child (up to three times the measured runs, within the same budget), the median (min–max) "
                + "of the rounds' ratios; the 1.5 × target is judged on it. Cold jar and LibreOffice: wall time of the whole "
                + "command, up to %d and %d runs; cold jar as a user runs it (the command's second JVM with the class archive, "
                + "written by an untimed run first), and all in one JVM (-Drapportkoll.relaunch=false).%n%n",
                HEAP, warmups, runs, budgetSeconds, coldRuns, libreOfficeRuns));
        notes.forEach(n -> md.append(n).append("\n\n"));
        md.append(BenchReport.table(all)).append("\n");
        if (!generated.isEmpty()) {
            md.append("Growth with size (generated workbooks):\n\n").append(BenchReport.linearity(generated)).append("\n");
        }
        if (!compared.isEmpty()) {
            md.append(beforeAfterTable(compared)).append("\n");
        }
        md.append("Targets (issue 8):\n\n");
        BenchReport.verdicts(all, generated, libreOffice).forEach(v -> md.append(v).append("\n"));
        if (!compared.isEmpty()) {
            double worst = compared.stream().mapToDouble(c -> c.ratio().median()).max().orElse(Double.NaN);
            md.append(String.format(Locale.ROOT, "- %s no workbook more than %.0f %% slower than %s (issue 14): worst after / before %s%n",
                    worst <= MAX_SLOWER ? "MET:" : "NOT MET:", (MAX_SLOWER - 1) * 100, baseline, factor(worst)));
        }
        md.append("\nDrop folder:\n\n");
        drop.forEach(d -> md.append("- ").append(d).append("\n"));
        Files.writeString(dir.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(md);
        System.out.println("Written to " + dir.resolve("results.md"));
    }

    private List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(samples)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).sorted().toList();
        }
    }

    private static List<Integer> sizes() {
        String text = System.getProperty("bench.sizes", "4,8,15,30").strip();
        return text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).map(Integer::parseInt).toList();
    }

    /** Generates the workbook unless it is cached; returns its number of cost-centre rows (kept beside it). */
    private static int generated(Path file, int committees) throws IOException {
        Path facts = file.resolveSibling(file.getFileName() + ".properties");
        Properties p = new Properties();
        if (Files.isRegularFile(file) && Files.isRegularFile(facts)) {
            try (var in = Files.newBufferedReader(facts)) {
                p.load(in);
            }
            if (Integer.toString(committees).equals(p.getProperty("committees")) && Long.toString(SEED).equals(p.getProperty("seed"))) {
                return Integer.parseInt(p.getProperty("costCentreRows"));
            }
        }
        MunicipalityWorkbook.Summary s = MunicipalityWorkbook.generate(file, committees, SEED);
        p.setProperty("committees", Integer.toString(committees));
        p.setProperty("seed", Long.toString(SEED));
        p.setProperty("costCentreRows", Integer.toString(s.costCentreRows()));
        try (var out = Files.newBufferedWriter(facts)) {
            p.store(out, "MunicipalityWorkbook");
        }
        System.out.printf(Locale.ROOT, "generated %s: %d cost-centre rows, %d formulas%n", file, s.costCentreRows(), s.formulas());
        return s.costCentreRows();
    }

    private WorkbookResult measure(Path file, Integer costCentreRows) throws Exception {
        String name = file.getFileName().toString();
        System.out.println("== " + name);
        ChildResult poi = child(BenchChild.Contender.POI, file);
        ChildResult process = child(BenchChild.Contender.PROCESS, file);
        ChildResult poiOnOutput = child(BenchChild.Contender.POI_ON_OUTPUT, file);
        ChildResult paired = child(BenchChild.Contender.PAIRED, file);
        Stats cold = Stats.NONE;
        Stats coldOneJvm = Stats.NONE;
        String coldNote;
        if (process.ok()) {
            cold = Stats.of(repeat(coldRuns, () -> coldJar(file, true)));
            coldOneJvm = Stats.of(repeat(coldRuns, () -> coldJar(file, false)));
            coldNote = cold.isEmpty() ? "failed" : "";
        } else {
            coldNote = "skipped (process failed in the child)";
        }
        Stats lo = Stats.NONE;
        String loNote = "skipped";
        if (libreOffice) {
            try {
                lo = Stats.of(repeat(libreOfficeRuns, () -> libreOffice(file)));
                loNote = "";
            } catch (IOException e) {
                loNote = "failed: " + e.getMessage().lines().findFirst().orElse("");
            }
        }
        WorkbookResult r = new WorkbookResult(name, costCentreRows, process, poi, poiOnOutput, paired, cold, coldOneJvm, coldNote, lo, loNote);
        System.out.printf(Locale.ROOT, "   process %s; POI %s; POI on the output %s; paired process / POI %s; cold jar %s (one JVM %s); LibreOffice %s%n",
                BenchReport.runs(process), BenchReport.runs(poi), BenchReport.runs(poiOnOutput), BenchReport.pairedRatio(r), cold.isEmpty() ? coldNote : BenchReport.seconds(cold),
                coldOneJvm.isEmpty() ? coldNote : BenchReport.seconds(coldOneJvm), lo.isEmpty() ? loNote : BenchReport.seconds(lo));
        return r;
    }

    private static final double MAX_SLOWER = 1.10;

    /** One workbook run by an earlier jar and by this one, alternately: seconds of each, and per round after / before. */
    private record BeforeAfter(String name, Stats before, Stats after, Stats ratio) {
    }

    /**
     * The earlier jar and this one, one after the other in each round, so that both see the same
     * load of a shared machine; all in the JVM started (no class archive, which the two would share).
     */
    private BeforeAfter beforeAfter(Path earlierJar, Path file) throws Exception {
        coldJar(earlierJar, file, false); // once each untimed: the file in the page cache for both
        coldJar(jar, file, false);
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < baselineRounds; i++) {
            double b = coldJar(earlierJar, file, false);
            double a = coldJar(jar, file, false);
            before.add(b);
            after.add(a);
            ratios.add(a / b);
        }
        BeforeAfter r = new BeforeAfter(file.getFileName().toString(), Stats.of(before), Stats.of(after), Stats.of(ratios));
        System.out.printf(Locale.ROOT, "   %s: before %s, after %s, after / before %s%n", r.name(), BenchReport.seconds(r.before()),
                BenchReport.seconds(r.after()), factor(r.ratio().median()));
        return r;
    }

    private String beforeAfterTable(List<BeforeAfter> compared) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Before and after: %s (before) and %s (after), `process` in one JVM each, "
                + "alternately in %d rounds; wall time median (min–max), and the median (min–max) of the rounds' ratios.%n%n",
                baseline, jar, baselineRounds));
        sb.append("| workbook | before | after | after / before |\n|---|---|---|---|\n");
        for (BeforeAfter c : compared) {
            sb.append("| ").append(c.name()).append(" | ").append(BenchReport.seconds(c.before())).append(" | ")
                    .append(BenchReport.seconds(c.after())).append(" | ").append(factor(c.ratio().median()))
                    .append(" (").append(factor(c.ratio().min())).append("–").append(factor(c.ratio().max()))
                    .append(") |\n");
        }
        return sb.toString();
    }

    private static String factor(double r) {
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    /** A measurement in seconds. */
    @FunctionalInterface
    private interface Timed {
        double seconds() throws Exception;
    }

    /** Up to {@code times} runs, stopping once the budget is spent (at least one run). */
    private List<Double> repeat(int times, Timed timed) throws Exception {
        List<Double> out = new ArrayList<>();
        double spent = 0;
        for (int i = 0; i < times && (i == 0 || spent < budgetSeconds); i++) {
            double s = timed.seconds();
            out.add(s);
            spent += s;
        }
        return out;
    }

    private ChildResult child(BenchChild.Contender contender, Path file) throws Exception {
        String name = contender.name().toLowerCase(Locale.ROOT);
        // A round's ratio divides two noisy times: three times the rounds (within the same budget) for a steadier median.
        int rounds = contender == BenchChild.Contender.PAIRED ? 3 * runs : runs;
        List<String> command = List.of(java(), HEAP, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                BenchChild.class.getName(), name, file.toString(), Integer.toString(warmups), Integer.toString(rounds),
                Double.toString(budgetSeconds));
        Path log = dir.resolve("child-" + name + "-" + file.getFileName() + ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return ChildResult.failed(name, file.getFileName().toString(), "no result within " + timeoutSeconds + " s (killed)");
        }
        try (Stream<String> lines = Files.lines(log)) {
            return lines.map(ChildResult::parse).flatMap(java.util.Optional::stream).reduce((a, b) -> b)
                    .orElse(ChildResult.failed(name, file.getFileName().toString(), "exit " + p.exitValue() + ", see " + log));
        }
    }

    /**
     * The whole {@code java -jar rapportkoll.jar process}, JVM start included, as a user runs it
     * ({@code relaunch}: the command's faster-starting second JVM) or all in the JVM started;
     * exit 1 only means findings of severity fel.
     */
    private double coldJar(Path file, boolean relaunch) throws Exception {
        return coldJar(jar, file, relaunch);
    }

    private double coldJar(Path jar, Path file, boolean relaunch) throws Exception {
        Path out = Files.createTempDirectory(dir, "cold").resolve(file.getFileName());
        List<String> command = List.of(java(), HEAP, "-Djava.io.tmpdir=" + coldTemp.toAbsolutePath(),
                "-Drapportkoll.relaunch=" + relaunch, "-jar", jar.toString(), "process", file.toString(), "-o", out.toString(), "--force");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean finished = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!finished) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("cold jar on " + file + " took over " + timeoutSeconds + " s");
        }
        if (p.exitValue() > 1) {
            throw new IllegalStateException("cold jar on " + file + " exited " + p.exitValue());
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(out.getParent());
        return seconds;
    }

    /**
     * soffice converting the file to .xlsx with a profile that recalculates OOXML on load (else it
     * keeps the cached values and computes nothing); start-up included. The first conversion ever
     * also creates the profile, so it is made once beforehand and not counted.
     */
    private double libreOffice(Path file) throws Exception {
        if (libreOfficeProfile == null) {
            libreOfficeProfile = Files.createTempDirectory("rapportkoll-bench-lo");
            LibreOfficeRecalcCheck.convert(Files.createTempDirectory(dir, "lo"), libreOfficeProfile, List.of(file));
        }
        Path out = Files.createTempDirectory(dir, "lo");
        long start = System.nanoTime();
        LibreOfficeRecalcCheck.convert(out, libreOfficeProfile, List.of(file));
        double seconds = (System.nanoTime() - start) / 1e9;
        deleteTree(out);
        return seconds;
    }

    // ---------------------------------------------------------------- the drop folder

    /** Times each job a watcher hands its processor. */
    static final class TimedProcessor implements Processor {
        private final Processor inner;
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

        TimedProcessor(Processor inner) {
            this.inner = inner;
        }

        @Override
        public Status process(Job job) throws IOException, InterruptedException {
            long start = System.nanoTime();
            try {
                return inner.process(job);
            } finally {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }

        @Override
        public void close() {
            inner.close(); // ends the worker JVM with the watcher
        }
    }

    private List<String> dropFolder() throws Exception {
        int inProcess = Integer.getInteger("bench.dropFiles", 100);
        int children = Integer.getInteger("bench.childDropFiles", 100);
        List<String> out = new ArrayList<>();
        System.out.println("== drop folder");
        out.add(dropFolder("in one JVM (InProcessProcessor)", new TimedProcessor(new InProcessProcessor()), inProcess));
        out.add(dropFolder("in a worker JVM (ChildProcessor, as the CLI)", new TimedProcessor(
                new ChildProcessor(java(), jar.toString(), 1024)), children));
        return out;
    }

    private String dropFolder(String how, TimedProcessor processor, int files) throws Exception {
        Path root = dir.resolve("drop-" + files + "-" + System.nanoTime());
        Path inbox = Files.createDirectories(root.resolve("inkorg"));
        List<Path> sources = samples();
        for (int i = 0; i < files; i++) {
            Path source = sources.get(i % sources.size());
            Files.copy(source, inbox.resolve(String.format(Locale.ROOT, "%03d-%s", i + 1, source.getFileName())));
        }
        WatchOptions options = new WatchOptions(Duration.ZERO, Duration.ofSeconds(120), Duration.ofSeconds(timeoutSeconds),
                Duration.ofSeconds(1), 1024, RunOptions.swedish());
        long start = System.nanoTime();
        int problems;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(root.resolve("watch-stdout.txt")), true);
             Watcher watcher = Watcher.start(root, options, processor, log)) {
            problems = watcher.runOnce();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long done;
        try (Stream<Path> klart = Files.list(root.resolve("klart"))) {
            done = klart.filter(f -> f.getFileName().toString().endsWith(".xlsx")).count();
        }
        Stats perFile = Stats.of(processor.millis);
        String line = String.format(Locale.ROOT, "%d samples (mixed), `watch --once` %s: per file %s, %.1f s in all, %.0f files per minute; "
                        + "%d of %d in klart%s", files, how, BenchReport.milliseconds(perFile), seconds, files / seconds * 60,
                done, files, problems == 0 ? "" : ", " + problems + " not handled");
        System.out.println("   " + line);
        deleteTree(root);
        return line;
    }

    // ---------------------------------------------------------------- helpers

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
