package se.rapportkoll.corpus;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real-world files that found bugs (src/test/resources/poi-corpus/NOTICE.md), run through the
 * shaded jar as a user runs it: processed (exit 0 or 1), the input unchanged, nothing but the
 * tool's own lines on the console (POI logged an error with a stack trace for two of them), and
 * every part and cell of the input in the output.
 */
class CorpusFixturesIT {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"51626_contact.xlsx", "53282b.xlsx", "58616.xlsx", "SimpleStrict.xlsx", "sample.strict.xlsx",
            "47889.xlsx", "49609.xlsx", "50846-border_colours.xlsx", "52348.xlsx", "SingleCellTable.xlsx", "59021.xlsx",
            "Excel_file_with_trash_item.xlsx", "MalformedSSTCount.xlsx", "style-alternate-content.xlsx"})
    void processedQuietlyWithEverythingKept(String name) throws Exception {
        processedQuietly(Path.of("src/test/resources/poi-corpus", name));
    }

    /**
     * The files refused as damaged (poi-corpus/refused, docs/fidelity.md): one Swedish line and exit
     * 3, the input unchanged; and LibreOffice either does not open the file or opens it only by
     * leaving out cells the file holds (one of two entries for a part, the sheet whose entry is
     * damaged, every cell of the beta format), so that refusing it loses nothing LibreOffice keeps.
     */
    @ParameterizedTest
    @ValueSource(strings = {"duplicate-filename.xlsx", "duplicate-filename-case-insensitive.xlsx",
            "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx",
            "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5265527465181184.xlsx", "sample-beta.xlsx"})
    void refusedFilesAreOnesLibreOfficeOpensOnlyByLeavingContentOut(String name) throws Exception {
        Path input = Path.of("src/test/resources/poi-corpus/refused", name);
        byte[] before = Files.readAllBytes(input);
        Path out = dir.resolve("output").resolve("out.xlsx");
        Files.createDirectories(out.getParent());
        Run run = run(input, out);
        assertEquals(3, run.exit(), name + ": " + run.lines());
        assertEquals(1, run.lines().size(), name + ": one line: " + run.lines());
        assertTrue(run.lines().get(0).contains("skadad"), run.lines().get(0));
        assertArrayEquals(before, Files.readAllBytes(input), name + ": input unchanged");
        assertFalse(Files.exists(out));
        Path copy = Files.createDirectories(dir.resolve("refused")).resolve(name);
        Files.copy(input, copy);
        Set<String> opened = LibreOfficeOpen.convert(copy.getParent(), dir.resolve("lo"), "xlsx", "Calc MS Excel 2007 XML");
        org.junit.jupiter.api.Assumptions.assumeTrue(opened != null, "LibreOffice is not installed");
        if (opened.contains(name)) {
            int held = CorpusRun.valuedCells(input);
            int shown = CorpusRun.valuedCells(dir.resolve("lo").resolve(name));
            assertTrue(shown < held, name + ": LibreOffice shows " + shown + " of the " + held + " cells with a value");
        }
    }

    /** The writer corpus (src/test/resources/writer-corpus/README.md), and LibreOffice opens each output. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("writerCorpus")
    void writerCorpusProcessedQuietlyAndOpenedByLibreOffice(String name) throws Exception {
        Path out = processedQuietly(Path.of("src/test/resources/writer-corpus", name));
        Set<String> opened = LibreOfficeOpen.check(out.getParent(), dir.resolve("lo"));
        org.junit.jupiter.api.Assumptions.assumeTrue(opened != null, "LibreOffice is not installed");
        assertTrue(opened.contains(out.getFileName().toString()), name + ": LibreOffice opens the output");
    }

    static List<String> writerCorpus() throws Exception {
        try (var files = Files.list(Path.of("src/test/resources/writer-corpus"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xlsx") || n.endsWith(".xlsm"))
                    .sorted().toList();
        }
    }

    private record Run(int exit, List<String> lines) {
    }

    /** The jar run as a user runs it, in a fresh JVM without the build's Java options. */
    private Run run(Path input, Path out) throws Exception {
        String name = input.getFileName().toString();
        Path console = dir.resolve("console.txt");
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8", "-Djava.awt.headless=true",
                "-jar", jar.toAbsolutePath().toString(), "process", input.toAbsolutePath().toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        Process p = builder.start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), name + ": no hang");
        return new Run(p.exitValue(), Files.readAllLines(console, StandardCharsets.UTF_8));
    }

    private Path processedQuietly(Path input) throws Exception {
        String name = input.getFileName().toString();
        byte[] before = Files.readAllBytes(input);
        Path out = dir.resolve("output").resolve(name.endsWith(".xlsm") ? "out.xlsm" : "out.xlsx");
        Files.createDirectories(out.getParent());
        Run run = run(input, out);
        List<String> lines = run.lines();
        assertTrue(run.exit() == 0 || run.exit() == 1, name + ": exit " + run.exit() + "\n" + lines);
        for (String line : lines) {
            assertFalse(line.startsWith("\tat ") || line.contains("Exception") || line.startsWith("ERROR ")
                    || line.startsWith("WARN "), name + ": a library's line on the console: " + line);
        }
        assertArrayEquals(before, Files.readAllBytes(input), name + ": input unchanged");
        if (!name.equals("58616.xlsx")) { // encrypted: its parts are inside the encryption
            assertEquals(List.of(), CorpusRun.lostParts(input, out), name + ": parts of the input");
        }
        assertEquals("", CorpusRun.lostCells(input, out), name + ": cells of the input");
        assertEquals(List.of(), se.rapportkoll.testing.PackageKept.lost(CorpusRun.asRead(input, dir), out),
                name + ": content, settings and links of the input");
        return out;
    }
}
