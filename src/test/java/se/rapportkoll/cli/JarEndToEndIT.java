package se.rapportkoll.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as users run it: {@code java -jar rapportkoll.jar ...} in a process of its own. */
class JarEndToEndIT {

    private static final long TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    /** The folder the inputs live in; the process's stdout/stderr files are kept outside it. */
    private Path work;

    @BeforeEach
    void setUp() throws IOException {
        work = Files.createDirectory(dir.resolve("work"));
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar"));
        assertTrue(Files.isRegularFile(jar), () -> "the shaded jar must be built first: " + jar.toAbsolutePath());
        return jar;
    }

    @Test
    void manifestMakesTheJarRunnable() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Manifest manifest = jar.getManifest();
            Attributes main = manifest.getMainAttributes();
            assertEquals("se.rapportkoll.Main", main.getValue(Attributes.Name.MAIN_CLASS));
            assertEquals("true", main.getValue("Multi-Release"));
        }
    }

    @Test
    void processTheAugustSample() throws Exception {
        Path input = Cli.copySample(Cli.AUGUST, work);
        String hash = Cli.sha256(input);

        Result result = java("process", input.toString());

        Path output = work.resolve("delarsrapport-aug-2025-rapportkoll.xlsx");
        assertAll(
                () -> assertEquals(1, result.exitCode(), result::toString),
                () -> assertTrue(result.out().contains("3 fel"), result::toString),
                () -> assertEquals("", result.err(), "nothing on stderr"),
                () -> assertTrue(Files.isRegularFile(output), "output written"),
                () -> assertEquals(Set.of(Cli.AUGUST, output.getFileName().toString()), Cli.listing(work)),
                () -> assertEquals(hash, Cli.sha256(input), "input unchanged"));
    }

    @Test
    void anEmptyFileGivesOneQuietLine() throws Exception {
        Path input = Files.write(work.resolve("tom.xlsx"), new byte[0]);

        Result result = java("process", input.toString());

        List<String> lines = result.err().lines().toList();
        assertAll(
                () -> assertEquals(3, result.exitCode(), result::toString),
                () -> assertEquals(1, lines.size(), () -> "one line on stderr: " + result),
                () -> assertTrue(lines.get(0).contains("tom.xlsx"), result::toString),
                () -> assertTrue(lines.get(0).contains("är tom"), "Swedish, in UTF-8: " + result),
                () -> assertFalse(result.err().contains("Log4j"), result::toString),
                () -> assertFalse(result.err().contains("WARN"), result::toString),
                () -> assertFalse(result.err().contains("\tat "), result::toString),
                () -> assertEquals(Set.of("tom.xlsx"), Cli.listing(work), "nothing written"));
    }

    @Test
    void versionFromTheJar() throws Exception {
        Result result = java("--version");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().strip().matches("rapportkoll \\d+\\.\\d+\\.\\d+.*"), result::toString);
        assertEquals("", result.err());
    }

    // ---------------------------------------------------------------- running the jar

    private record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    private Result java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // Decode what the tool prints as UTF-8 regardless of the machine's locale.
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Dstderr.encoding=UTF-8");
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.addAll(List.of(args));

        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        // The JVM announces these options on stderr ("Picked up ..."); that is not the tool's output.
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("java -jar did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
