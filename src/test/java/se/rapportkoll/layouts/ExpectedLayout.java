package se.rapportkoll.layouts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus workbook's expected result, worked out by hand: {@code <report>.expected.tsv} beside the
 * workbooks (format in src/test/resources/layouts/README.md). Every workbook of one report shares it.
 */
record ExpectedLayout(List<TableLine> tables, List<String> findings, List<RoundingLine> rounding,
                      List<FillLine> fills, List<AvvikelseLine> avvikelser) {

    /** A table that must be located: the one whose range holds {@code cell}. */
    record TableLine(String sheet, String cell, String kind, String unit, String convention, List<String> columns) {
    }

    /** A figure that differs from its computation by {@code difference}, only by rounding. */
    record RoundingLine(String sheet, String cell, double difference) {
    }

    record FillLine(String sheet, String cell, double value, double tolerance) {
    }

    /**
     * The Avvikelser row built from {@code sheet}'s row {@code row} (or, where {@code column} is not null, from
     * that cell: a row with two budget tables side by side): the sign of its period or year deviation, or, with
     * {@code favourable} null, that no Avvikelser row is built from it.
     */
    record AvvikelseLine(String sheet, int row, String column, boolean year, Boolean favourable) {
    }

    static ExpectedLayout read(Path file) {
        List<TableLine> tables = new ArrayList<>();
        List<String> findings = new ArrayList<>();
        List<RoundingLine> rounding = new ArrayList<>();
        List<FillLine> fills = new ArrayList<>();
        List<AvvikelseLine> avvikelser = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "table" -> tables.add(new TableLine(f[1], f[2], f[3], f[4], f[5], List.of(f[6].split(","))));
                case "finding" -> findings.add((f[1] + " " + f[2] + " " + f[3] + "!" + f[4] + " " + f[5] + " " + f[6]).strip());
                case "rounding" -> rounding.add(new RoundingLine(f[1], f[2], Double.parseDouble(f[3])));
                case "fill" -> fills.add(new FillLine(f[1], f[2], Double.parseDouble(f[3]),
                        f[3].contains(".") ? 0.05 : 0.5));
                case "avvikelse" -> {
                    var ref = f[2].matches("\\d+") ? null : new org.apache.poi.ss.util.CellReference(f[2]);
                    int row = ref == null ? Integer.parseInt(f[2]) : ref.getRow() + 1;
                    String column = ref == null ? null : org.apache.poi.ss.util.CellReference.convertNumToColString(ref.getCol());
                    if (f[3].equals("none")) {
                        avvikelser.add(new AvvikelseLine(f[1], row, column, false, null));
                        continue;
                    }
                    avvikelser.add(new AvvikelseLine(f[1], row, column, switch (f[3]) {
                        case "period" -> false;
                        case "year" -> true;
                        default -> throw new IllegalArgumentException(file + ": period, year or none, not " + f[3]);
                    }, switch (f[4]) {
                        case "+" -> true;
                        case "-" -> false;
                        default -> throw new IllegalArgumentException(file + ": + or -, not " + f[4]);
                    }));
                }
                default -> throw new IllegalArgumentException(file + ": unknown line " + line);
            }
        }
        return new ExpectedLayout(tables, findings, rounding, fills, avvikelser);
    }
}
