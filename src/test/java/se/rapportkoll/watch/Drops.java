package se.rapportkoll.watch;

import se.rapportkoll.pipeline.RunOptions;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files and waiting for the drop-folder tests. */
final class Drops {

    private Drops() {
    }

    /** Fast settings for tests: short stability, scan and pending poll. */
    static WatchOptions fast() {
        return new WatchOptions(Duration.ofMillis(300), Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofMillis(200), 512, RunOptions.swedish());
    }

    /** A small workbook with one budget table, as bytes. */
    static byte[] smallWorkbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Driftredovisning");
            sheet.createRow(0).createCell(0).setCellValue("Driftredovisning, tkr");
            Row header = sheet.createRow(2);
            String[] headers = {"Verksamhet", "Budget Jan - Aug 2025", "Utfall Jan - Aug 2025", "Avvikelse Jan - Aug 2025"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            double[][] rows = {{-1200, -1100}, {-5400, -5650}, {-6600, -6750}};
            String[] labels = {"Ledning", "Omsorg", "Summa"};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(3 + r);
                row.createCell(0).setCellValue(labels[r]);
                row.createCell(1).setCellValue(rows[r][0]);
                row.createCell(2).setCellValue(rows[r][1]);
                row.createCell(3).setCellValue(rows[r][0] - rows[r][1]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * A workbook of {@code rows} × 8 figures, written with little memory by streaming; opening
     * 25 000 rows takes far more than 16 MB, 40 000 far more than 64 MB.
     */
    static void largeWorkbook(Path file, int rows) throws IOException {
        try (var wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100); var out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Data");
            for (int r = 0; r < rows; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < 8; c++) {
                    row.createCell(c).setCellValue(r * 8.0 + c);
                }
            }
            wb.write(out);
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static long count(Path dir, String suffix) throws IOException {
        return names(dir).stream().filter(n -> n.endsWith(suffix)).count();
    }

    /** Waits for a condition, generously: shared machines are slow; never asserts on timing itself. */
    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Claim folders still in .arbete (lock files and the names lock do not count). */
    static long openClaims(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root.resolve(DropFolder.WORK), 2)) {
            return s.filter(p -> Files.isDirectory(p) && root.resolve(DropFolder.WORK).relativize(p).getNameCount() == 2).count();
        }
    }

    static boolean quietly(IoCheck check) {
        try {
            return check.test();
        } catch (IOException e) {
            return false;
        }
    }

    @FunctionalInterface
    interface IoCheck {
        boolean test() throws IOException;
    }
}
