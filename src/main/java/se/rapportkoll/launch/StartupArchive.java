package se.rapportkoll.launch;

import se.rapportkoll.base.AtomicOutput;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A class-data-sharing archive for child JVMs on the jar: the classes of POI, XMLBeans and jxls as
 * the first child loaded them, mapped by every later child instead of loaded again. The watcher's
 * children use it (2.3 s to 1.65 s per August sample on a 2-core machine), and so does a command
 * run from the jar ({@link FastStart}).
 * <p>
 * The first child that finds no archive writes one as it exits ({@code -XX:ArchiveClassesAtExit}
 * into a file of its own, moved into place only when complete); the children after it use it
 * ({@code -XX:SharedArchiveFile}). The archive lives in the local temporary folder, never in the
 * drop folder (a share), and its name holds the JVM's version and the jar's place, size and time,
 * so a new jar or Java makes a new one. Nothing depends on it: a JVM that cannot use an archive
 * runs without it, a child's outcome is never read from its exit code alone (a failed archive
 * write changes it), and only a HotSpot JVM from one jar is given the options.
 */
public final class StartupArchive {

    private static final String QUIET = "-Xlog:cds*=off";

    private final Path jar;
    private final Path archive;
    private final boolean mappable;
    private Path training; // the file the one child in training writes, or null

    private StartupArchive(Path jar, Path archive) {
        this.jar = jar;
        this.archive = archive;
        this.mappable = mappable(jar, Runtime.version().feature());
    }

    /**
     * Java 17 maps none of the jar's classes from an archive when the jar's path has a character
     * that a URL escapes (a space, an å): it loads them from the jar as usual, and writing the
     * archive would only cost time and 27 MB. Java 25 maps them; versions between are untested.
     */
    static boolean mappable(Path jar, int javaFeature) {
        return javaFeature >= 25 || jar.toUri().getRawPath().indexOf('%') < 0;
    }

    /** The archive for children running {@code classPath} with this JVM, or null where none can be used. */
    public static StartupArchive forClassPath(String classPath, Path folder) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")
                || !System.getProperty("java.vm.name", "").contains("HotSpot") && !System.getProperty("java.vm.name", "").contains("OpenJDK")
                || Runtime.version().feature() < 13) {
            return null; // class folders cannot be archived; other JVMs have other options
        }
        try {
            // The JVM checks the class path an archive was written for: children always get the absolute one.
            Path jar = Path.of(classPath).toAbsolutePath().normalize();
            FileTime time = Files.getLastModifiedTime(jar);
            String name = String.format(Locale.ROOT, "rapportkoll-%s-%x-%x-%x.jsa",
                    System.getProperty("java.vm.version").replaceAll("[^A-Za-z0-9.+_-]", "_"), jar.toString().hashCode(),
                    Files.size(jar), time.toMillis());
            return new StartupArchive(jar, folder.resolve(name));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The default place: a folder in the local temporary folder. */
    public static Path defaultFolder() {
        return Path.of(System.getProperty("java.io.tmpdir"), "rapportkoll-cds");
    }

    /** The class path to start children with: the jar's absolute path, as the archive was written for. */
    public String classPath() {
        return jar.toString();
    }

    Path archive() {
        return archive;
    }

    /**
     * The JVM options for the next child: use the archive, write it, or none while another child
     * writes it (or where the archive would not be used, see {@link #mappable}). The JVM's notes on
     * classes it cannot archive (picocli's are Java 5 classes) are turned off: a child's output may
     * be the user's console.
     */
    public synchronized List<String> options() {
        if (!mappable) {
            return List.of();
        }
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        if (training != null || failedRecently()) {
            return List.of();
        }
        try {
            Files.createDirectories(archive.getParent());
            training = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + "-"
                    + System.nanoTime() + ".tmp");
            return List.of("-XX:ArchiveClassesAtExit=" + training, QUIET);
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Whether {@code options} are those of the JVM that writes the archive. */
    public static boolean writes(List<String> options) {
        return options.stream().anyMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit="));
    }

    /**
     * A JVM that should have written the archive ended without it (a full disk, a path the JVM cannot
     * write): noted, so that for a day no JVM tries again, each paying the attempt.
     */
    public void trainingFailed() {
        try {
            Files.createDirectories(archive.getParent());
            Files.deleteIfExists(failedMarker());
            Files.createFile(failedMarker());
        } catch (IOException ignored) {
            // then the next run tries again
        }
    }

    private Path failedMarker() {
        return archive.resolveSibling(archive.getFileName() + ".failed");
    }

    private boolean failedRecently() {
        try {
            return Files.isRegularFile(failedMarker())
                    && Duration.between(Files.getLastModifiedTime(failedMarker()).toInstant(), Instant.now()).toHours() < 24;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Archives of other jars or Java versions (about 27 MB each) that have not been written for
     * 30 days, and temporary files a killed watcher left for a day: every update of the jar would
     * otherwise leave one more in the temporary folder.
     */
    static void removeStale(Path folder, Instant now) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "rapportkoll-*")) {
            for (Path f : files) {
                Duration age = Duration.between(Files.getLastModifiedTime(f).toInstant(), now);
                String name = f.getFileName().toString();
                if (name.endsWith(".jsa") && age.toDays() >= 30
                        || (name.endsWith(".tmp") || name.endsWith(".failed")) && age.toHours() >= 24) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException ignored) {
            // tidying the temporary folder is not worth failing over
        }
    }

    /** After a child: a complete archive written by it is put in place; a partial one is removed. */
    public synchronized void childEnded(List<String> options, boolean completed) {
        if (training == null || !options.contains("-XX:ArchiveClassesAtExit=" + training)) {
            return;
        }
        Path written = training;
        training = null;
        try {
            if (completed && Files.isRegularFile(written) && Files.size(written) > 0) {
                AtomicOutput.move(written, archive, true);
                removeStale(archive.getParent(), Instant.now());
            }
        } catch (IOException ignored) {
            // no archive this time: the next child tries again
        } finally {
            try {
                Files.deleteIfExists(written);
            } catch (IOException ignored) {
                // a temporary file in the temporary folder
            }
        }
    }
}
