package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Compares the values the tool cached in its output's formula cells with what LibreOffice computes:
 * LibreOffice opens the output (which asks for a full recalculation on load) and saves it again,
 * and every formula cell of the output must agree with that copy within half of the last unit
 * its number format shows (0.5 for whole numbers, 0.0005 for 0.0 %).
 *
 * <p>Usage: {@code LibreOfficeRecalcCheck OUTPUT.xlsx LIBREOFFICE_COPY.xlsx}; exit code 1 on a difference.
 * {@code --convert OUTDIR OUTPUT.xlsx} makes the LibreOffice copy (see {@link #convert}).
 */
public final class LibreOfficeRecalcCheck {

    /** How many formula cells were compared, and the differences found. */
    public record Report(int compared, List<String> differences) {
        public boolean agrees() {
            return differences.isEmpty();
        }
    }

    /** LibreOffice configuration: Tools > Options > Calc > Formula > Recalculation on file load = Always. */
    private static final String ALWAYS_RECALCULATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOfficeRecalcCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--convert")) {
            // --convert OUTDIR FILE: the conversion with the recalculating profile, for the script
            Path outDir = Files.createDirectories(Path.of(args[1]));
            convert(outDir, Files.createTempDirectory("lo-profile"), List.of(Path.of(args[2])));
            return;
        }
        if (args.length != 2) {
            System.err.println("usage: LibreOfficeRecalcCheck OUTPUT.xlsx LIBREOFFICE_COPY.xlsx");
            System.err.println("       LibreOfficeRecalcCheck --convert OUTDIR OUTPUT.xlsx");
            System.exit(2);
        }
        Report report = compare(Path.of(args[0]), Path.of(args[1]));
        report.differences().forEach(System.out::println);
        System.out.println(report.compared() + " formula cells compared, " + report.differences().size() + " differ");
        System.exit(report.agrees() ? 0 : 1);
    }

    /** The soffice executable on PATH, if there is one. */
    public static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Lets LibreOffice open and re-save the files as .xlsx into {@code outDir} (same file names),
     * with a private user profile so that a running LibreOffice does not interfere. The profile
     * sets "recalculate on load: always" for OOXML: with LibreOffice's default (never recalculate,
     * checked with 7.4) the output's fullCalcOnLoad is not honoured and the cached values are
     * simply kept, which would make this comparison prove nothing.
     */
    public static void convert(Path outDir, Path profile, List<Path> files) throws IOException, InterruptedException {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), ALWAYS_RECALCULATE);
        List<String> command = new ArrayList<>(List.of(soffice().orElseThrow().toString(),
                "-env:UserInstallation=" + profile.toUri(), "--headless", "--calc",
                "--convert-to", "xlsx", "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish within 180 s");
        }
        for (Path f : files) {
            if (!Files.exists(outDir.resolve(f.getFileName()))) {
                throw new IOException("soffice wrote no " + f.getFileName() + " (exit " + process.exitValue() + "): "
                        + Files.readString(outDir.resolve("soffice.log")));
            }
        }
    }

    public static Report compare(Path ours, Path libreOffice) throws IOException {
        List<String> differences = new ArrayList<>();
        int compared = 0;
        try (XSSFWorkbook a = OutputFixtures.open(ours); XSSFWorkbook b = OutputFixtures.open(libreOffice)) {
            for (Sheet sheet : a) {
                Sheet other = b.getSheet(sheet.getSheetName());
                if (other == null) {
                    differences.add(sheet.getSheetName() + ": missing in LibreOffice's copy");
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        compared++;
                        Cell computed = WorkbookDescriptions.cell(other, cell.getRowIndex(), cell.getColumnIndex());
                        difference(cell, computed).ifPresent(d -> differences.add(
                                sheet.getSheetName() + "!" + cell.getAddress() + " =" + cell.getCellFormula() + ": " + d));
                    }
                }
            }
        }
        return new Report(compared, differences);
    }

    private static Optional<String> difference(Cell ours, Cell computed) {
        CellType cachedType = ours.getCachedFormulaResultType();
        CellType computedType = computed == null ? CellType.BLANK
                : computed.getCellType() == CellType.FORMULA ? computed.getCachedFormulaResultType() : computed.getCellType();
        switch (cachedType) {
            case NUMERIC -> {
                if (computedType != CellType.NUMERIC) {
                    return Optional.of("cached " + ours.getNumericCellValue() + ", LibreOffice " + describe(computed));
                }
                double tolerance = tolerance(ours.getCellStyle().getDataFormatString());
                double diff = Math.abs(ours.getNumericCellValue() - computed.getNumericCellValue());
                return diff <= tolerance ? Optional.empty() : Optional.of("cached " + ours.getNumericCellValue()
                        + ", LibreOffice " + computed.getNumericCellValue() + " (tolerance " + tolerance + ")");
            }
            case STRING -> {
                String cached = ours.getStringCellValue();
                String theirs = computedType == CellType.STRING ? computed.getStringCellValue()
                        : computedType == CellType.BLANK ? "" : null;
                return cached.equals(theirs) ? Optional.empty()
                        : Optional.of("cached \"" + cached + "\", LibreOffice " + describe(computed));
            }
            case BOOLEAN -> {
                return computedType == CellType.BOOLEAN && computed.getBooleanCellValue() == ours.getBooleanCellValue()
                        ? Optional.empty() : Optional.of("cached " + ours.getBooleanCellValue() + ", LibreOffice " + describe(computed));
            }
            default -> {
                return Optional.of("cached " + cachedType + ", LibreOffice " + describe(computed));
            }
        }
    }

    private static String describe(Cell cell) {
        return cell == null ? "no cell" : WorkbookDescriptions.content(cell);
    }

    /**
     * Half of the last unit the format shows: "#,##0" → 0.5, "0.0%" → 0.0005, "0.00" → 0.005.
     * General shows up to about ten significant digits, so there only float noise is tolerated.
     */
    static double tolerance(String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("General")) {
            return 1e-6;
        }
        String section = format.split(";", -1)[0]
                .replaceAll("\"[^\"]*\"", "")
                .replaceAll("\\\\.", "")
                .replaceAll("\\[[^]]*]", "");
        int decimals = 0;
        int dot = section.indexOf('.');
        if (dot >= 0) {
            for (int i = dot + 1; i < section.length() && "0#?".indexOf(section.charAt(i)) >= 0; i++) {
                decimals++;
            }
        }
        double unit = Math.pow(10, -decimals);
        if (section.contains("%")) {
            unit /= 100;
        }
        return unit / 2;
    }
}
