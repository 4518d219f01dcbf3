package se.rapportkoll.cli;

import static se.rapportkoll.testing.BadInputs.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.cli.Cli.assertOneLineFailure;
import static se.rapportkoll.cli.Cli.assertSwedish;
import static se.rapportkoll.cli.Cli.listing;
import static se.rapportkoll.cli.Cli.run;
import static se.rapportkoll.cli.Cli.sha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every kind of unusable input, through the command line: exit 3, one Swedish line, nothing written. */
class BadInputCommandLineTest {

    private static final String NAME = "rapport.xlsx";

    @TempDir
    Path dir;

    /** Writes one bad input into the folder and returns its path. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("empty file", "är tom", (Maker) d -> write(d, new byte[0])),
                Arguments.of("random bytes", "ingen Excel-arbetsbok", (Maker) d -> write(d, randomBytes())),
                Arguments.of("CSV named .xlsx", "innehåller text", (Maker) d -> write(d, csv())),
                Arguments.of("xls named .xlsx", "äldre Excel-fil", (Maker) d -> write(d, Cli.toBytes(filled(new HSSFWorkbook())))),
                Arguments.of("ods named .xlsx", "OpenDocument", (Maker) d -> write(d, ods())),
                Arguments.of("truncated xlsx", "skadad", (Maker) d -> write(d, half(xlsx()))),
                Arguments.of("password-protected xlsx", "lösenordsskyddad", (Maker) d -> write(d, encrypted())),
                Arguments.of("zip bomb", "misstänkt mycket data", (Maker) d -> write(d, zipBomb())),
                Arguments.of("missing file", "finns inte", (Maker) d -> d.resolve("finns-inte.xlsx")));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("commandsAndBadInputs")
    void badInputExitsThreeWithOneSwedishLineAndWritesNothing(String label, String command, String says, Maker maker)
            throws Exception {
        Path input = maker.make(dir);
        Set<String> before = listing(dir);
        String hash = Files.exists(input) ? sha256(input) : null;

        Cli.Run run = run(command, input);

        assertAll(
                () -> assertEquals(3, run.exitCode(), run::toString),
                () -> assertOneLineFailure(run),
                () -> assertSwedish(run.err()),
                () -> assertTrue(run.err().contains(says), () -> "the reason (" + says + "): " + run),
                () -> assertTrue(run.err().contains(input.getFileName().toString()), () -> "names the file: " + run),
                () -> assertEquals(before, listing(dir), "no output, no temporary files"),
                () -> assertEquals(hash, Files.exists(input) ? sha256(input) : null, "input unchanged"));
    }

    static Stream<Arguments> commandsAndBadInputs() {
        return Stream.of("process", "validate").flatMap(command -> badInputs()
                .map(a -> Arguments.of(a.get()[0], command, a.get()[1], a.get()[2])));
    }

    @Test
    void badInputWithAllOptionsStillWritesNothing() throws Exception {
        Path input = write(dir, encrypted());
        String hash = sha256(input);

        Cli.Run run = run("process", input, "-o", dir.resolve("ut.xlsx"), "--force", "--report", dir.resolve("r.json"));

        assertEquals(3, run.exitCode(), run::toString);
        assertOneLineFailure(run);
        assertTrue(run.err().contains("lösenordsskyddad"), run::toString);
        assertEquals(Set.of(NAME), listing(dir), "neither output nor report");
        assertEquals(hash, sha256(input));
    }

    @Test
    void aWorkbookWithoutATableIsAWarningNotACrash() throws Exception {
        Path input = Cli.workbookWithoutTable(dir.resolve("hej.xlsx"));
        String hash = sha256(input);
        Path report = dir.resolve("hej.json");

        Cli.Run run = run("process", input, "--report", report);

        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        assertTrue(run.out().contains("varning\tno-table"), run::toString);
        assertTrue(Files.isRegularFile(dir.resolve("hej-rapportkoll.xlsx")), "output written");
        assertEquals(hash, sha256(input));

        JsonNode root = new ObjectMapper().readTree(report.toFile());
        JsonNode noTable = null;
        for (JsonNode finding : root.get("findings")) {
            if ("no-table".equals(finding.path("rule").asText())) {
                noTable = finding;
            }
        }
        assertNotNull(noTable, () -> "no-table finding in " + root);
        assertEquals("warning", noTable.get("severity").asText());
        assertEquals(0, root.path("summary").path("error").asInt(-1));
        assertEquals(0, root.get("tables").size());

        Cli.Run validate = run("validate", input);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("no-table"));
    }

    // ---------------------------------------------------------------- builders

    private static Path write(Path dir, byte[] content) throws IOException {
        return Files.write(dir.resolve(NAME), content);
    }









}
