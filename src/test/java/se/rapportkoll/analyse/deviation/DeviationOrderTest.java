package se.rapportkoll.analyse.deviation;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.testing.SheetBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.Findings.locate;
import static se.rapportkoll.testing.SheetBuilder.row;

/** The order of the Avvikelser lines: each table as its hierarchy, never a total among its parts. */
class DeviationOrderTest {

    private static final Object[] HEADER = row("Rad", "Budget Jan - Aug 2025", "Utfall Jan - Aug 2025",
            "Avvikelse Jan - Aug 2025", "Budget helår 2025", "Prognos 4", "Avvikelse Budget-Prognos");

    @TempDir
    Path dir;

    /**
     * Two tables: the first with subtotals under a grand total and a "varav" row, the second with its
     * total above its parts. Sorted by size alone, the grand total (−70) would come between its parts.
     */
    private static SheetBuilder workbook(String secondTitle) {
        return new SheetBuilder().sheet("Drift")
                .rows(0, 0, row("Driftredovisning per verksamhet, tkr"))
                .rows(2, 0, HEADER,
                        row("Stab", -100, -90, 10, -150, -140, 10),
                        row("Ledning", -200, -230, -30, -300, -340, -40),
                        row("Summa stab och ledning", -300, -320, -20, -450, -480, -30),
                        row("Hemtjänst", -400, -450, -50, -600, -700, -100),
                        row("Varav nattpatrull", -40, -80, -40, -60, -120, -60),
                        row("Boende", -500, -440, 60, -750, -690, 60),
                        row("Summa omsorg", -900, -890, 10, -1350, -1390, -40),
                        row("Summa nämnden", -1200, -1210, -10, -1800, -1870, -70))
                .rows(13, 0, row(secondTitle))
                .rows(15, 0, HEADER,
                        row("Summa fritid", -300, -310, -10, -450, -470, -20),
                        row("Bad", -100, -90, 10, -150, -140, 10),
                        row("Idrott", -200, -220, -20, -300, -330, -30));
    }

    @Test
    void partsLargestUnfavourableFirstEachTotalWhereItStandsToItsPartsVaravAfterItsOwner() {
        XSSFWorkbook wb = workbook("Fritid, tkr").workbook();
        List<String> order = DeviationAnalysis.lines(locate(wb)).stream().map(DeviationLine::label).toList();
        assertEquals(List.of(
                // Summa omsorg (−40) before Summa stab och ledning (−30), each after its parts
                "Hemtjänst", "Varav nattpatrull", "Boende", "Summa omsorg",
                "Ledning", "Stab", "Summa stab och ledning",
                "Summa nämnden",
                // the second table after the first, its total above its parts as in the workbook
                "Summa fritid", "Idrott", "Bad"), order);
    }

    /** A table named by a long title: the name wraps whole in its column on the page instead of being cut by Rad. */
    @Test
    void aLongTableNameWrapsInItsColumnInsteadOfBeingCut() throws Exception {
        String title = "Budgetuppföljning Kultur- och fritidsnämnden per oktober 2025, driftredovisning per verksamhet, tkr";
        Path in = workbook(title).save(dir.resolve("lang.xlsx"));
        Path out = dir.resolve("lang-rapportkoll.xlsx");
        new Pipeline(RunOptions.swedish()).process(in, out, false);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet sheet = wb.getSheet("Avvikelser");
            List<Row> longNamed = new ArrayList<>();
            List<Row> shortNamed = new ArrayList<>();
            for (Row r : sheet) {
                if (r.getRowNum() < 4 || r.getCell(0) == null) {
                    continue;
                }
                (r.getCell(0).getStringCellValue().equals(title) ? longNamed : shortNamed).add(r);
            }
            float line = sheet.getDefaultRowHeightInPoints();
            assertAll(
                    () -> assertEquals(3, longNamed.size()),
                    () -> assertTrue(longNamed.stream().allMatch(r -> r.getCell(0).getCellStyle().getWrapText()), "wrapped"),
                    () -> assertTrue(sheet.getColumnWidth(0) <= 61 * 256, "no wider than a text column is made: "
                            + sheet.getColumnWidth(0) / 256),
                    () -> assertTrue(sheet.getColumnWidth(0) >= 36 * 256, "as wide as the shorter name needs"),
                    () -> assertTrue(longNamed.stream().allMatch(r -> r.getHeightInPoints() >= 2 * line * 0.9),
                            "its rows as high as the wrapped name"),
                    () -> assertTrue(shortNamed.stream().allMatch(r -> r.getHeightInPoints() < 2 * line * 0.9),
                            "a name that fits takes one line"));
        }
    }
}
