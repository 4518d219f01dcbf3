package se.rapportkoll.watch;

import se.rapportkoll.launch.StartupArchive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Each file in a JVM of its own, with a heap cap and a time limit: the only way to stop a hang
 * for sure and to keep one workbook's OutOfMemoryError from taking the watcher down with it.
 * Costs about a second of JVM start per file, which is nothing next to a person dropping files;
 * the children share a class-data archive ({@link StartupArchive}) that takes a quarter off that.
 */
public final class ChildProcessor implements Processor {

    private final String javaCommand;
    private final String classPath;
    private final int maxHeapMb;
    private final StartupArchive archive; // null where children cannot share one

    public ChildProcessor(int maxHeapMb) {
        this(Path.of(System.getProperty("java.home"), "bin", "java").toString(), System.getProperty("java.class.path"), maxHeapMb);
    }

    /** Children started with {@code javaCommand} on {@code classPath} (the benchmark runs them on the jar, as the CLI does). */
    public ChildProcessor(String javaCommand, String classPath, int maxHeapMb) {
        this(javaCommand, classPath, maxHeapMb, StartupArchive.forClassPath(classPath, StartupArchive.defaultFolder()));
    }

    ChildProcessor(String javaCommand, String classPath, int maxHeapMb, StartupArchive archive) {
        this.javaCommand = javaCommand;
        this.classPath = classPath;
        this.maxHeapMb = maxHeapMb;
        this.archive = archive;
    }

    @Override
    public Status process(Job job) throws IOException, InterruptedException {
        Files.deleteIfExists(job.status());
        List<String> archiveOptions = archive == null ? List.of() : archive.options();
        List<String> command = new ArrayList<>(List.of(javaCommand, "-Xmx" + maxHeapMb + "m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true"));
        command.addAll(archiveOptions);
        command.addAll(List.of("-cp", archive == null ? classPath : archive.classPath(), Worker.class.getName()));
        command.addAll(job.toArgs());
        // The child's own output goes to a file in the claim: a full pipe would block it.
        Path console = job.status().resolveSibling("worker.txt");
        Process child = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(console.toFile()).start();
        boolean completed = false;
        try {
            if (!child.waitFor(job.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
                return Status.failed(Status.Kind.TIMEOUT, "");
            }
            completed = true;
        } catch (InterruptedException e) {
            child.destroyForcibly();
            throw e;
        } finally {
            if (archive != null) {
                archive.childEnded(archiveOptions, completed);
            }
        }
        var written = StateFile.read(job.status());
        if (written.isPresent()) {
            return Status.fromProperties(written.get());
        }
        String text = Files.exists(console) ? Files.readString(console, StandardCharsets.UTF_8) : "";
        if (text.contains("OutOfMemoryError")) {
            return Status.failed(Status.Kind.MEMORY, "OutOfMemoryError");
        }
        return Status.failed(Status.Kind.INTERNAL, "exit " + child.exitValue());
    }
}
