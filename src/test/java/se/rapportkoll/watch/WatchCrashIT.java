package se.rapportkoll.watch;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rapportkoll watch} as users run it, from the shaded jar, killed with SIGKILL while it works. */
class WatchCrashIT {

    private static final int FILES = 6;
    private static final Duration LONG = Duration.ofSeconds(240);

    @TempDir
    Path tmp;

    private Path drop;
    private int started;

    private Process watch(String... extra) throws IOException {
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar must be built first");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "watch", drop.toString(), "--stable-seconds", "0.3", "--scan-seconds", "0.2"));
        command.addAll(List.of(extra));
        Path log = tmp.resolve("watch-" + (++started) + ".txt");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private void dropFiles() throws IOException {
        Path inbox = Files.createDirectories(drop.resolve("inkorg"));
        for (int i = 1; i <= FILES; i++) {
            Files.copy(Path.of("samples/manadsrapport-feb-2025.xlsx"), inbox.resolve("r" + i + ".xlsx"));
        }
    }

    /** Workbooks that take the warm worker a second or more each, so a kill can fall inside one. */
    private void dropSlowFiles() throws IOException {
        Path inbox = Files.createDirectories(drop.resolve("inkorg"));
        Path big = tmp.resolve("big.xlsx");
        Drops.largeWorkbook(big, 20_000);
        for (int i = 1; i <= FILES; i++) {
            Files.copy(big, inbox.resolve("r" + i + ".xlsx"));
        }
    }

    @Test
    void killedWhileWorkingAndRestartedEveryFileEndsUpExactlyOnce() throws Exception {
        drop = Files.createDirectory(tmp.resolve("drop"));
        dropSlowFiles();
        Random random = new Random(5);
        int killedMidClaim = 0;
        for (int kill = 0; kill < 10 && killedMidClaim < 2; kill++) {
            Process p = watch();
            Path out = tmp.resolve("watch-" + started + ".txt");
            Drops.await("the watcher to start", LONG, () -> read(out).contains("rapportkoll") || !p.isAlive());
            // Processing one of these files takes a second or more, so a random moment mostly falls inside one.
            Thread.sleep(200 + random.nextInt(2500));
            p.destroyForcibly();
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            if (Drops.openClaims(drop) > 0) {
                killedMidClaim++;
            }
            if (Drops.names(drop.resolve("inkorg")).isEmpty() && Drops.openClaims(drop) == 0) {
                break;
            }
        }
        assertTrue(killedMidClaim > 0, "at least one kill interrupted a file being processed");
        Process last = watch("--once");
        assertTrue(last.waitFor(LONG.toSeconds(), TimeUnit.SECONDS), "--once finishes");
        assertEquals(0, last.exitValue(), () -> read(tmp.resolve("watch-" + started + ".txt")));

        assertFolders();
    }

    @Test
    void twoWatcherProcessesOnOneFolderNeverBothProcessAFile() throws Exception {
        drop = Files.createDirectory(tmp.resolve("drop"));
        Process a = watch();
        Process b = watch();
        try {
            Drops.await("both watchers ready", LONG, () -> Files.isDirectory(drop.resolve("inkorg")));
            dropFiles();
            Drops.await("all archived", LONG, () -> Drops.quietly(() -> Drops.count(drop.resolve("arkiv"), ".xlsx") == FILES));
            Drops.await("claims closed", LONG, () -> Drops.quietly(() -> Drops.openClaims(drop) == 0));
            // a watcher prints its line just after publishing: wait for it before stopping them
            Drops.await("a line per file", LONG, () -> Drops.quietly(() -> (read(tmp.resolve("watch-1.txt"))
                    + read(tmp.resolve("watch-2.txt"))).lines().filter(l -> l.contains("klart →")).count() >= FILES));
        } finally {
            a.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            b.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
        assertFolders();
        String lines = read(tmp.resolve("watch-1.txt")) + read(tmp.resolve("watch-2.txt"));
        assertEquals(FILES, lines.lines().filter(l -> l.contains("klart →")).count(), lines);
    }

    private void assertFolders() throws IOException {
        List<String> done = Drops.names(drop.resolve("klart"));
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= FILES; i++) {
            expected.add("r" + i + "-rapportkoll.json");
            expected.add("r" + i + "-rapportkoll.xlsx");
        }
        expected.sort(null);
        assertAll(
                () -> assertEquals(expected, done, "each input exactly once in klart, no temp or half-written file"),
                () -> assertEquals(FILES, Drops.count(drop.resolve("arkiv"), ".xlsx")),
                () -> assertEquals(List.of(), Drops.names(drop.resolve("fel"))),
                () -> assertEquals(List.of(), Drops.names(drop.resolve("inkorg"))),
                () -> assertEquals(0, Drops.openClaims(drop)));
        for (String name : done) {
            if (name.endsWith(".xlsx")) {
                try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(drop.resolve("klart").resolve(name)))) {
                    assertTrue(wb.getSheet("Validering") != null, name);
                }
            }
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
