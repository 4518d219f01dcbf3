package se.rapportkoll.watch;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import se.rapportkoll.base.Version;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.base.AtomicOutput;

/**
 * Watches a drop folder. Each file goes through: seen in inkorg → stable → claimed (one atomic
 * rename into this watcher's {@code .arbete/ID/CLAIM/in/}) → names chosen and written to
 * {@code plan.properties} → processed into the claim → {@code outcome.properties} lists the moves
 * → moved into klart/arkiv or fel, the input last → claim deleted. Every step is either atomic or
 * repeatable from the files a crash leaves, so a restart finishes each claim exactly once.
 */
public final class Watcher implements Closeable {

    private static final DateTimeFormatter CLAIM_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);

    private final DropFolder folder;
    private final WatchOptions options;
    private final Processor processor;
    private final Messages messages;
    private final WatchLog log;
    private final WorkArea area;
    private final Stability stability;
    /** The first watcher of a group says when it starts and closes the log the group shares. */
    private final boolean first;
    /** Files that could not be claimed (e.g. open in Excel on Windows); --once gives up on them. */
    private final Set<String> unclaimable = new HashSet<>();
    /** Files said in the log to be waited for until complete: each is said once. */
    private final Set<String> announcedWaiting = new HashSet<>();
    private int problems;
    private volatile boolean stopped;

    private Watcher(DropFolder folder, WatchOptions options, Processor processor, WatchLog log, WorkArea area, boolean first) {
        this.first = first;
        this.folder = folder;
        this.options = options;
        this.processor = processor;
        this.messages = options.run().messages();
        this.log = log;
        this.area = area;
        this.stability = new Stability(options.stable(), options.incomplete());
    }

    /** Creates the folders if missing and takes this watcher's place in {@code .arbete}. */
    public static Watcher start(Path dir, WatchOptions options, Processor processor, PrintWriter out) throws IOException {
        return startGroup(dir, options, 1, () -> processor, out).get(0);
    }

    /**
     * {@code count} watchers on one folder, each with its own place in {@code .arbete} and its own
     * processor, sharing one log: run side by side, they process that many files at once. They
     * claim files as separate watchers on one folder do (one atomic rename each), so no file is
     * processed twice. Close the first last: it closes the shared log.
     */
    public static List<Watcher> startGroup(Path dir, WatchOptions options, int count, Supplier<Processor> processors,
                                           PrintWriter out) throws IOException {
        DropFolder folder = DropFolder.at(dir).create();
        WatchLog log = new WatchLog(folder.root(), out);
        List<Watcher> group = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                group.add(new Watcher(folder, options, processors.get(), log, WorkArea.open(folder), i == 0));
            }
            return group;
        } catch (IOException | RuntimeException e) {
            for (Watcher w : group) {
                try {
                    w.area.close();
                } catch (IOException ignored) {
                    // the lock goes with the process anyway
                }
            }
            log.close();
            throw e;
        }
    }

    public DropFolder folder() {
        return folder;
    }

    /** Asks {@link #runForever} to return after the file in hand. */
    public void stop() {
        stopped = true;
    }

    /**
     * Processes what is in inkorg, and what appears meanwhile, until inkorg holds nothing to wait
     * for. Returns the number of files that could not be handled (left in inkorg, or a move failed).
     */
    public int runOnce() throws InterruptedException {
        if (first) {
            log.say(messages.get("watch.startOnce", folder.root()));
        }
        while (!stopped) {
            int waiting = round();
            if (waiting == 0) {
                break;
            }
            Thread.sleep(options.pendingPoll().toMillis());
        }
        return problems + unclaimable.size();
    }

    /**
     * Runs until {@link #stop} or interrupt. The scan every {@code scan} interval is what counts;
     * a WatchService, where the file system offers one, only wakes the loop earlier. On network
     * shares it often stays silent for changes made by other machines, and an OVERFLOW means events
     * were lost: either way the next scan sees the truth, so every event just triggers a scan.
     */
    public void runForever() throws InterruptedException {
        if (first) {
            log.say(messages.get("watch.start", folder.root(), folder.inbox()));
        }
        WatchService events = openWatchService();
        try {
            while (!stopped) {
                round();
                unclaimable.clear(); // a file open in Excel may be closed by now
                long wait = (stability.pending() ? options.pendingPoll() : options.scan()).toMillis();
                if (events == null) {
                    Thread.sleep(wait);
                    continue;
                }
                WatchKey key = events.poll(wait, TimeUnit.MILLISECONDS);
                if (key != null) {
                    // OVERFLOW or not, the events themselves are not used: the scan that follows is.
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (ClosedWatchServiceException e) {
            // closed on shutdown
        } finally {
            if (events != null) {
                try {
                    events.close();
                } catch (IOException ignored) {
                    // nothing left to do with it
                }
            }
        }
    }

    private WatchService openWatchService() {
        try {
            WatchService service = folder.inbox().getFileSystem().newWatchService();
            folder.inbox().register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            return service;
        } catch (IOException | UnsupportedOperationException e) {
            log.info("no WatchService for " + folder.inbox() + ", scanning only: " + e);
            return null;
        }
    }

    /**
     * One pass: adopt dead watchers' claims, finish this watcher's claims, then take every file in
     * inkorg that is ready. Returns how many files in inkorg are still being waited for.
     */
    int round() {
        try {
            folder.create(); // a user may have deleted a folder
            int adopted = area.adoptOrphans();
            if (adopted > 0) {
                log.info("adopted " + adopted + " unfinished claim(s) of a stopped watcher");
            }
            for (Path claim : area.claims()) {
                handle(claim);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("cannot finish unfinished work in " + folder.work(), e);
            problems++;
        }
        List<String> names;
        try {
            names = candidates();
        } catch (IOException | RuntimeException e) {
            log.warn("cannot list " + folder.inbox(), e);
            return 1;
        }
        stability.retain(new HashSet<>(names));
        announcedWaiting.retainAll(new HashSet<>(names));
        int waiting = 0;
        for (String name : names) {
            if (stopped) {
                return waiting + 1;
            }
            if (unclaimable.contains(name)) {
                continue;
            }
            try {
                if (ready(name)) {
                    stability.forget(name);
                    announcedWaiting.remove(name);
                    claimAndHandle(name);
                } else if (Files.exists(folder.inbox().resolve(name))) {
                    waiting++;
                }
            } catch (IOException | RuntimeException e) {
                // One file's trouble must never stop the others.
                log.warn("cannot handle " + name, e);
                problems++;
            }
        }
        return waiting;
    }

    /** Regular, visible files in inkorg that are not Office lock or temp files. */
    private List<String> candidates() throws IOException {
        try (Stream<Path> s = Files.list(folder.inbox())) {
            return s.filter(p -> !Names.isIgnored(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p) && !hidden(p))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private static boolean hidden(Path p) {
        try {
            return Files.isHidden(p);
        } catch (IOException e) {
            return true;
        }
    }

    private boolean ready(String name) throws IOException {
        Path file = folder.inbox().resolve(name);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return false;
        }
        Stability.Observation observation = new Stability.Observation(attrs.size(), attrs.lastModifiedTime().toMillis());
        Stability.Verdict verdict = stability.observe(name, observation, System.currentTimeMillis(), Names.isOoxml(name));
        if (verdict == Stability.Verdict.READY) {
            return true;
        }
        if (verdict != Stability.Verdict.CHECK_ZIP || ZipCheck.isCompleteZip(file) || !ZipCheck.mayBecomeZip(file)) {
            return verdict == Stability.Verdict.CHECK_ZIP; // complete, or never a workbook: to fel at once with its reason
        }
        if (announcedWaiting.add(name)) {
            log.line(name + "\t" + messages.get("watch.line.waiting", stability.longestWait(observation).toSeconds()));
        }
        return false;
    }

    private void claimAndHandle(String name) throws IOException {
        Path claim = area.newClaim(LocalDateTime.now().format(CLAIM_STAMP));
        Path in = Files.createDirectory(claim.resolve("in"));
        try {
            AtomicOutput.move(folder.inbox().resolve(name), in.resolve(name), false);
        } catch (NoSuchFileException e) {
            deleteTree(claim); // another watcher claimed it, or the user took it back
            return;
        } catch (FileSystemException e) {
            deleteTree(claim);
            unclaimable.add(name);
            log.warn(messages.get("watch.cannotClaim", name), e);
            return;
        }
        handle(claim);
    }

    // ------------------------------------------------------------------ one claim

    private void handle(Path claim) throws IOException {
        long start = System.nanoTime();
        Optional<Path> input = input(claim);
        if (input.isEmpty()) {
            deleteTree(claim); // finished before a crash (the input moves last), or never claimed
            return;
        }
        String name = input.get().getFileName().toString();
        Properties plan = StateFile.read(claim.resolve("plan.properties")).orElse(null);
        if (plan == null) {
            plan = area.withNamesLocked(() -> plan(claim, name));
        }
        Properties outcome = StateFile.read(claim.resolve("outcome.properties")).orElse(null);
        if (outcome == null) {
            Status status = run(claim, input.get(), plan);
            Properties planned = plan;
            outcome = area.withNamesLocked(() -> outcome(claim, name, planned, status));
        }
        publish(claim, outcome);
        deleteTree(claim);
        report(name, outcome, System.nanoTime() - start);
    }

    private static Optional<Path> input(Path claim) throws IOException {
        try (Stream<Path> s = Files.list(claim.resolve("in"))) {
            return s.filter(Files::isRegularFile).findFirst();
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Chooses the result and archive names (free, and not promised to another claim) and writes them down. */
    private Properties plan(Path claim, String name) throws IOException {
        Set<String> promised = promisedNames();
        List<String> results = Names.results(name, n -> taken(folder.done(), n, promised));
        String archived = Names.archive(name, LocalDateTime.now(), n -> taken(folder.archive(), n, promised));
        Properties plan = new Properties();
        plan.setProperty("name", name);
        plan.setProperty("result", DropFolder.DONE + "/" + results.get(0));
        plan.setProperty("report", DropFolder.DONE + "/" + results.get(1));
        plan.setProperty("archive", DropFolder.ARCHIVE + "/" + archived);
        StateFile.write(claim.resolve("plan.properties"), plan);
        return plan;
    }

    private Status run(Path claim, Path input, Properties plan) {
        String name = input.getFileName().toString();
        Path text = folder.inbox().resolve(Names.base(name) + ".docx");
        Job job = new Job(input, claim.resolve("result" + Names.outputExtension(name)), claim.resolve("report.json"),
                claim.resolve("status.properties"), plan.getProperty("archive"), plan.getProperty("result"),
                options.run(), options.timeout(), Files.isRegularFile(text) ? text.toString() : "");
        try {
            return processor.process(job);
        } catch (IOException e) {
            log.warn("processing " + name + " failed to run", e);
            return Status.failed(Status.Kind.INTERNAL, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e); // the claim stays and is finished on restart
        }
    }

    /** Decides where every file of the claim goes, input last, and writes it down before anything moves. */
    private Properties outcome(Path claim, String name, Properties plan, Status status) throws IOException {
        Properties outcome = status.toProperties();
        List<String[]> moves = new ArrayList<>();
        if (status.kind() == Status.Kind.OK) {
            moves.add(new String[] {"result" + Names.outputExtension(name), plan.getProperty("result")});
            moves.add(new String[] {"report.json", plan.getProperty("report")});
            moves.add(new String[] {"in/" + name, plan.getProperty("archive")});
        } else {
            Set<String> promised = promisedNames();
            List<String> failed = Names.failure(name, n -> taken(folder.failed(), n, promised));
            String text = FailureText.render(messages, name, DropFolder.FAILED + "/" + failed.get(0), status, options,
                    LocalDateTime.now().format(WatchLog.TIME), Version.get());
            AtomicOutput.write(claim.resolve("fel.txt"), true, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
            moves.add(new String[] {"fel.txt", DropFolder.FAILED + "/" + failed.get(1)});
            moves.add(new String[] {"in/" + name, DropFolder.FAILED + "/" + failed.get(0)});
        }
        for (int i = 0; i < moves.size(); i++) {
            outcome.setProperty("move." + i + ".from", moves.get(i)[0]);
            outcome.setProperty("move." + i + ".to", moves.get(i)[1]);
        }
        StateFile.write(claim.resolve("outcome.properties"), outcome);
        return outcome;
    }

    /**
     * Carries out the moves; repeatable: a move whose source is gone was done before a crash. A
     * target that exists after all (a person put a file there) is never replaced: the file gets
     * the next counter instead.
     */
    private void publish(Path claim, Properties outcome) throws IOException {
        for (int i = 0; outcome.containsKey("move." + i + ".from"); i++) {
            Path from = claim.resolve(outcome.getProperty("move." + i + ".from"));
            Path to = folder.root().resolve(outcome.getProperty("move." + i + ".to"));
            if (!Files.exists(from)) {
                continue;
            }
            Path target = to;
            for (int n = 2; Files.exists(target); n++) {
                String file = to.getFileName().toString();
                target = to.resolveSibling(Names.counted(Names.base(file), n) + Names.extension(file));
            }
            AtomicOutput.move(from, target, false);
        }
    }

    private Set<String> promisedNames() throws IOException {
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.find(folder.work(), 3, (p, a) -> a.isRegularFile()
                && (p.getFileName().toString().equals("plan.properties") || p.getFileName().toString().equals("outcome.properties")))) {
            for (Path file : files.toList()) {
                try {
                    StateFile.read(file).ifPresent(p -> p.values().forEach(v -> names.add(v.toString().toLowerCase(Locale.ROOT))));
                } catch (IOException e) {
                    // a claim finished meanwhile
                }
            }
        } catch (java.io.UncheckedIOException e) {
            // a claim folder vanished during the walk; the names it held are no longer promised
        }
        return names;
    }

    private boolean taken(Path dir, String name, Set<String> promised) {
        return Files.exists(dir.resolve(name))
                || promised.contains((dir.getFileName() + "/" + name).toLowerCase(Locale.ROOT));
    }

    private void report(String name, Properties outcome, long nanos) {
        Status status = Status.fromProperties(outcome);
        String duration = String.format(messages.locale(), "%.1f s", nanos / 1e9);
        String where = outcome.getProperty(status.kind() == Status.Kind.OK ? "move.0.to" : "move.1.to");
        String result = status.kind() == Status.Kind.OK
                ? messages.get("watch.line.done", where)
                : messages.get("watch.line.failed", where, FailureText.reason(messages, status, options));
        String findings = status.kind() == Status.Kind.OK
                ? messages.get("watch.line.findings", status.errors(), status.warnings(), status.infos())
                : "-";
        log.line(name + "\t" + result + "\t" + findings + "\t" + duration);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Ends the processor's worker, then gives up this watcher's place and (the first of a group) the log. */
    @Override
    public void close() throws IOException {
        try {
            processor.close();
        } finally {
            try {
                area.close();
            } finally {
                if (first) {
                    log.close();
                }
            }
        }
    }
}
