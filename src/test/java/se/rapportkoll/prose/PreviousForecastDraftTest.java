package se.rapportkoll.prose;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A committee table with the forecast round before beside the current one: the draft says how the forecast changed. */
class PreviousForecastDraftTest {

    @TempDir
    Path dir;

    /** A committee table whose forecast round before the current "Prognos 4" is headed {@code previousRound}. */
    private Path workbook(String previousRound) throws Exception {
        Path in = dir.resolve(previousRound + ".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(in)) {
            XSSFSheet s = wb.createSheet("Drift");
            s.createRow(0).createCell(0).setCellValue("Driftredovisning, tkr");
            s.createRow(1).createCell(0).setCellValue("Ansvar: 3 - Kulturnämnd");
            String[] header = {"", "Budget Jan - Apr 2025", "Utfall Jan - Apr 2025", "Budget helår 2025", "Prognos 4", previousRound};
            var h = s.createRow(3);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            Object[][] rows = {{"Intäkter", 4000, 4500, 12000, 12900, 12000}, {"Kostnader", -40000, -41000, -120000, -122100, -124000},
                    {"Summa", -36000, -36500, -108000, -109200, -112000}};
            for (int r = 0; r < rows.length; r++) {
                var row = s.createRow(4 + r);
                row.createCell(0).setCellValue((String) rows[r][0]);
                for (int c = 1; c < 6; c++) {
                    row.createCell(c).setCellValue(((Integer) rows[r][c]).doubleValue());
                }
            }
            wb.write(out);
        }
        return in;
    }

    @Test
    void changeSinceTheEarlierRound() throws Exception {
        Path in = workbook("Prognos 3");
        Path output = dir.resolve("out.xlsx");
        new Pipeline(RunOptions.swedish()).process(in, output, true);
        List<String> s = TextDraftSheetTest.sentences(output, "Textutkast");
        assertTrue(s.contains("Kulturnämnden redovisar per april en negativ avvikelse om 500\u00a0tkr och prognostiserar ett underskott om 1\u00a0200\u00a0tkr."), s.toString());
        assertTrue(s.contains("Vid prognos 3 prognostiserades ett underskott om 4\u00a0000\u00a0tkr."), s.toString());
        assertTrue(s.contains("Jämfört med prognos 3 har prognosen förbättrats med 2\u00a0800\u00a0tkr."), s.toString());
        TextDraftSheetTest.assertCachedAgree(output, "Textutkast");
    }

    /** In English the round is named in English ("forecast 3", "the previous forecast"); the basis quotes the header as written. */
    @Test
    void theRoundIsNamedInTheTextsLanguage() throws Exception {
        Path output = dir.resolve("en.xlsx");
        new Pipeline(RunOptions.of("en")).process(workbook("Prognos 3"), output, true);
        List<String> s = TextDraftSheetTest.sentences(output, "Text draft");
        assertTrue(s.contains("In forecast 3 the forecast was a deficit of 4,000\u00a0kSEK."), s.toString());
        assertTrue(s.stream().noneMatch(x -> x.contains("prognos 3") || x.contains("Prognos 3")), s.toString());
        TextDraftSheetTest.assertCachedAgree(output, "Text draft");

        Path earlier = dir.resolve("earlier.xlsx");
        new Pipeline(RunOptions.of("en")).process(workbook("Föregående prognos"), earlier, true);
        List<String> e = TextDraftSheetTest.sentences(earlier, "Text draft");
        assertTrue(e.contains("In the previous forecast the forecast was a deficit of 4,000\u00a0kSEK."), e.toString());
        Path sv = dir.resolve("sv-earlier.xlsx");
        new Pipeline(RunOptions.swedish()).process(workbook("Föregående prognos"), sv, true);
        assertTrue(TextDraftSheetTest.sentences(sv, "Textutkast").contains("Vid föregående prognos prognostiserades ett underskott om 4\u00a0000\u00a0tkr."));
    }
}
