package se.rapportkoll.watch;

import se.rapportkoll.pipeline.RunOptions;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop folder on real folders, processing in this JVM (fast) except where the child JVM is the point. */
class WatcherTest {

    private static final Duration LONG = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();

    private Watcher watcher(WatchOptions options, Processor processor) throws Exception {
        return Watcher.start(dir, options, processor, new PrintWriter(out, true));
    }

    private int once(WatchOptions options, Processor processor) throws Exception {
        try (Watcher w = watcher(options, processor)) {
            return w.runOnce();
        }
    }

    /** Runs a watcher in a thread until the returned handle is closed. */
    private AutoCloseable background(Processor processor) throws Exception {
        Watcher w = watcher(Drops.fast(), processor);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                w.runForever();
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        return () -> {
            w.stop();
            t.join(60_000);
            w.close();
            if (failure.get() != null) {
                throw new AssertionError("watcher failed", failure.get());
            }
        };
    }

    @Test
    void createsTheFoldersIfMissing() throws Exception {
        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));
        for (String name : List.of("inkorg", "klart", "fel", "arkiv")) {
            assertTrue(Files.isDirectory(dir.resolve(name)), name);
        }
        assertTrue(Files.exists(dir.resolve("rapportkoll-watch.0.log")), "log file in DIR");
    }

    @Test
    void slowWriterIsProcessedOnceWhenComplete() throws Exception {
        byte[] book = Files.readAllBytes(Path.of("samples/delarsrapport-aug-2025.xlsx"));
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        try (AutoCloseable running = background(new InProcessProcessor())) {
            try (OutputStream o = Files.newOutputStream(inbox.resolve("aug.xlsx"))) {
                o.write(book, 0, book.length / 2);
                o.flush();
                // Longer than the stable time: the half file is stable but not a zip yet, and must wait.
                Thread.sleep(2000);
                o.write(book, book.length / 2, book.length - book.length / 2);
            }
            Drops.await("result and archive", LONG, () -> Drops.quietly(() ->
                    Drops.count(dir.resolve("arkiv"), ".xlsx") == 1 && Drops.count(dir.resolve("klart"), ".json") == 1));
        }
        assertAll(
                () -> assertEquals(List.of("aug-rapportkoll.json", "aug-rapportkoll.xlsx"), Drops.names(dir.resolve("klart"))),
                () -> assertEquals(List.of(), Drops.names(dir.resolve("fel")), "the half file was never rejected"),
                () -> assertEquals(List.of(), Drops.names(inbox)),
                () -> assertArrayEquals(book, Files.readAllBytes(dir.resolve("arkiv").resolve(Drops.names(dir.resolve("arkiv")).get(0))),
                        "the original is archived whole"),
                () -> {
                    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(dir.resolve("klart/aug-rapportkoll.xlsx")))) {
                        assertTrue(wb.getSheet("Validering") != null, "processed output");
                    }
                },
                () -> assertTrue(out.toString().contains("aug.xlsx\tklart → klart/aug-rapportkoll.xlsx\t3 fel"), out::toString),
                () -> assertEquals(1, out.toString().lines()
                        .filter(l -> l.contains("aug.xlsx\tväntar på att filen skrivs klart (högst 30 s")).count(),
                        "the wait is said once, though the half file was seen stable many times: " + out),
                () -> assertTrue(Files.readString(dir.resolve("rapportkoll-watch.0.log")).contains("väntar på att filen skrivs klart"),
                        "and in the log file"));
    }

    /**
     * A stable file that does not start as a zip can never become a workbook: it goes to fel at
     * once, not after the wait for incomplete copies, and the log line gives the reason its fel text gives.
     */
    @Test
    void aStableFileWithoutTheZipSignatureGoesToFelAtOnceWithItsReasonInTheLog() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        Files.writeString(inbox.resolve("export.xlsx"), "Verksamhet;Budget;Utfall\nLedning;1;2\n");
        long start = System.nanoTime();

        assertEquals(0, once(Drops.fast(), new InProcessProcessor())); // fast(): 30 s wait for an incomplete zip

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String felText = Files.readString(dir.resolve("fel/export.fel.txt"), StandardCharsets.UTF_8);
        String reason = felText.lines().dropWhile(l -> !l.equals("Vad är fel:")).skip(1).findFirst().orElseThrow();
        String line = out.toString().lines().filter(l -> l.contains("export.xlsx\tfel →")).findFirst().orElseThrow(() -> new AssertionError(out.toString()));
        assertAll(
                () -> assertTrue(took.compareTo(Duration.ofSeconds(15)) < 0, "not waited for as a copy: " + took),
                () -> assertEquals(List.of("export.fel.txt", "export.xlsx"), Drops.names(dir.resolve("fel"))),
                () -> assertTrue(reason.contains("export.xlsx") && reason.contains("inte en Excel-arbetsbok"), felText),
                () -> assertTrue(line.contains("fel → fel/export.xlsx: " + reason), line + "\n" + felText),
                () -> assertFalse(out.toString().contains("väntar på att"), "nothing to wait for: " + out));
    }

    /**
     * An empty file stays empty: it goes to fel after the short wait for empty files, not after the
     * wait for incomplete copies (30 s here, 120 s by default), with its reason in the log.
     */
    @Test
    void aStableEmptyFileGoesToFelAfterTheShortEmptyWaitWithItsReason() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        Files.write(inbox.resolve("tom.xlsx"), new byte[0]);
        long start = System.nanoTime();

        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String felText = Files.readString(dir.resolve("fel/tom.fel.txt"), StandardCharsets.UTF_8);
        String line = out.toString().lines().filter(l -> l.contains("tom.xlsx\tfel →")).findFirst().orElseThrow(() -> new AssertionError(out.toString()));
        assertAll(
                () -> assertTrue(took.compareTo(Stability.EMPTY_WAIT) >= 0, "a copy just begun is given its moment: " + took),
                () -> assertTrue(took.compareTo(Stability.EMPTY_WAIT.plusSeconds(8)) < 0, "not waited for as an incomplete copy: " + took),
                () -> assertEquals(List.of("tom.fel.txt", "tom.xlsx"), Drops.names(dir.resolve("fel"))),
                () -> assertTrue(felText.contains("Filen är tom (0 byte)"), felText),
                () -> assertTrue(line.contains("Filen är tom (0 byte)"), line),
                () -> assertTrue(out.toString().contains("tom.xlsx\tväntar på att filen skrivs klart (högst 10 s"),
                        "the wait said with its real length: " + out));
    }

    /** A report text dropped beside its workbook is checked with it (its findings in the JSON report) and stays in inkorg. */
    @Test
    void aReportTextBesideItsWorkbookIsCheckedToo() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        Files.copy(Path.of("samples", "delarsrapport-aug-2025.xlsx"), inbox.resolve("aug.xlsx"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(inbox.resolve("aug.docx"))) {
            doc.createParagraph().createRun().setText("De prognostiserade kostnaderna genererar en negativ avvikelse om 19 800 tkr.");
            doc.write(out);
        }

        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));

        assertEquals(List.of("aug.docx"), Drops.names(inbox));
        assertEquals(List.of(), Drops.names(dir.resolve("fel")));
        String report = Files.readString(dir.resolve("klart").resolve("aug-rapportkoll.json"));
        assertTrue(report.contains("\"rule\": \"text-amount\""), report);
        assertTrue(report.contains("Rapporttexten aug.docx: Texten anger ett underskott om 19 800 tkr för Kostnader"), report);
    }

    @Test
    void lockTempHiddenFilesAndFoldersAreLeftAlone() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        byte[] book = Drops.smallWorkbook();
        Files.write(inbox.resolve("budget.xlsx"), book);
        List<String> ignored = List.of("~$budget.xlsx", ".~lock.budget.xlsx#", "kopia.tmp", ".dold.xlsx");
        for (String name : ignored) {
            Files.write(inbox.resolve(name), book);
        }
        Files.createDirectories(inbox.resolve("undermapp")).resolve("inne.xlsx");
        Files.write(inbox.resolve("undermapp/inne.xlsx"), book);
        Files.createDirectories(inbox.resolve(".dold-mapp"));

        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));

        List<String> left = new ArrayList<>(ignored);
        left.addAll(List.of(".dold-mapp", "undermapp"));
        assertEquals(left.stream().sorted().toList(), Drops.names(inbox));
        assertEquals(List.of("inne.xlsx"), Drops.names(inbox.resolve("undermapp")));
        assertEquals(List.of("budget-rapportkoll.json", "budget-rapportkoll.xlsx"), Drops.names(dir.resolve("klart")));
        assertEquals(List.of(), Drops.names(dir.resolve("fel")));
    }

    @Test
    void burstOf200FilesEachGivesExactlyOneResult() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        byte[] book = Drops.smallWorkbook();
        for (int i = 0; i < 200; i++) {
            Files.write(inbox.resolve(String.format("rapport-%03d.xlsx", i)), book);
        }

        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));

        List<String> done = Drops.names(dir.resolve("klart"));
        assertEquals(400, done.size());
        for (int i = 0; i < 200; i++) {
            String base = String.format("rapport-%03d-rapportkoll", i);
            assertTrue(done.contains(base + ".xlsx") && done.contains(base + ".json"), base);
        }
        assertEquals(200, Drops.count(dir.resolve("arkiv"), ".xlsx"));
        assertEquals(List.of(), Drops.names(inbox));
        assertEquals(List.of(), Drops.names(dir.resolve("fel")));
        assertEquals(0, Drops.openClaims(dir));
        assertEquals(200, out.toString().lines().filter(l -> l.contains("klart →")).count());
    }

    /** The real path: every file in a child JVM. A bad file goes to fel with a Swedish text; the good ones still go through. */
    @Test
    void badFilesAmongGoodOnesGoToFelInAChildJvm() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        byte[] book = Drops.smallWorkbook();
        Files.write(inbox.resolve("a.xlsx"), book);
        Files.write(inbox.resolve("b-trasig.xlsx"), Arrays.copyOf(book, book.length / 2));
        Files.writeString(inbox.resolve("c-text.xlsx"), "Verksamhet;Budget;Utfall\nLedning;1;2\n");
        Files.write(inbox.resolve("d.xlsx"), book);
        WatchOptions options = new WatchOptions(Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(120),
                Duration.ofMillis(200), 256, RunOptions.swedish());

        assertEquals(0, once(options, new ChildProcessor(256)));

        assertEquals(List.of("a-rapportkoll.json", "a-rapportkoll.xlsx", "d-rapportkoll.json", "d-rapportkoll.xlsx"),
                Drops.names(dir.resolve("klart")));
        assertEquals(List.of("b-trasig.fel.txt", "b-trasig.xlsx", "c-text.fel.txt", "c-text.xlsx"), Drops.names(dir.resolve("fel")));
        String text = Files.readString(dir.resolve("fel/c-text.fel.txt"), StandardCharsets.UTF_8);
        assertAll(
                () -> assertTrue(text.contains("Vad är fel:") && text.contains("Vad du kan göra:"), text),
                () -> assertTrue(text.contains("inte en Excel-arbetsbok"), text),
                () -> assertTrue(text.contains("fel/c-text.xlsx"), text),
                () -> assertTrue(Files.readString(dir.resolve("fel/b-trasig.fel.txt")).contains("lägg den i mappen inkorg igen")),
                () -> assertArrayEquals(Arrays.copyOf(book, book.length / 2), Files.readAllBytes(dir.resolve("fel/b-trasig.xlsx"))),
                () -> assertEquals(2, Drops.count(dir.resolve("arkiv"), ".xlsx")));
    }

    @Test
    void aFileOverTheTimeLimitGoesToFel() throws Exception {
        Files.write(Files.createDirectories(dir.resolve("inkorg")).resolve("seg.xlsx"), Drops.smallWorkbook());
        // A child JVM cannot even start in 50 ms: the limit is always hit.
        WatchOptions options = new WatchOptions(Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofMillis(50),
                Duration.ofMillis(200), 256, RunOptions.swedish());

        assertEquals(0, once(options, new ChildProcessor(256)));

        assertEquals(List.of("seg.fel.txt", "seg.xlsx"), Drops.names(dir.resolve("fel")));
        assertTrue(Files.readString(dir.resolve("fel/seg.fel.txt")).contains("längre än 0 sekunder"));
        assertEquals(List.of(), Drops.names(dir.resolve("klart")));
    }

    @Test
    void aFileThatExhaustsTheChildsMemoryGoesToFelAndTheWatcherGoesOn() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        Path big = dir.resolve("stor.xlsx");
        Drops.largeWorkbook(big, 25_000); // 200 000 figures: far more than 16 MB to open
        Files.move(big, inbox.resolve("stor.xlsx"));
        WatchOptions options = new WatchOptions(Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofSeconds(120),
                Duration.ofMillis(200), 16, RunOptions.swedish());

        assertEquals(0, once(options, new ChildProcessor(16)));

        assertEquals(List.of("stor.fel.txt", "stor.xlsx"), Drops.names(dir.resolve("fel")));
        String text = Files.readString(dir.resolve("fel/stor.fel.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains("mer minne än de 16 MB"), text);
        assertEquals(List.of(), Drops.names(dir.resolve("klart")));
    }

    @Test
    void anExistingResultIsNeverOverwritten() throws Exception {
        Path done = Files.createDirectories(dir.resolve("klart"));
        Files.writeString(done.resolve("budget-rapportkoll.xlsx"), "a colleague's file");
        Files.write(Files.createDirectories(dir.resolve("inkorg")).resolve("budget.xlsx"), Drops.smallWorkbook());

        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));

        assertEquals(List.of("budget-rapportkoll (2).json", "budget-rapportkoll (2).xlsx", "budget-rapportkoll.xlsx"), Drops.names(done));
        assertEquals("a colleague's file", Files.readString(done.resolve("budget-rapportkoll.xlsx")));
    }

    @Test
    void twoWatchersOnOneFolderNeverBothProcessAFile() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        byte[] book = Drops.smallWorkbook();
        CountingProcessor counting = new CountingProcessor();
        try (AutoCloseable first = background(counting); AutoCloseable second = background(counting)) {
            for (int i = 0; i < 60; i++) {
                Files.write(inbox.resolve("fil-" + i + ".xlsx"), book);
            }
            Drops.await("60 archived", LONG, () -> Drops.quietly(() -> Drops.count(dir.resolve("arkiv"), ".xlsx") == 60));
        }
        List<String> done = Drops.names(dir.resolve("klart"));
        assertEquals(120, done.size(), done::toString);
        assertTrue(done.stream().noneMatch(n -> n.contains("(")), () -> "no second output for any file: " + done);
        assertEquals(60, counting.inputs().size(), "each input processed once");
        assertEquals(60, Set.copyOf(counting.inputs()).size());
        assertEquals(0, Drops.openClaims(dir));
    }

    /** What a crash leaves: claims of a dead watcher at each step; a new watcher finishes each exactly once. */
    @Test
    void unfinishedClaimsOfADeadWatcherAreFinishedExactlyOnce() throws Exception {
        DropFolder folder = DropFolder.at(dir).create();
        byte[] book = Drops.smallWorkbook();
        Path dead = Files.createDirectories(folder.work().resolve("wdead"));
        // 1. claimed, nothing else
        Path c1 = Files.createDirectories(dead.resolve("20250101-000000-001-aa/in"));
        Files.write(c1.resolve("ett.xlsx"), book);
        // 2. claimed and planned, killed while processing (a stale status from nowhere must not count)
        Path c2 = Files.createDirectories(dead.resolve("20250101-000000-002-bb/in"));
        Files.write(c2.resolve("tva.xlsx"), book);
        Properties plan = new Properties();
        plan.setProperty("name", "tva.xlsx");
        plan.setProperty("result", "klart/tva-rapportkoll.xlsx");
        plan.setProperty("report", "klart/tva-rapportkoll.json");
        plan.setProperty("archive", "arkiv/tva_20250101-000000.xlsx");
        StateFile.write(c2.getParent().resolve("plan.properties"), plan);
        // 3. processed, result already moved to klart, killed before the report and the input moved
        Path c3 = c2.getParent().resolveSibling("20250101-000000-003-cc");
        Files.createDirectories(c3.resolve("in"));
        Files.write(c3.resolve("in/tre.xlsx"), book);
        Files.writeString(c3.resolve("report.json"), "{}");
        Files.writeString(folder.done().resolve("tre-rapportkoll.xlsx"), "published before the crash");
        Properties outcome = Status.ok(0, 0, 0).toProperties();
        outcome.setProperty("move.0.from", "result.xlsx");
        outcome.setProperty("move.0.to", "klart/tre-rapportkoll.xlsx");
        outcome.setProperty("move.1.from", "report.json");
        outcome.setProperty("move.1.to", "klart/tre-rapportkoll.json");
        outcome.setProperty("move.2.from", "in/tre.xlsx");
        outcome.setProperty("move.2.to", "arkiv/tre_20250101-000000.xlsx");
        StateFile.write(c3.resolve("outcome.properties"), outcome);
        // 4. everything moved; only the empty claim folder was left
        Files.createDirectories(dead.resolve("20250101-000000-004-dd/in"));

        assertEquals(0, once(Drops.fast(), new InProcessProcessor()));

        assertEquals(List.of("ett-rapportkoll.json", "ett-rapportkoll.xlsx", "tre-rapportkoll.json", "tre-rapportkoll.xlsx",
                "tva-rapportkoll.json", "tva-rapportkoll.xlsx"), Drops.names(folder.done()));
        assertEquals("published before the crash", Files.readString(folder.done().resolve("tre-rapportkoll.xlsx")));
        assertTrue(Drops.names(folder.archive()).containsAll(List.of("tva_20250101-000000.xlsx", "tre_20250101-000000.xlsx")));
        assertEquals(3, Drops.names(folder.archive()).size());
        assertEquals(0, Drops.openClaims(dir));
        assertTrue(Files.notExists(dead), "the dead watcher's folder is gone");
    }

    /** Counts the inputs it was given, across watchers. */
    private static final class CountingProcessor implements Processor {
        private final List<String> inputs = new ArrayList<>();
        private final InProcessProcessor real = new InProcessProcessor();

        @Override
        public Status process(Job job) throws java.io.IOException, InterruptedException {
            synchronized (this) {
                inputs.add(job.input().getFileName().toString());
            }
            return real.process(job);
        }

        synchronized List<String> inputs() {
            return List.copyOf(inputs);
        }
    }
}
