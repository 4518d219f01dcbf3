package se.rapportkoll.watch;

import se.rapportkoll.launch.StartupArchive;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Processes in a worker JVM of its own, with a heap cap and a time limit per file: the only way to
 * stop a hang for sure and to keep one workbook's OutOfMemoryError from taking the watcher down.
 * <p>
 * The worker is kept for the next file ({@link Worker} takes one job per line), so a month-end
 * batch pays the JVM start and class loading once, not per file. A fresh worker takes over after
 * a file that hit its time limit (the worker is killed), ran out of memory or failed inside the
 * tool (the worker exits), after {@value #FILES_PER_WORKER} files, and after {@link #IDLE_MILLIS}
 * without a file (so an idle watcher does not hold a worker's heap). Workers share a class-data
 * archive ({@link StartupArchive}), which the first one writes as it exits.
 */
public final class ChildProcessor implements Processor {

    /** Files one worker takes before a fresh one starts: bounds whatever a JVM gathers over time. */
    static final int FILES_PER_WORKER = 200;
    /** A worker without a file for this long is ended. */
    static final long IDLE_MILLIS = 5 * 60 * 1000;
    /** How long a worker asked to end may take: writing the class archive as it exits takes seconds. */
    private static final long EXIT_SECONDS = 60;
    private static final String ENDED = "\u0000ended"; // the worker's output ended: it exited or died

    private final String javaCommand;
    private final String classPath;
    private final int maxHeapMb;
    private final StartupArchive archive; // null where workers cannot share one
    private final long idleMillis;
    private WorkerJvm worker; // the running worker, or null
    private long lastUsed;
    private Timer idleCheck; // ends an idle worker; made with the first worker
    private int started;

    public ChildProcessor(int maxHeapMb) {
        this(Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"), maxHeapMb);
    }

    /** Workers started with {@code javaCommand} on {@code classPath} (the benchmark runs them on the jar, as the CLI does). */
    public ChildProcessor(String javaCommand, String classPath, int maxHeapMb) {
        this(javaCommand, classPath, maxHeapMb, StartupArchive.forClassPath(classPath, StartupArchive.defaultFolder()), IDLE_MILLIS);
    }

    ChildProcessor(String javaCommand, String classPath, int maxHeapMb, StartupArchive archive, long idleMillis) {
        this.javaCommand = javaCommand;
        this.classPath = classPath;
        this.maxHeapMb = maxHeapMb;
        this.archive = archive;
        this.idleMillis = idleMillis;
    }

    @Override
    public synchronized Status process(Job job) throws IOException, InterruptedException {
        Files.deleteIfExists(job.status());
        long now = System.currentTimeMillis();
        if (worker != null && (!worker.process.isAlive() || worker.files >= FILES_PER_WORKER)) {
            end();
        }
        if (worker == null) {
            worker = start();
        }
        if (idleCheck == null) {
            idleCheck = new Timer("rapportkoll-worker-idle", true);
            idleCheck.schedule(new TimerTask() {
                @Override
                public void run() {
                    endIfIdle();
                }
            }, Math.max(idleMillis / 5, 1), Math.max(idleMillis / 5, 1));
        }
        WorkerJvm current = worker;
        current.files++;
        lastUsed = now;
        try {
            current.send(job);
        } catch (IOException e) {
            // It died between files: the file has not been started, so a fresh worker takes it.
            end();
            worker = start();
            current = worker;
            current.files++;
            current.send(job);
        }
        String answer;
        try {
            answer = current.answers.poll(job.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            kill();
            throw e;
        }
        lastUsed = System.currentTimeMillis();
        if (answer == null) {
            kill();
            return Status.failed(Status.Kind.TIMEOUT, "");
        }
        var written = StateFile.read(job.status());
        if (Worker.DONE.equals(answer)) {
            if (written.isEmpty()) { // cannot happen: it answers after writing the status
                kill();
                return Status.failed(Status.Kind.INTERNAL, "no status");
            }
            Status status = Status.fromProperties(written.get());
            if (status.kind().endsWorker()) {
                end(); // it exits by itself after such a file
            }
            return status;
        }
        // The worker died during the file.
        String console = current.console();
        int exit = current.process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS) ? current.process.exitValue() : -1;
        kill();
        if (written.isPresent()) {
            return Status.fromProperties(written.get());
        }
        if (console.contains("OutOfMemoryError")) {
            return Status.failed(Status.Kind.MEMORY, "OutOfMemoryError");
        }
        return Status.failed(Status.Kind.INTERNAL, "exit " + exit);
    }

    /** Ends the worker, waiting for it to write the class archive if it is the one to. */
    @Override
    public synchronized void close() {
        if (idleCheck != null) {
            idleCheck.cancel();
            idleCheck = null;
        }
        end();
    }

    /** Called by the timer; waits for a file in hand to finish (process holds the lock meanwhile). */
    private synchronized void endIfIdle() {
        if (worker != null && System.currentTimeMillis() - lastUsed > idleMillis) {
            end();
        }
    }

    /** The running worker's process, if any (for tests). */
    synchronized java.util.Optional<ProcessHandle> workerProcess() {
        return worker == null ? java.util.Optional.empty() : java.util.Optional.of(worker.process.toHandle());
    }

    /** How many workers were started (for tests). */
    synchronized int started() {
        return started;
    }

    private WorkerJvm start() throws IOException {
        List<String> archiveOptions = archive == null ? List.of() : archive.options();
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx" + maxHeapMb + "m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        command.addAll(archiveOptions);
        command.addAll(List.of("-cp", archive == null ? classPath : archive.classPath(), Worker.class.getName()));
        Path console = Files.createTempFile("rapportkoll-worker-", ".txt");
        Process process;
        try {
            // Its errors go to a file: a full pipe would block it, and an OutOfMemoryError is read from there.
            process = new ProcessBuilder(command).redirectError(console.toFile()).start();
        } catch (IOException e) {
            if (archive != null) {
                archive.childEnded(archiveOptions, false);
            }
            Files.deleteIfExists(console);
            throw e;
        }
        started++;
        return new WorkerJvm(process, archiveOptions, console);
    }

    /** Closes the worker's input, so it exits when it has finished; killed if it does not. */
    private void end() {
        if (worker == null) {
            return;
        }
        WorkerJvm ending = worker;
        worker = null;
        boolean exited = false;
        try {
            ending.input.close();
            exited = ending.process.waitFor(EXIT_SECONDS, TimeUnit.SECONDS);
        } catch (IOException e) {
            exited = !ending.process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!exited) {
            ending.process.destroyForcibly();
        }
        ending.ended(exited && ending.process.exitValue() == 0);
    }

    private void kill() throws InterruptedException {
        if (worker == null) {
            return;
        }
        WorkerJvm killed = worker;
        worker = null;
        killed.process.destroyForcibly().waitFor();
        killed.ended(false);
    }

    /** One worker JVM: its input, a thread handing on its answers, and its console file. */
    private final class WorkerJvm {
        final Process process;
        final Writer input;
        final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        final List<String> archiveOptions;
        final Path consoleFile;
        int files;

        WorkerJvm(Process process, List<String> archiveOptions, Path consoleFile) {
            this.process = process;
            this.archiveOptions = archiveOptions;
            this.consoleFile = consoleFile;
            this.input = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        answers.add(line.strip());
                    }
                } catch (IOException ignored) {
                    // the worker is gone
                }
                answers.add(ENDED);
            }, "rapportkoll-worker-answers");
            reader.setDaemon(true);
            reader.start();
        }

        void send(Job job) throws IOException {
            input.write(job.toLine() + "\n");
            input.flush();
        }

        String console() {
            try {
                return Files.readString(consoleFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }

        /** After the process is gone: the archive it wrote is put in place (or dropped), the console file removed. */
        void ended(boolean completed) {
            if (archive != null) {
                archive.childEnded(archiveOptions, completed);
            }
            try {
                Files.deleteIfExists(consoleFile);
            } catch (IOException ignored) {
                // a small file in the temporary folder
            }
        }
    }
}
