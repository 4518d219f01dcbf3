package se.rapportkoll.cli;

import se.rapportkoll.pipeline.ExitCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rapportkoll check-text REPORT WORKBOOK: exit codes as for validate, findings on stdout, the JSON report. */
class CheckTextCommandTest {

    static final Path AUGUST_TEXT = Path.of("src/test/resources/prose/norrtalje-socialnamnd-delarsrapport-aug-2025.txt");
    static final Path FEBRUARY_TEXT = Path.of("src/test/resources/prose/norrtalje-socialnamnd-manadsrapport-feb-2025.txt");

    @TempDir
    Path dir;

    @Test
    void augustTextHasErrors() throws Exception {
        Path json = dir.resolve("text.json");
        Cli.Run r = Cli.run("check-text", AUGUST_TEXT, Cli.SAMPLES.resolve(Cli.AUGUST), "--report", json);
        assertEquals(ExitCode.FINDINGS, r.exitCode(), r.err());
        assertTrue(r.out().contains("fel\ttext-amount\tDriftredovisning!I6\tTexten anger ett underskott om 19 800 tkr för Kostnader"), r.out());
        assertTrue(r.out().contains("2 fel"), r.out());
        String report = Files.readString(json);
        assertTrue(report.contains("\"command\": \"check-text\""), report);
        for (String key : new String[] {"\"rule\": \"text-amount\"", "\"quote\": ", "\"amount\": \"19 800 tkr\"", "\"expected\": -16317",
                "\"sheet\": \"Driftredovisning\"", "\"cell\": \"I6\"", "\"message\": "}) {
            assertTrue(report.contains(key), key + " in " + report);
        }
    }

    @Test
    void februaryTextAgrees() {
        Cli.Run r = Cli.run("check-text", FEBRUARY_TEXT, Cli.SAMPLES.resolve(Cli.FEBRUARY), "--lang", "en");
        assertEquals(ExitCode.OK, r.exitCode(), r.err() + r.out());
        assertTrue(r.out().contains("3 agree, 0 wrong, 4 without a counterpart"), r.out());
    }

    @Test
    void badInputs() throws Exception {
        Path pdf = Files.writeString(dir.resolve("rapport.pdf"), "%PDF-1.4");
        Cli.Run unsupported = Cli.run("check-text", pdf, Cli.SAMPLES.resolve(Cli.AUGUST));
        assertEquals(ExitCode.INPUT, unsupported.exitCode());
        assertTrue(unsupported.err().contains("varken .docx eller .txt"), unsupported.err());
        Path brokenDocx = Files.writeString(dir.resolve("trasig.docx"), "not a zip");
        assertEquals(ExitCode.INPUT, Cli.run("check-text", brokenDocx, Cli.SAMPLES.resolve(Cli.AUGUST)).exitCode());
        assertEquals(ExitCode.INPUT, Cli.run("check-text", AUGUST_TEXT, dir.resolve("saknas.xlsx")).exitCode());
        assertEquals(ExitCode.USAGE, Cli.run("check-text", AUGUST_TEXT).exitCode());
    }
}
