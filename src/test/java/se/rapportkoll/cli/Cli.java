package se.rapportkoll.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** Runs the command line in this JVM and offers the files the command-line tests work on. */
final class Cli {

    /** The committed samples; tests copy them and never write next to them. */
    static final Path SAMPLES = Path.of("samples");
    static final String AUGUST = "delarsrapport-aug-2025.xlsx";
    static final String FEBRUARY = "manadsrapport-feb-2025.xlsx";
    static final String PLAN = "verksamhetsplan-2025-2027.xlsx";

    private Cli() {
    }

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {

        /** stderr's lines, without a trailing empty one. */
        List<String> errLines() {
            return err.lines().collect(Collectors.toList());
        }

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    static Run run(Object... args) {
        String[] strings = Stream.of(args).map(Object::toString).toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
            code = RapportkollCommand.execute(strings, o, e);
        }
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * A failure as the user must see it: exactly one non-empty line on stderr and no trace of a
     * Java exception.
     */
    static void assertOneLineFailure(Run run) {
        List<String> lines = run.errLines();
        assertEquals(1, lines.size(), () -> "one line on stderr:\n" + run);
        assertFalse(lines.get(0).isBlank(), () -> "non-empty stderr line:\n" + run);
        assertNoStackTrace(run.err(), run);
    }

    static void assertNoStackTrace(String text, Run run) {
        assertFalse(text.contains("\tat "), () -> "stack trace:\n" + run);
        assertFalse(text.contains("Exception"), () -> "exception text:\n" + run);
    }

    static void assertSwedish(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        boolean swedish = lower.contains("å") || lower.contains("ä") || lower.contains("ö")
                || lower.contains("kör igen") || lower.contains("kontrollera");
        assertTrue(swedish, () -> "Swedish message expected: " + line);
    }

    // ---------------------------------------------------------------- files

    static Path copySample(String name, Path dir) throws IOException {
        return Files.copy(SAMPLES.resolve(name), dir.resolve(name));
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The names in {@code dir}, hidden temporary files included. */
    static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    static byte[] toBytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void write(Workbook workbook, Path file) throws IOException {
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** A sample saved again as a macro-enabled workbook (.xlsm content type). */
    static Path xlsmFromSample(String sample, Path file) throws IOException {
        XSSFWorkbook workbook;
        try (var in = Files.newInputStream(SAMPLES.resolve(sample))) {
            workbook = new XSSFWorkbook(in);
        }
        workbook.setWorkbookType(XSSFWorkbookType.XLSM);
        write(workbook, file);
        return file;
    }

    /** One budget follow-up table whose deviations and Summa row are all right. */
    static Path cleanWorkbook(Path file) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Driftredovisning");
        sheet.createRow(0).createCell(0).setCellValue("Driftredovisning, tkr");
        Row header = sheet.createRow(2);
        String[] headers = {"Verksamhet", "Budget Jan - Aug 2025", "Utfall Jan - Aug 2025", "Avvikelse Jan - Aug 2025"};
        for (int c = 0; c < headers.length; c++) {
            header.createCell(c).setCellValue(headers[c]);
        }
        Object[][] rows = {
            {"Ledning", -1200, -1100},
            {"Individ- och familjeomsorg", -5400, -5650},
            {"Funktionsstöd", -8300, -8000},
        };
        int r = 3;
        double budgetSum = 0;
        double actualSum = 0;
        for (Object[] data : rows) {
            double budget = (Integer) data[1];
            double actual = (Integer) data[2];
            addRow(sheet, r++, (String) data[0], budget, actual);
            budgetSum += budget;
            actualSum += actual;
        }
        addRow(sheet, r, "Summa", budgetSum, actualSum);
        write(workbook, file);
        return file;
    }

    private static void addRow(Sheet sheet, int index, String label, double budget, double actual) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(budget);
        row.createCell(2).setCellValue(actual);
        // The tool's convention: deviation = budget - actual.
        row.createCell(3).setCellValue(budget - actual);
    }

    /** A workbook with a single word in it: nothing rapportkoll can recognise as a table. */
    static Path workbookWithoutTable(Path file) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Blad1").createRow(0).createCell(0).setCellValue("Hej");
        write(workbook, file);
        return file;
    }
}
