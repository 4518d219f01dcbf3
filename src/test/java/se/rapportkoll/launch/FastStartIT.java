package se.rapportkoll.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code java -jar rapportkoll.jar process}: the command runs in a child JVM that writes the class
 * archive on the first run and maps it on the next, with the same output and exit codes as before.
 */
class FastStartIT {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run java(Path temporary, List<String> jvmOptions, String... args) throws Exception {
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "the shaded jar must be built first");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary, "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // announced on stderr by each JVM
        builder.environment().remove("JDK_JAVA_OPTIONS");
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command ends");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    @Test
    void theFirstRunWritesTheArchiveTheNextMapsItAndBothAnswerAlike() throws Exception {
        Path temporary = Files.createDirectory(dir.resolve("tmp"));
        Path input = Files.copy(Path.of("samples/delarsrapport-aug-2025.xlsx"), dir.resolve("aug.xlsx"));
        Path output = dir.resolve("aug-ut.xlsx");

        Run first = java(temporary, List.of(), "process", input.toString(), "-o", output.toString());
        assertEquals(1, first.exitCode(), "findings of severity fel, as in one JVM: " + first);
        assertTrue(first.out().contains("3 fel, 3 varningar"), first.out());
        assertEquals("", first.err(), "nothing of the JVM that wrote the archive reaches the console");
        assertTrue(Files.isRegularFile(output));
        Path cds = temporary.resolve("rapportkoll-cds");
        assertEquals(1, files(cds, ".jsa").size(), "the archive is in place");
        assertEquals(List.of(), files(cds, ".tmp"));
        assertEquals(List.of(), files(cds, ".failed"));
        List<Path> left = files(temporary, "").stream().filter(f -> !f.equals(cds)).toList();
        assertEquals(List.of(), left, "the sample run that wrote it left no folder behind");

        // The user's own JVM options go to the child: here a class-loading log per JVM (%p, the pid).
        Run second = java(temporary, List.of("-Xlog:class+load=info:file=" + dir.resolve("classes-%p.log")),
                "process", input.toString(), "-o", output.toString(), "--force");
        assertEquals(1, second.exitCode(), second.toString());
        assertEquals(first.out().replace("aug-ut.xlsx", ""), second.out().replace("aug-ut.xlsx", ""), "the same findings");
        assertEquals("", second.err());
        List<Path> logs = files(dir, ".log");
        assertEquals(2, logs.size(), "two JVMs: the one started and its child " + logs);
        String processed = null;
        for (Path log : logs) {
            String text = Files.readString(log);
            if (text.contains("org.apache.poi.xssf.usermodel.XSSFWorkbook ")) {
                processed = text;
            }
        }
        assertTrue(processed != null, "one of them opened the workbook");
        assertTrue(processed.lines().anyMatch(l -> l.contains("org.apache.poi.xssf.usermodel.XSSFWorkbook ")
                && l.contains("shared objects file (top)")), "and mapped POI from the archive");

        Run missing = java(temporary, List.of(), "validate", dir.resolve("saknas.xlsx").toString());
        assertEquals(3, missing.exitCode(), "the child's exit code is the command's: " + missing);
        assertTrue(missing.err().contains("saknas.xlsx"), missing.err());
    }

    @Test
    void relaunchOffRunsInTheJvmStarted() throws Exception {
        Path temporary = Files.createDirectory(dir.resolve("tmp"));
        Path input = Files.copy(Path.of("samples/verksamhetsplan-2025-2027.xlsx"), dir.resolve("plan.xlsx"));
        Run run = java(temporary, List.of("-Drapportkoll.relaunch=false"), "validate", input.toString());
        assertTrue(run.out().contains("plan.xlsx"), run.toString());
        assertFalse(Files.exists(temporary.resolve("rapportkoll-cds")), "no child, no archive");
    }
}
