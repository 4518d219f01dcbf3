package se.rapportkoll.corpus;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.xlsx.read.WorkbookOpener;
import se.rapportkoll.testing.PackageCheck;
import se.rapportkoll.testing.PackageKept;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Runs the built jar over every workbook of a folder (Apache POI's test data, or any other corpus)
 * and reports per file: exit code, console noise, time, whether the input is unchanged, whether
 * LibreOffice opens the output, the input's parts and cells missing from the output, and the
 * schema or Excel-rule problems the output has and the input had not ({@link PackageCheck}).
 * <p>
 * {@code scripts/corpus-run.sh} builds and starts it; see docs/fidelity.md.
 */
public final class CorpusRun {

    /** A library's log line or a stack trace: nothing of the sort may reach the console without --debug. */
    private static final Pattern NOISE = Pattern.compile(
            "^(\\s+at [\\w$.]+\\(|Caused by: |Exception in thread|(ERROR|WARN|INFO|DEBUG|FATAL|SEVERE|WARNING) [A-Z][\\w.$]+ |SLF4J|log4j|StatusLogger|[\\w.]+(Exception|Error): )");
    private static final long TIMEOUT_SECONDS = 180;
    /**
     * The refusals allowed even where LibreOffice opens the file, by their messages (Swedish or
     * English): zip bombs, a DTD (an XML bomb's way in), and a password other than Excel's default.
     */
    private static final Pattern ALLOWED_REFUSAL = Pattern.compile("packas upp till misstänkt mycket|suspiciously large amount"
            + "|dokumenttypsdefinition \\(DTD\\)|document type definition \\(DTD\\)|är lösenordsskyddad|is password-protected");

    private record Outcome(String file, int exit, long millis, boolean inputUnchanged, String noise,
                           String lostParts, String lostCells, String lostContent, String added, String lastLine) {
    }

    private CorpusRun() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: CorpusRun JAR CORPUS_DIR WORK_DIR [FILE_NAME_FILTER]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        Path work = Path.of(args[2]);
        String filter = args.length > 3 ? args[3] : "";
        Files.createDirectories(work.resolve("out"));
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".xlsx") || n.endsWith(".xlsm")) && n.contains(filter.toLowerCase(Locale.ROOT));
            }).sorted().toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            Outcome o = run(jar, file, work);
            outcomes.add(o);
            System.out.printf("%-45s exit %d %6d ms%s%s%s%s%n", o.file(), o.exit(), o.millis(),
                    o.inputUnchanged() ? "" : " INPUT CHANGED", o.noise().isEmpty() ? "" : " NOISE",
                    o.lostParts().isEmpty() && o.lostCells().isEmpty() && o.lostContent().isEmpty() ? "" : " LOST", o.added().isEmpty() ? "" : " ADDED");
        }
        Set<String> opened = LibreOfficeOpen.check(work.resolve("out"), work.resolve("lo"));
        // A refused file must be one LibreOffice cannot open either (or a bomb): the refused inputs are tried too.
        Path refused = work.resolve("refused");
        Files.createDirectories(refused);
        for (Outcome o : outcomes) {
            if (o.exit() == 3) {
                Files.copy(corpus.resolve(o.file()), refused.resolve(o.file()));
            }
        }
        // Converted to .xlsx, to count the cells LibreOffice shows: it "opens" some damaged files by leaving content out.
        Path refusedConverted = work.resolve("lo-refused");
        Set<String> openedRefused = LibreOfficeOpen.convert(refused, refusedConverted, "xlsx", "Calc MS Excel 2007 XML");
        List<String> lines = new ArrayList<>();
        lines.add("file\texit\tms\tinput_unchanged\tlibreoffice_opens\tconsole_noise\tlost_parts\tlost_cells\tlost_content\tadded_problems\tconsole_last_line");
        int exit4 = 0, noisy = 0, changed = 0, lost = 0, added = 0, notOpened = 0, refusedOpenable = 0;
        for (Outcome o : outcomes) {
            Path out = output(work, o.file());
            String lo = o.exit() == 3 ? refusedOpened(openedRefused, refused.resolve(o.file()), refusedConverted)
                    : !Files.exists(out) ? "-" : opened == null ? "?" : opened.contains(out.getFileName().toString()) ? "yes" : "no";
            lines.add(String.join("\t", o.file(), String.valueOf(o.exit()), String.valueOf(o.millis()),
                    String.valueOf(o.inputUnchanged()), lo, o.noise(), o.lostParts(), o.lostCells(), o.lostContent(), o.added(), o.lastLine()));
            refusedOpenable += lo.equals("input") && !ALLOWED_REFUSAL.matcher(o.lastLine()).find() ? 1 : 0;
            exit4 += o.exit() == 4 || o.exit() < 0 ? 1 : 0;
            noisy += o.noise().isEmpty() ? 0 : 1;
            changed += o.inputUnchanged() ? 0 : 1;
            lost += o.lostParts().isEmpty() && o.lostCells().isEmpty() && o.lostContent().isEmpty() ? 0 : 1;
            added += o.added().isEmpty() ? 0 : 1;
            notOpened += lo.equals("no") ? 1 : 0;
        }
        Files.write(work.resolve("report.tsv"), lines, StandardCharsets.UTF_8);
        String summary = String.format("%d files: exit 0/1 %d, exit 3 %d, exit 4 or hang %d; console noise %d; input changed %d;"
                        + " parts, cells or content lost %d; schema/Excel-rule problems added %d; outputs LibreOffice did not open %d;"
                        + " refused although LibreOffice opens them (not bombs, DTDs or passwords) %d",
                outcomes.size(), outcomes.stream().filter(o -> o.exit() == 0 || o.exit() == 1).count(),
                outcomes.stream().filter(o -> o.exit() == 3).count(), exit4, noisy, changed, lost, added, notOpened,
                refusedOpenable);
        System.out.println(summary);
        System.out.println("report: " + work.resolve("report.tsv"));
        System.exit(exit4 + noisy + changed + lost + added + notOpened + refusedOpenable == 0 ? 0 : 1);
    }

    /**
     * For a refused input: "neither" when LibreOffice does not open it either; "input" when it
     * opens it with every cell that has a value; "input, loses content (LibreOffice shows n of m
     * cells)" when it opens it by leaving cells out, which is no reason to process it.
     */
    private static String refusedOpened(Set<String> opened, Path input, Path converted) throws IOException {
        if (opened == null) {
            return "?";
        }
        String name = input.getFileName().toString();
        if (!opened.contains(name)) {
            return "neither";
        }
        int held = valuedCells(input);
        int shown = valuedCells(converted.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx"));
        return shown >= held ? "input" : "input, loses content (LibreOffice shows " + shown + " of " + held + " cells)";
    }

    private static final Pattern CELL = Pattern.compile("<(?:\\w+:)?c\\b[^>]*?(?<!/)>(.*?)</(?:\\w+:)?c>", Pattern.DOTALL);
    private static final Pattern VALUE = Pattern.compile("<(?:\\w+:)?v>[^<]+</(?:\\w+:)?v>|<(?:\\w+:)?is>");
    private static final Pattern WORKSHEET = Pattern.compile("(?i)(.*/)?worksheets/[^/]+\\.xml");

    /**
     * The cells with a value in the worksheet parts of a package, each entry read as stored: both
     * of two entries with one name, and an entry whose checksum does not match. So it counts what
     * the file holds, not what one reader makes of it.
     */
    static int valuedCells(Path file) throws IOException {
        int cells = 0;
        // commons-compress lists every entry in its physical order and does not check the checksums
        try (org.apache.commons.compress.archivers.zip.ZipFile zip =
                     org.apache.commons.compress.archivers.zip.ZipFile.builder().setPath(file).get()) {
            for (var e : java.util.Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!WORKSHEET.matcher(e.getName().replace('\\', '/')).matches()) {
                    continue;
                }
                String text;
                try (InputStream in = zip.getInputStream(e)) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException | RuntimeException damaged) {
                    continue;
                }
                for (Matcher m = CELL.matcher(text); m.find(); ) {
                    cells += VALUE.matcher(m.group(1)).find() ? 1 : 0;
                }
            }
        } catch (IOException | RuntimeException damaged) {
            // what could be read is counted
        }
        return cells;
    }

    private static Path output(Path work, String file) {
        String ext = file.toLowerCase(Locale.ROOT).endsWith(".xlsm") ? ".xlsm" : ".xlsx";
        return work.resolve("out").resolve(file.substring(0, file.lastIndexOf('.')) + "-rapportkoll" + ext);
    }

    private static Outcome run(Path jar, Path file, Path work) throws Exception {
        String name = file.getFileName().toString();
        Path out = output(work, name);
        Files.deleteIfExists(out);
        Path console = work.resolve("console.txt");
        String before = sha256(file);
        long start = System.nanoTime();
        Process p = new ProcessBuilder("java", "-Djava.awt.headless=true", "-Xmx1g", "-jar", jar.toString(), "process",
                file.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(console.toFile()).start();
        int exit;
        if (p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            exit = p.exitValue();
        } else {
            p.destroyForcibly().waitFor();
            exit = -1; // a hang
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<String> text = Files.readAllLines(console, StandardCharsets.UTF_8);
        String noise = text.stream().filter(l -> NOISE.matcher(l).find()).findFirst().orElse("");
        String lastLine = text.isEmpty() ? "" : text.get(text.size() - 1);
        boolean unchanged = before.equals(sha256(file));
        String lostParts = "";
        String lostCells = "";
        String lostContent = "";
        String added = "";
        if (Files.exists(out)) {
            Path asRead = asRead(file, work);
            lostParts = String.join(" ", lostParts(asRead, out));
            lostCells = lostCells(asRead, out);
            try {
                lostContent = String.join(" | ", PackageKept.lost(asRead, out));
            } catch (RuntimeException | IOException e) {
                lostContent = "check failed: " + e;
            }
            try {
                added = String.join(" | ", PackageCheck.added(asRead, out));
            } catch (RuntimeException | IOException | LinkageError e) {
                added = "check failed: " + e;
            }
        }
        return new Outcome(name, exit, millis, unchanged, clean(noise), clean(lostParts), clean(lostCells),
                clean(lostContent), clean(added),
                clean(lastLine));
    }

    /**
     * The input as the tool reads it: a Strict workbook with transitional namespaces, one encrypted
     * with the default password decrypted. The output is compared with that, not with the raw file.
     */
    static Path asRead(Path file, Path work) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        byte[] read;
        try {
            read = WorkbookOpener.readable(raw, file).bytes();
        } catch (InputProblem e) {
            return file;
        }
        if (read == raw) {
            return file;
        }
        Path copy = work.resolve("as-read.xlsx");
        Files.write(copy, read);
        return copy;
    }

    /** Parts of the input that the output has not (part names compared case-insensitively). */
    public static List<String> lostParts(Path input, Path output) throws IOException {
        Set<String> in = partNames(input);
        Set<String> out = partNames(output);
        List<String> lost = new ArrayList<>();
        for (String name : in) {
            if (!out.contains(name)) {
                lost.add(name);
            }
        }
        return lost;
    }

    private static Set<String> partNames(Path file) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName().replace('\\', '/').toLowerCase(Locale.ROOT); // some writers use backslashes
                byte[] bytes = zip.readAllBytes();
                boolean emptyRels = name.endsWith(".rels") && !new String(bytes, StandardCharsets.UTF_8).contains("<Relationship ");
                // POI writes no relationship part without relationships; "[trash]" holds what a writer discarded (OPC)
                if (!e.isDirectory() && !emptyRels && !name.startsWith("[trash]/")) {
                    names.add(name);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // a damaged zip: nothing to compare
        }
        return names;
    }

    /** The first cell of a sheet of the input whose content differs in the output, or "" when all are kept. */
    public static String lostCells(Path input, Path output) {
        try (XSSFWorkbook in = open(input); XSSFWorkbook out = open(output)) {
            for (Sheet sheet : in) {
                Sheet other = out.getSheet(sheet.getSheetName());
                if (other == null) {
                    return "sheet " + sheet.getSheetName();
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        Row r = other.getRow(row.getRowNum());
                        Cell c = r == null ? null : r.getCell(cell.getColumnIndex());
                        if (!content(cell).equals(content(c))) {
                            return sheet.getSheetName() + "!" + cell.getAddress() + " " + content(cell) + " -> " + content(c);
                        }
                    }
                }
            }
            return "";
        } catch (Exception | LinkageError e) {
            return ""; // POI cannot read the input as a whole (the tool refused it, or read it another way)
        }
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String content(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        try {
            return switch (cell.getCellType()) {
                case FORMULA -> "=" + cell.getCellFormula();
                case NUMERIC -> String.valueOf(cell.getNumericCellValue());
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                case ERROR -> "#" + cell.getErrorCellValue();
                default -> "";
            };
        } catch (RuntimeException e) {
            return "?" + e.getClass().getSimpleName();
        }
    }

    private static String clean(String s) {
        String one = s.replace('\t', ' ').replace('\n', ' ');
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
