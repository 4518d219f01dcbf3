package se.rapportkoll.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which child writes the class-data archive, when it is put in place, and when the others use it. */
class StartupArchiveTest {

    @TempDir
    Path dir;

    private StartupArchive archive() throws Exception {
        Path jar = Files.writeString(dir.resolve("rapportkoll.jar"), "a jar");
        StartupArchive archive = StartupArchive.forClassPath(jar.toString(), dir.resolve("cds"));
        assertNotNull(archive, "this test runs on HotSpot");
        return archive;
    }

    @Test
    void onlyOneJarOnAHotSpotJvmGetsAnArchive() throws Exception {
        assertNull(StartupArchive.forClassPath(dir.toString(), dir), "a class folder cannot be archived");
        Path jar = Files.writeString(dir.resolve("a.jar"), "a");
        assertNull(StartupArchive.forClassPath(jar + File.pathSeparator + jar, dir), "nor a class path of several entries");
        assertNull(StartupArchive.forClassPath(dir.resolve("missing.jar").toString(), dir));
        assertTrue(archive().archive().getFileName().toString().contains(System.getProperty("java.vm.version")),
                "another Java makes another archive");
    }

    @Test
    void childrenGetTheJarsAbsolutePathAndAJarElsewhereItsOwnArchive() throws Exception {
        StartupArchive here = archive();
        assertEquals(dir.resolve("rapportkoll.jar").toAbsolutePath().normalize().toString(), here.classPath(),
                "the JVM refuses an archive written for another class path");
        Path copy = Files.createDirectory(dir.resolve("copy")).resolve("rapportkoll.jar");
        Files.copy(dir.resolve("rapportkoll.jar"), copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        StartupArchive there = StartupArchive.forClassPath(copy.toString(), dir.resolve("cds"));
        assertNotEquals(here.archive(), there.archive(), "same size and time, another place");
    }

    @Test
    void theFirstChildWritesItTheOthersWaitThenUseIt() throws Exception {
        StartupArchive archive = archive();
        List<String> first = archive.options();
        assertEquals(2, first.size());
        assertEquals("-Xlog:cds*=off", first.get(1), "the JVM's notes would reach the user's console");
        assertTrue(first.get(0).startsWith("-XX:ArchiveClassesAtExit="), first.toString());
        assertEquals(List.of(), archive.options(), "one child writes it at a time; the others run without");
        Path written = Path.of(first.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "classes"); // what the JVM writes as it exits
        archive.childEnded(first, true);
        assertTrue(Files.isRegularFile(archive.archive()));
        assertFalse(Files.exists(written));
        assertEquals(List.of("-XX:SharedArchiveFile=" + archive.archive(), "-Xlog:cds*=off"), archive.options());
    }

    @Test
    void aChildStoppedBeforeItEndedLeavesNoArchiveAndTheNextTriesAgain() throws Exception {
        StartupArchive archive = archive();
        List<String> first = archive.options();
        Path written = Path.of(first.get(0).substring("-XX:ArchiveClassesAtExit=".length()));
        Files.writeString(written, "half");
        archive.childEnded(first, false); // killed at its time limit
        assertFalse(Files.exists(archive.archive()));
        assertFalse(Files.exists(written), "no partial archive is left behind");
        assertTrue(archive.options().get(0).startsWith("-XX:ArchiveClassesAtExit="));
    }

    @Test
    void aJarWhosePathAJavaBefore25CannotMapGetsNoArchive() throws Exception {
        Path spaced = Files.createDirectories(dir.resolve("Anna Svensson")).resolve("rapportkoll.jar");
        Path swedish = Files.createDirectories(dir.resolve("Åsa")).resolve("rapportkoll.jar");
        assertTrue(StartupArchive.mappable(dir.resolve("rapportkoll.jar"), 17));
        assertFalse(StartupArchive.mappable(spaced, 17));
        assertFalse(StartupArchive.mappable(swedish, 17));
        assertTrue(StartupArchive.mappable(spaced, 25));
        Files.writeString(spaced, "a jar");
        StartupArchive archive = StartupArchive.forClassPath(spaced.toString(), dir.resolve("cds"));
        assertEquals(Runtime.version().feature() < 25, archive.options().isEmpty(), "no archive to write or use on Java 17");
        assertEquals(spaced.toAbsolutePath().normalize().toString(), archive.classPath(), "the quick start still applies");
    }

    @Test
    void aFailedWriteIsNotTriedAgainForADay() throws Exception {
        StartupArchive archive = archive();
        List<String> first = archive.options();
        assertTrue(StartupArchive.writes(first));
        archive.childEnded(first, false);
        archive.trainingFailed();
        assertEquals(List.of(), archive.options(), "no JVM tries again at once");
        Path marker = archive.archive().resolveSibling(archive.archive().getFileName() + ".failed");
        Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(25))));
        assertTrue(StartupArchive.writes(archive.options()), "a day later one does");
    }

    @Test
    void oldArchivesAndLeftOverTemporaryFilesAreRemovedNewOnesKept() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("cds"));
        java.time.Instant now = java.time.Instant.parse("2026-11-30T12:00:00Z");
        Path oldArchive = touch(folder.resolve("rapportkoll-16.0-a-b.jsa"), now.minus(java.time.Duration.ofDays(31)));
        Path recentArchive = touch(folder.resolve("rapportkoll-17.0-a-b.jsa"), now.minus(java.time.Duration.ofDays(2)));
        Path oldTemporary = touch(folder.resolve("rapportkoll-17.0-a-b.jsa.1-2.tmp"), now.minus(java.time.Duration.ofHours(25)));
        Path busyTemporary = touch(folder.resolve("rapportkoll-17.0-a-b.jsa.3-4.tmp"), now.minus(java.time.Duration.ofMinutes(5)));
        Path other = touch(folder.resolve("somebody-else.jsa"), now.minus(java.time.Duration.ofDays(90)));
        StartupArchive.removeStale(folder, now);
        assertFalse(Files.exists(oldArchive));
        assertFalse(Files.exists(oldTemporary));
        assertTrue(Files.exists(recentArchive));
        assertTrue(Files.exists(busyTemporary), "a child may still be writing it");
        assertTrue(Files.exists(other), "only the tool's own files");
    }

    private static Path touch(Path file, java.time.Instant time) throws Exception {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(time));
        return file;
    }
}
