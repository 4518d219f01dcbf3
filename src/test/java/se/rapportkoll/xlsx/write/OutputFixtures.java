package se.rapportkoll.xlsx.write;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.pipeline.Pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Inputs shared by the output tests: the committed samples and an August copy with empty derived cells. */
public final class OutputFixtures {

    static final Path SAMPLES = Path.of("samples");
    public static final String FEB = "manadsrapport-feb-2025.xlsx";
    public static final String AUG = "delarsrapport-aug-2025.xlsx";
    static final String PLAN = "verksamhetsplan-2025-2027.xlsx";
    static final List<String> SAMPLE_FILES = List.of(FEB, AUG, PLAN);

    static final String BLANKED_FILE = "aug-blanked.xlsx";
    static final String DRIFT = "Driftredovisning";

    /** A cell emptied in the August copy; {@code remove} drops the cell, otherwise it is blanked with its style kept. */
    record Emptied(String sheet, String address, boolean remove) {
        int row() {
            return new CellReference(address).getRow();
        }

        int col() {
            return new CellReference(address).getCol();
        }

        String key() {
            return sheet + "!" + address;
        }
    }

    /**
     * Deviation cells (Avvikelse, columns E and I), the whole "Summa Driftbudget" row but its
     * unaffected last-year column, and one "Socialkontor" total. Some cells are removed outright,
     * so their style has to come from a neighbour; the others keep their own style.
     */
    static final List<Emptied> EMPTIED = List.of(
            new Emptied(DRIFT, "E5", false),
            new Emptied(DRIFT, "I6", false),
            new Emptied(DRIFT, "C8", true),
            new Emptied(DRIFT, "D8", false),
            new Emptied(DRIFT, "E8", false),
            new Emptied(DRIFT, "G8", true),
            new Emptied(DRIFT, "H8", false),
            new Emptied(DRIFT, "I8", true),
            new Emptied(DRIFT, "E16", false),
            new Emptied(DRIFT, "D20", true));

    private OutputFixtures() {
    }

    public static Path sample(String file) {
        return SAMPLES.resolve(file);
    }

    static Set<String> emptiedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        EMPTIED.forEach(e -> keys.add(e.key()));
        return keys;
    }

    /** Writes the August sample with the {@link #EMPTIED} cells emptied into {@code dir}. */
    static Path blankedAugust(Path dir) throws IOException {
        Path target = dir.resolve(BLANKED_FILE);
        try (InputStream in = Files.newInputStream(sample(AUG)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Emptied e : EMPTIED) {
                Sheet sheet = wb.getSheet(e.sheet());
                Row row = sheet.getRow(e.row());
                Cell cell = row.getCell(e.col());
                if (cell == null) {
                    throw new IllegalStateException("The sample has no cell " + e.key());
                }
                if (e.remove()) {
                    row.removeCell(cell);
                } else {
                    cell.setBlank();
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
        return target;
    }

    public static Pipeline.Result process(Path input, Path output) throws Exception {
        return new Pipeline(RunOptions.swedish()).process(input, output, false);
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The tool's sheets an output should have: Validering and Avvikelser always, each analysis's where it applies. */
    static int analysisSheetsIn(org.apache.poi.ss.usermodel.Workbook out) {
        int n = 2;
        for (String analysis : java.util.List.of("Volym och pris", "Prognos och scenarier", "Planår", "Textutkast")) {
            if (out.getSheet(analysis) != null) {
                n++;
            }
        }
        return n;
    }
}
