package se.rapportkoll.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jar's watcher: its first child writes the class-data archive, the later ones process with it. */
class StartupArchiveIT {

    @TempDir
    Path tmp;

    private int watchOnce(Path drop, Path temporary) throws Exception {
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar must be built first");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-jar", jar.toString(), "watch", drop.toString(), "--once", "--stable-seconds", "0")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("watch.txt").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "watch --once ends");
        return p.exitValue();
    }

    private static List<Path> files(Path dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void theChildrenShareOneArchiveAndProcessAsBefore() throws Exception {
        Path drop = Files.createDirectory(tmp.resolve("drop"));
        Path temporary = Files.createDirectory(tmp.resolve("tmp"));
        Path inbox = Files.createDirectories(drop.resolve("inkorg"));
        Files.copy(Path.of("samples/delarsrapport-aug-2025.xlsx"), inbox.resolve("a.xlsx"));
        Files.copy(Path.of("samples/manadsrapport-feb-2025.xlsx"), inbox.resolve("b.xlsx"));
        assertEquals(0, watchOnce(drop, temporary), Files.readString(tmp.resolve("watch.txt")));
        Path cds = temporary.resolve("rapportkoll-cds");
        assertEquals(1, files(cds, ".jsa").size(), "the first child wrote the archive");
        assertEquals(List.of(), files(cds, ".tmp"), "and left no partial file");

        Files.copy(Path.of("samples/verksamhetsplan-2025-2027.xlsx"), inbox.resolve("c.xlsx"));
        assertEquals(0, watchOnce(drop, temporary), Files.readString(tmp.resolve("watch.txt")));
        assertEquals(3, files(drop.resolve("klart"), ".xlsx").size(), "every file processed, with the archive too");
        assertEquals(List.of(), files(drop.resolve("fel"), ".xlsx"));
    }

    @Test
    void aWatcherStoppedByItsServiceEndsItsWorkerAndKeepsTheArchive() throws Exception {
        Path drop = Files.createDirectory(tmp.resolve("drop"));
        Path temporary = Files.createDirectory(tmp.resolve("tmp"));
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar"));
        Process watcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-jar", jar.toString(), "watch", drop.toString(), "--stable-seconds", "0",
                "--scan-seconds", "1").redirectErrorStream(true).redirectOutput(tmp.resolve("watch.txt").toFile()).start();
        try {
            Path inbox = drop.resolve("inkorg");
            for (int i = 0; i < 100 && !Files.isDirectory(inbox); i++) {
                Thread.sleep(100);
            }
            Files.copy(Path.of("samples/delarsrapport-aug-2025.xlsx"), inbox.resolve("a.xlsx"));
            Path done = drop.resolve("klart").resolve("a-rapportkoll.xlsx");
            for (int i = 0; i < 600 && !Files.exists(done); i++) {
                Thread.sleep(100);
            }
            assertTrue(Files.exists(done), Files.readString(tmp.resolve("watch.txt")));
        } finally {
            watcher.destroy(); // SIGTERM, as a service manager stops it
            assertTrue(watcher.waitFor(120, TimeUnit.SECONDS));
        }
        Path cds = temporary.resolve("rapportkoll-cds");
        assertEquals(1, files(cds, ".jsa").size(), "the worker, ended in order, wrote the archive and it was put in place");
        assertEquals(List.of(), files(cds, ".tmp"));
        assertEquals(List.of(), files(temporary, ".txt"), "the worker's console file went with it");
    }
}
