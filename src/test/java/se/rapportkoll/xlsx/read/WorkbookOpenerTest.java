package se.rapportkoll.xlsx.read;

import static se.rapportkoll.testing.BadInputs.*;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import se.rapportkoll.xlsx.read.InputProblem.Reason;

class WorkbookOpenerTest {

    @TempDir
    Path dir;

    // ---------------------------------------------------------------- bad input, file by file

    /** Builds one bad input file inside the temp dir. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws Exception;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("empty file", d -> write(d, "rapport.xlsx", new byte[0]), Reason.EMPTY, null),
                bad("random bytes", d -> write(d, "rapport.xlsx", randomBytes()), Reason.NOT_A_WORKBOOK, null),
                bad("one byte", d -> write(d, "rapport.xlsx", new byte[] {'x'}), Reason.NOT_A_WORKBOOK, "text"),
                bad("CSV named .xlsx", d -> write(d, "rapport.xlsx", csv()), Reason.NOT_A_WORKBOOK, "text"),
                bad("HTML named .xlsx", d -> write(d, "rapport.xlsx", html()), Reason.NOT_A_WORKBOOK, "text"),
                bad("Excel lock file", d -> write(d, "~$rapport.xlsx", lockFile()), Reason.NOT_A_WORKBOOK, "lockfile"),
                bad("zip without workbook", d -> write(d, "rapport.xlsx", docxLikeZip()), Reason.NOT_A_WORKBOOK, "zip"),
                bad("xlsb named .xlsx", d -> write(d, "rapport.xlsx", xlsbLikeZip()), Reason.NOT_A_WORKBOOK, "xlsb"),
                bad("xls named .xlsx", d -> write(d, "rapport.xlsx", xls()), Reason.LEGACY_XLS, null),
                bad("ods named .xlsx", d -> write(d, "rapport.xlsx", ods()), Reason.ODS, null),
                bad("truncated ods", d -> write(d, "rapport.xlsx", half(ods())), Reason.ODS, null),
                bad("truncated xlsx", d -> write(d, "rapport.xlsx", half(xlsx())), Reason.CORRUPT, null),
                onOpen("damaged sheet XML", d -> write(d, "rapport.xlsx", damagedSheetXml()), Reason.CORRUPT),
                bad("password-protected", d -> write(d, "rapport.xlsx", encrypted()), Reason.ENCRYPTED, null),
                onOpen("zip bomb", d -> write(d, "rapport.xlsx", zipBomb()), Reason.ZIP_BOMB),
                bad(".csv with CSV", d -> write(d, "rapport.csv", csv()), Reason.UNSUPPORTED_EXTENSION, "csv"),
                bad(".xls with xls", d -> write(d, "rapport.xls", xls()), Reason.UNSUPPORTED_EXTENSION, "xls"),
                bad(".ods with ods", d -> write(d, "rapport.ods", ods()), Reason.UNSUPPORTED_EXTENSION, "ods"),
                bad(".txt with text", d -> write(d, "rapport.txt", csv()), Reason.UNSUPPORTED_EXTENSION, null),
                bad("no extension, text", d -> write(d, "rapport", csv()), Reason.UNSUPPORTED_EXTENSION, "none"),
                bad(".txt with xlsx", d -> write(d, "rapport.txt", xlsx()), Reason.UNSUPPORTED_EXTENSION, "renamed"),
                bad(".XLS with xlsx", d -> write(d, "rapport.XLS", xlsx()), Reason.UNSUPPORTED_EXTENSION, "renamed"),
                bad("no extension, xlsx", d -> write(d, "rapport", xlsx()), Reason.UNSUPPORTED_EXTENSION, "renamed_none"),
                bad("too large", WorkbookOpenerTest::sparseHugeFile, Reason.TOO_LARGE, null),
                bad("missing file", d -> d.resolve("finns-inte.xlsx"), Reason.NOT_FOUND, null),
                bad("directory", d -> Files.createDirectory(d.resolve("rapporter.xlsx")), Reason.NOT_A_FILE, "directory"));
    }

    private static Arguments bad(String label, Maker maker, Reason reason, String variant) {
        return Arguments.of(label, maker, reason, variant, false);
    }

    /** Problems inside the package parts, which only show when POI opens (and inflates) them. */
    private static Arguments onOpen(String label, Maker maker, Reason reason) {
        return Arguments.of(label, maker, reason, null, true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputIsRefusedWithAHelpfulMessageAndLeftUntouched(String label, Maker maker, Reason reason,
            String variant, boolean onlyWhenOpened) throws Exception {
        Path file = maker.make(dir);
        Fingerprint before = Fingerprint.of(file);

        if (onlyWhenOpened) {
            assertArrayEquals(Files.readAllBytes(file), WorkbookOpener.readChecked(file));
        } else {
            expectProblem(() -> WorkbookOpener.readChecked(file), file, reason, variant);
        }
        expectProblem(() -> WorkbookOpener.openReadOnly(file), file, reason, variant);
        if (Files.isRegularFile(file) && reason != Reason.UNSUPPORTED_EXTENSION && reason != Reason.TOO_LARGE) {
            byte[] content = Files.readAllBytes(file);
            expectProblem(() -> WorkbookOpener.openForWriting(content, file), file, reason, variant);
        }

        assertEquals(before, Fingerprint.of(file), "input must be unchanged");
    }

    @FunctionalInterface
    interface Opening {
        Object run() throws InputProblem;
    }

    private static void expectProblem(Opening opening, Path file, Reason reason, String variant) {
        InputProblem problem = assertThrows(InputProblem.class, opening::run);
        String swedish = problem.message(Locale.forLanguageTag("sv"));
        String english = problem.message(Locale.ENGLISH);
        String name = file.getFileName().toString();
        assertAll(
                () -> assertEquals(reason, problem.reason(), () -> "reason; message: " + swedish),
                () -> assertEquals(variant, problem.variant(), "variant"),
                () -> assertEquals(file, problem.file()),
                () -> assertOneLineWith(swedish, name, "igen"),
                () -> assertOneLineWith(english, name, "again"),
                () -> assertNotEquals(swedish, english),
                () -> assertEquals(swedish, problem.message(), "Swedish is the default"),
                () -> assertEquals(swedish, problem.getLocalizedMessage()));
    }

    private static void assertOneLineWith(String message, String fileName, String instructionWord) {
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "one line: " + message);
        assertTrue(message.contains(fileName), () -> "file name in: " + message);
        assertTrue(message.contains(instructionWord), () -> "instruction in: " + message);
        assertFalse(message.contains("{") || message.contains("}"), () -> "unformatted: " + message);
        assertTrue(message.length() < 300, () -> "short: " + message);
    }

    // ---------------------------------------------------------------- good input

    @Test
    void goodXlsxOpensReadOnlyAndStaysUnchanged() throws Exception {
        Path file = write(dir, "rapport.xlsx", xlsx());
        assertOpensReadOnlyUnchanged(file);
    }

    @Test
    void goodXlsmOpensReadOnlyAndStaysUnchanged() throws Exception {
        Path file = write(dir, "Rapport.XLSM", xlsm());
        assertOpensReadOnlyUnchanged(file);
    }

    private static void assertOpensReadOnlyUnchanged(Path file) throws Exception {
        Fingerprint before = Fingerprint.of(file);
        XSSFWorkbook workbook = WorkbookOpener.openReadOnly(file);
        try {
            assertEquals("Kommun", workbook.getSheet("Data").getRow(0).getCell(0).getStringCellValue());
            // Even an edit must not reach the file when a read-only workbook is released.
            workbook.getSheet("Data").getRow(0).getCell(0).setCellValue("ändrad");
        } finally {
            WorkbookOpener.closeQuietly(workbook);
        }
        assertEquals(before, Fingerprint.of(file));
        assertArrayEquals(Files.readAllBytes(file), WorkbookOpener.readChecked(file));
    }

    @Test
    void openForWritingSavesElsewhereAndLeavesInputUnchanged() throws Exception {
        Path input = write(dir, "rapport.xlsm", xlsm());
        Fingerprint before = Fingerprint.of(input);
        Path output = dir.resolve("rapport-rapportkoll.xlsm");

        byte[] content = WorkbookOpener.readChecked(input);
        XSSFWorkbook workbook = WorkbookOpener.openForWriting(content, input);
        try (OutputStream out = Files.newOutputStream(output)) {
            workbook.getSheet("Data").getRow(1).createCell(2).setCellValue("kontrollerad");
            workbook.write(out);
        } finally {
            WorkbookOpener.closeQuietly(workbook);
        }

        assertEquals(before, Fingerprint.of(input));
        XSSFWorkbook saved = WorkbookOpener.openReadOnly(output);
        try {
            assertEquals("kontrollerad", saved.getSheet("Data").getRow(1).getCell(2).getStringCellValue());
            assertEquals(XSSFWorkbookType.XLSM, saved.getWorkbookType());
        } finally {
            WorkbookOpener.closeQuietly(saved);
        }
    }

    @Test
    void poiZipBombLimitsAreNotLowered() throws Exception {
        Path file = write(dir, "rapport.xlsx", xlsx());
        WorkbookOpener.closeQuietly(WorkbookOpener.openReadOnly(file));
        assertEquals(0.01d, ZipSecureFile.getMinInflateRatio());
        assertEquals(0xFFFFFFFFL, ZipSecureFile.getMaxEntrySize());
    }

    @Test
    void closeQuietlyAcceptsNull() {
        WorkbookOpener.closeQuietly(null);
    }

    // ---------------------------------------------------------------- messages and mapping

    @Test
    void swedishIsTheDefaultEvenOnAnEnglishJvm() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            InputProblem problem = new InputProblem(Reason.EMPTY, Path.of("rapport.xlsx"));
            assertEquals("Filen är tom (0 byte): rapport.xlsx. Kontrollera att den sparades klart och försök igen.",
                    problem.message());
            assertEquals(problem.message(), problem.message(Locale.GERMAN));
            assertEquals(problem.message(), problem.message(null));
            assertEquals("The file is empty (0 bytes): rapport.xlsx. Check that it was saved completely and try again.",
                    problem.message(Locale.UK));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void everyReasonHasASwedishAndAnEnglishText() {
        for (Reason reason : Reason.values()) {
            InputProblem problem = new InputProblem(reason, Path.of("/tmp/rapport.xlsx"));
            assertOneLineWith(problem.message(), "rapport.xlsx", "igen");
            assertOneLineWith(problem.message(Locale.ENGLISH), "rapport.xlsx", "again");
        }
    }

    @Test
    void lineBreaksInFileNamesDoNotBreakTheLine() {
        InputProblem problem = new InputProblem(Reason.CORRUPT, Path.of("rapport\nfalsk rad.xlsx"));
        assertFalse(problem.message().contains("\n"));
        assertTrue(problem.message().startsWith("rapport?falsk rad.xlsx är skadad"));
    }

    static Stream<Arguments> poiExceptions() {
        IOException bomb = new IOException("Zip bomb detected! The file would exceed the max. ratio");
        return Stream.of(
                Arguments.of(bomb, Reason.ZIP_BOMB),
                Arguments.of(new POIXMLException(new InvalidFormatException("wrapped", bomb)), Reason.ZIP_BOMB),
                Arguments.of(new IOException(String.format(ZipSecureFile.MAX_FILE_COUNT_MSG, 1000)), Reason.ZIP_BOMB),
                Arguments.of(new EncryptedDocumentException("encrypted"), Reason.ENCRYPTED),
                Arguments.of(new OLE2NotOfficeXmlFileException("ole2"), Reason.LEGACY_XLS),
                Arguments.of(new ODFNotOfficeXmlFileException("odf"), Reason.ODS),
                Arguments.of(new NotOfficeXmlFileException("not ooxml"), Reason.NOT_A_WORKBOOK),
                Arguments.of(new EmptyFileException(), Reason.EMPTY),
                Arguments.of(new POIXMLException("Strict OOXML isn't currently supported"), Reason.STRICT_OOXML),
                Arguments.of(new InvalidFormatException("bad part"), Reason.CORRUPT),
                Arguments.of(new POIXMLException(new IOException("broken")), Reason.CORRUPT),
                Arguments.of(new RecordFormatException("bad record"), Reason.CORRUPT),
                Arguments.of(new IllegalArgumentException("bad value"), Reason.CORRUPT),
                Arguments.of(new IOException("Truncated ZIP file"), Reason.CORRUPT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("poiExceptions")
    void poiExceptionsMapToReasonsAndKeepTheCause(Exception poiError, Reason expected) {
        InputProblem problem = WorkbookOpener.translate(poiError, Path.of("rapport.xlsx"));
        assertEquals(expected, problem.reason());
        assertSame(poiError, problem.getCause(), "cause kept for --debug");
        assertFalse(problem.message().contains("Exception"));
    }

    @Test
    void extensionIsShownAsTheUserWroteIt() throws Exception {
        Path file = write(dir, "rapport.TXT", csv());
        InputProblem problem = assertThrows(InputProblem.class, () -> WorkbookOpener.readChecked(file));
        assertTrue(problem.message().contains("filändelsen .TXT"), problem.message());
    }

    @Test
    void sha256IsLowerCaseHex() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                WorkbookOpener.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(64, WorkbookOpener.sha256(new byte[0]).length());
    }

    // ---------------------------------------------------------------- input builders

    /** Content hash plus modification time: both must survive opening. */
    private record Fingerprint(boolean exists, String sha256, FileTime modified) {
        static Fingerprint of(Path file) throws IOException {
            if (!Files.isRegularFile(file)) {
                return new Fingerprint(Files.exists(file), null, null);
            }
            if (Files.size(file) > InputProblem.MAX_FILE_BYTES) {
                // The sparse "too large" file: its size and time say enough.
                return new Fingerprint(true, Long.toString(Files.size(file)), Files.getLastModifiedTime(file));
            }
            return new Fingerprint(true, WorkbookOpener.sha256(Files.readAllBytes(file)),
                    Files.getLastModifiedTime(file));
        }
    }

    private static Path write(Path dir, String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Sparse: reports 101 MB without using the disk space. */
    private static Path sparseHugeFile(Path dir) throws IOException {
        Path file = dir.resolve("rapport.xlsx");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(xlsx());
            raf.setLength(InputProblem.MAX_FILE_BYTES + (1 << 20));
        }
        return file;
    }

    @Test
    void fixturesAreWhatTheyClaim() throws Exception {
        // Guards the builders themselves: a broken builder would make the tests above meaningless.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx()))) {
            assertNotNull(workbook.getSheet("Data"));
        }
        assertTrue(zipBomb().length < 2_000_000, "zip bomb stays small");
    }
}
