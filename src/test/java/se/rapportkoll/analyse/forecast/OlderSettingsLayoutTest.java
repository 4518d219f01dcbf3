package se.rapportkoll.analyse.forecast;

import se.rapportkoll.xlsx.read.SettingsSheet;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.analyse.forecast.ScenarioSettings.Scenario;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.xlsx.write.LibreOfficeRecalcCheck;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Scenarioinställningar sheet made by a version before realised effects: its measures block had
 * six columns (name, cost, effect, effect in low / base / high). Read in today's columns its
 * yes/no flags would be amounts and its effect in base "counted in Prognos"; it is recognised,
 * not counted, said so once, and today's measures get a block of their own below it.
 */
class OlderSettingsLayoutTest {

    private static final Path DIR = Path.of("src", "test", "resources", "forecasts");

    @TempDir
    Path dir;

    private static final String[] OLDER_HEADERS = {"Åtgärd", "Kostnad för genomförande, tkr", "Förväntad effekt, tkr",
            "Effekt i låg (ja/nej)", "Effekt i bas (ja/nej)", "Effekt i hög (ja/nej)"};

    /** The August report with an action plan, processed once, with its settings' measures block put back in the older layout. */
    private Path olderSettings(boolean withMeasure) throws Exception {
        Path first = dir.resolve("first.xlsx");
        new Pipeline(RunOptions.swedish()).process(DIR.resolve("aug-atgardsplan-mall.xlsx"), first, false);
        Path older = dir.resolve("older" + withMeasure + ".xlsx");
        try (InputStream is = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet settings = wb.getSheet("Scenarioinställningar");
            int header = SettingsSheet.read(settings).measureHeaderRow();
            for (int r = settings.getLastRowNum(); r >= header; r--) {
                if (settings.getRow(r) != null) {
                    settings.removeRow(settings.getRow(r));
                }
            }
            Row h = settings.createRow(header);
            for (int c = 0; c < OLDER_HEADERS.length; c++) {
                h.createCell(c).setCellValue(OLDER_HEADERS[c]);
            }
            if (withMeasure) {
                Row m = settings.createRow(header + 1);
                m.createCell(0).setCellValue("Gammal åtgärd");
                m.createCell(1).setCellValue(500);
                m.createCell(2).setCellValue(2000);
                m.createCell(3).setCellValue("ja");
                m.createCell(4).setCellValue("ja");
                m.createCell(5).setCellValue("nej");
            }
            try (var out = Files.newOutputStream(older)) {
                wb.write(out);
            }
        }
        return older;
    }

    private static double outcome(Scenarios.Result s, Scenario scenario) {
        return s.outcomes().stream().filter(o -> o.scenario() == scenario && o.line().label().equals("Summa Driftbudget"))
                .findFirst().orElseThrow().fullYear();
    }

    @Test
    void olderMeasuresAreNotCountedAndTodaysGetABlockBelowThem() throws Exception {
        Path older = olderSettings(true);
        try (InputStream is = Files.newInputStream(older); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            ScenarioSettings read = SettingsSheet.read(wb.getSheet("Scenarioinställningar"));
            assertEquals(List.of(), read.measures(), "no older measure read into today's columns");
            assertEquals(List.of("Gammal åtgärd"), read.older().names());
        }
        Pipeline pipeline = new Pipeline(RunOptions.swedish());
        Path second = dir.resolve("second.xlsx");
        Pipeline.Result r = pipeline.process(older, second, false);
        List<Finding> info = r.findings().stream().filter(f -> f.rule().equals(Rules.SETTINGS_OLDER_LAYOUT)).toList();
        assertEquals(1, info.size(), r.findings().toString());
        assertEquals("Scenarioinställningar", info.get(0).sheet());
        String said = info.get(0).message() + " " + info.get(0).detail(); // the names and the advice are the detail
        assertTrue(info.get(0).message().contains("räknas inte"), info.get(0).message());
        assertTrue(said.contains("Gammal åtgärd") && said.contains("eget block"), said);
        Scenarios.Result s = r.forecast().scenarios();
        assertEquals(List.of("Hemmaplanslösningar i stället för externa placeringar", "Minskad inhyrning av konsulter"),
                s.settings().measures().stream().map(ScenarioSettings.Measure::name).toList(), "the plan's, with the defaults");
        double careLow = s.careCosts().stream().mapToDouble(c -> c.resultChange(Scenario.LOW)).sum();
        assertEquals(-369528, outcome(s, Scenario.BASE), 1e-9, "base = Prognos, not Prognos + the older effect");
        assertEquals(-369528 + careLow - 3500, outcome(s, Scenario.LOW), 1e-6, "as without the older sheet");

        int olderHeader = info.get(0).cell().equals("A" + (s.settings().older().header() + 1)) ? s.settings().older().header() : -1;
        assertTrue(olderHeader > 0, info.get(0).cell());
        try (InputStream is = Files.newInputStream(second); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet settings = wb.getSheet("Scenarioinställningar");
            assertEquals("Gammal åtgärd", settings.getRow(olderHeader + 1).getCell(0).getStringCellValue(), "left as it was");
            assertEquals("ja", settings.getRow(olderHeader + 1).getCell(3).getStringCellValue());
            assertNull(settings.getRow(olderHeader + 2), "one blank row");
            assertEquals("Realiserad effekt, tkr", settings.getRow(olderHeader + 3).getCell(3).getStringCellValue(), "today's header");
            assertEquals("Hemmaplanslösningar i stället för externa placeringar", settings.getRow(olderHeader + 4).getCell(0).getStringCellValue());
        }

        // the next run reads today's block and still tells about the older one, and adds nothing
        Path third = dir.resolve("third.xlsx");
        Pipeline.Result again = pipeline.process(second, third, false);
        assertEquals(1, again.findings().stream().filter(f -> f.rule().equals(Rules.SETTINGS_OLDER_LAYOUT)).count());
        assertEquals(2, again.forecast().scenarios().settings().measures().size());
        assertTrue(again.forecast().scenarios().settings().measures().stream().allMatch(m -> m.row() > olderHeader + 3));
        assertEquals(outcome(s, Scenario.LOW), outcome(again.forecast().scenarios(), Scenario.LOW), 1e-9);
        try (InputStream a = Files.newInputStream(second); XSSFWorkbook x = new XSSFWorkbook(a);
             InputStream b = Files.newInputStream(third); XSSFWorkbook y = new XSSFWorkbook(b)) {
            assertEquals(x.getSheet("Scenarioinställningar").getLastRowNum(), y.getSheet("Scenarioinställningar").getLastRowNum());
        }
        if (LibreOfficeRecalcCheck.soffice().isPresent()) {
            Path converted = Files.createDirectories(dir.resolve("lo"));
            LibreOfficeRecalcCheck.convert(converted, dir.resolve("profile"), List.of(third));
            LibreOfficeRecalcCheck.Report report = LibreOfficeRecalcCheck.compare(third, converted.resolve(third.getFileName()));
            assertTrue(report.agrees(), report.differences().toString());
        }
    }

    @Test
    void anOlderHeaderWithoutMeasuresIsToldToo() throws Exception {
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(olderSettings(false));
        List<Finding> info = r.findings().stream().filter(f -> f.rule().equals(Rules.SETTINGS_OLDER_LAYOUT)).toList();
        assertEquals(1, info.size(), r.findings().toString());
        assertEquals(2, r.forecast().scenarios().settings().measures().size());
    }

    /** Today's sheet is not taken for an older one, and the measures' row the controller shortened stays read. */
    @Test
    void todaysLayoutIsNotOlder() throws Exception {
        Path first = dir.resolve("today.xlsx");
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).process(DIR.resolve("aug-atgardsplan-mall.xlsx"), first, false);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals(Rules.SETTINGS_OLDER_LAYOUT)));
        try (InputStream is = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet settings = wb.getSheet("Scenarioinställningar");
            ScenarioSettings read = SettingsSheet.read(settings);
            assertNull(read.older());
            assertEquals(2, read.measures().size());
            // the controller deleted the last two headers: the amounts under the fourth still tell today's layout
            Row header = settings.getRow(read.measureHeaderRow());
            header.removeCell(header.getCell(6));
            header.removeCell(header.getCell(7));
            assertNull(SettingsSheet.read(settings).older());
        }
    }
}
