package se.rapportkoll.cli;

import se.rapportkoll.pipeline.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.cli.Cli.assertOneLineFailure;
import static se.rapportkoll.cli.Cli.run;

/** The watch subcommand's argument handling; the watching itself is tested in the watch package. */
class WatchCommandLineTest {

    @TempDir
    Path dir;

    @Test
    void helpDescribesTheOptions() {
        Cli.Run help = run("watch", "--help");
        assertEquals(0, help.exitCode(), help::toString);
        assertTrue(help.out().contains("--once") && help.out().contains("--max-memory-mb"), help::toString);
        assertTrue(help.out().contains("--split") && help.out().contains("--mix"), "the same analyses as process: " + help);
    }

    @Test
    void aFileGivenAsTheFolderIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("inte-en-mapp.txt"), "x");
        Cli.Run r = run("watch", file, "--once");
        assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
        assertOneLineFailure(r);
    }

    @Test
    void tooLittleMemoryOrNonPositiveTimesAreUsageErrors() {
        for (Object[] args : new Object[][] {{"watch", dir, "--once", "--max-memory-mb", "8"},
                {"watch", dir, "--once", "--timeout-seconds", "0"}, {"watch", dir, "--once", "--workers", "0"},
                {"watch", dir, "--once", "--workers", "17"}}) {
            Cli.Run r = run(args);
            assertEquals(ExitCode.USAGE, r.exitCode(), r::toString);
            assertOneLineFailure(r);
            assertTrue(r.err().contains("minst 64") && r.err().contains("--workers"), r::toString);
        }
    }

    @Test
    void twoWorkersProcessEveryFileOnceAndSayTheStartOnce() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        for (int i = 1; i <= 6; i++) {
            Files.copy(Cli.SAMPLES.resolve(Cli.PLAN), inbox.resolve("plan-" + i + ".xlsx"));
        }
        Cli.Run r = run("watch", dir, "--once", "--stable-seconds", "0", "--workers", "2", "--max-memory-mb", "256");
        assertEquals(0, r.exitCode(), r::toString);
        try (var done = Files.list(dir.resolve("klart")); var archived = Files.list(dir.resolve("arkiv"))) {
            assertEquals(6, done.filter(f -> f.toString().endsWith(".xlsx")).count(), r::toString);
            assertEquals(6, archived.count());
        }
        assertEquals(6, r.out().lines().filter(l -> l.contains("klart →")).count(), "one line per file, none twice: " + r.out());
        assertEquals(1, r.out().lines().filter(l -> l.contains("bearbetar det som ligger i inkorg")).count(), r.out());
        try (var work = Files.list(dir.resolve(".arbete"))) {
            assertEquals(0, work.filter(Files::isDirectory).flatMap(d -> {
                try {
                    return Files.list(d);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count(), "no claim left behind");
        }
    }

    @Test
    void theSplitAndMixReachTheDropFoldersOutputsAsTheyReachProcess() throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inkorg"));
        Files.copy(Cli.SAMPLES.resolve(Cli.AUGUST), inbox.resolve("aug.xlsx"));
        Cli.Run r = run("watch", dir, "--once", "--stable-seconds", "0", "--split", "three", "--mix", "--max-memory-mb", "256");
        assertEquals(0, r.exitCode(), r::toString);
        String report = Files.readString(dir.resolve("klart").resolve("aug-rapportkoll.json"));
        assertTrue(report.contains("\"interactionTkr\"") && report.contains("\"mixTkr\""), report);
    }

    @Test
    void onceOnAnEmptyFolderCreatesTheFoldersAndExitsZero() {
        Cli.Run r = run("watch", dir, "--once", "--stable-seconds", "1");
        assertEquals(0, r.exitCode(), r::toString);
        for (String name : new String[] {"inkorg", "klart", "fel", "arkiv"}) {
            assertTrue(Files.isDirectory(dir.resolve(name)), name);
        }
    }
}
