package se.rapportkoll.analyse.volumeprice;

import se.rapportkoll.pipeline.RunOptions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.testing.SheetBuilder;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;
import se.rapportkoll.xlsx.read.GridReader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.SheetBuilder.row;

/** Care types paired by name and alias, never by position; what cannot be paired is said. */
class MatchingTest {

    @TempDir
    Path dir;

    /** Volumes {name, period actual, period budget, year budget, forecast}; prices {name, actual, budget, forecast}. */
    private static SheetBuilder book(Object[][] volumes, Object[][] prices) {
        SheetBuilder b = new SheetBuilder().sheet("Vol").rows(0, 0,
                row("Volymer, antal dygn"),
                row("Insatstyp", "Utfall jan-aug 2025", "Budget jan-aug 2025", "Budget 2025", "Prognos 2025"));
        b.rows(2, 0, volumes);
        b.sheet("Pris").rows(0, 0,
                row("Mått och à-priser, kronor per dygn"),
                row("Insatstyp", "Utfall jan-aug 2025", "Budget 2025", "Prognos 2025"));
        b.rows(2, 0, prices);
        return b;
    }

    private static VolumePriceAnalysis.Result analyse(XSSFWorkbook wb) {
        return VolumePriceAnalysis.analyse(new TableLocator().locate(GridReader.read(wb, s -> true)), VolumePriceConfig.load(null),
                VolumePriceOptions.DEFAULT, Messages.swedish());
    }

    @Test
    void aliasesAndATypoPairCareTypesListedInAnotherOrder() {
        XSSFWorkbook wb = book(new Object[][] {
                row("Skyddade boenden", 100, 110, 160, 150),
                row("Institutionsplaceringar barn och unga", 200, 180, 270, 300),
                row("Vårdnadsöverflytt", 50, 50, 75, 75)}, new Object[][] {
                row("Vårdnadsöverflyt", 500, 500, 500),                       // a slip of spelling, in no alias line
                row("Institutsplaceringar barn & unga", 6000, 5900, 6000),    // the report's typo, a slip too; & = och
                row("Våld i nära relationer, skyddat boende", 3000, 3100, 3000)}).workbook();
        VolumePriceAnalysis.Result r = analyse(wb);
        VolumePriceAnalysis.Section year = r.section(Scope.FULL_YEAR).orElseThrow();
        assertEquals("Våld i nära relationer, skyddat boende", year.line("Skyddade boenden").orElseThrow().priceLabel());
        assertEquals("Institutsplaceringar barn & unga", year.line("Institutionsplaceringar barn och unga").orElseThrow().priceLabel());
        assertEquals("Vårdnadsöverflyt", year.line("Vårdnadsöverflytt").orElseThrow().priceLabel());
        // the prices come from the matched rows, not the rows at the same position
        VolumePriceLine skydd = year.line("Skyddade boenden").orElseThrow();
        assertEquals(3100, skydd.budgetPrice());
        assertEquals(3000, skydd.actualPrice());
        assertEquals((160 - 150) * 3100 / 1000.0, skydd.effect(Effect.VOLUME), 1e-9);
        assertEquals((3100 - 3000) * 150 / 1000.0, skydd.effect(Effect.PRICE), 1e-9);
        // target groups from the names (no Målgrupp column here)
        assertEquals("Vuxna", skydd.group());
        assertEquals("Barn och unga", year.line("Vårdnadsöverflytt").orElseThrow().group());
        // the slips are reported, as info naming both; the alias (Skyddade boenden) is not
        assertEquals(List.of("INFO care-type-match Vol!A4", "INFO care-type-match Vol!A5"), r.findings().stream()
                .map(f -> f.severity() + " " + f.rule() + " " + f.sheet() + "!" + f.cell()).toList());
        assertTrue(r.findings().get(1).message().contains("parad med \"Vårdnadsöverflyt\""), r.findings().get(1).message());
        assertTrue(r.findings().get(1).detail().contains("\"Vårdnadsöverflyt\" står i Pris!A3"), r.findings().get(1).detail());
    }

    @Test
    void anUnmatchedCareTypeIsAWarningNamingTheNearestCandidateAndIsLeftOut() {
        XSSFWorkbook wb = book(new Object[][] {
                row("Stödboende unga", 100, 100, 150, 150),
                row("Jourhem barn och unga", 10, 10, 15, 15)}, new Object[][] {
                row("Stödboende unga", 2000, 2000, 2000),
                row("Jourhemsplacering, barn och unga", 900, 900, 900)}).workbook();
        VolumePriceAnalysis.Result r = analyse(wb);
        List<Finding> unmatched = r.findings().stream().filter(f -> f.rule().equals(Rules.CARE_TYPE_UNMATCHED)).toList();
        assertEquals(2, unmatched.size());
        Finding volume = unmatched.get(0);
        assertEquals(Severity.WARNING, volume.severity());
        assertEquals("Vol!A4", volume.sheet() + "!" + volume.cell());
        assertTrue(volume.message().contains("\"Jourhem barn och unga\"") && volume.message().contains("\"Jourhemsplacering, barn och unga\"?"),
                volume.message());
        assertTrue(volume.detail().contains("\"Jourhemsplacering, barn och unga\" (Pris!A4)"), volume.detail());
        assertEquals("Pris!A4", unmatched.get(1).sheet() + "!" + unmatched.get(1).cell());
        assertTrue(unmatched.get(1).detail().contains("(Vol!A4)"), unmatched.get(1).detail());
        assertEquals(1, r.section(Scope.PERIOD).orElseThrow().careTypes().size());
    }

    @Test
    void anAliasFileBesideTheWorkbookPairsThemAndSetsTheGroup() throws Exception {
        Path input = book(new Object[][] {
                row("Stödboende unga", 100, 100, 150, 150),
                row("Jourhem", 10, 10, 15, 15)}, new Object[][] {
                row("Stödboende unga", 2000, 2000, 2000),
                row("Jourhemsplacering", 900, 900, 900)}).save(dir.resolve("bok.xlsx"));
        Files.writeString(dir.resolve(VolumePriceConfig.ALIASES_FILE), "# ours\nJourhem\tJourhemsplacering\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(VolumePriceConfig.TARGET_GROUPS_FILE), "Barn och unga\tjourhem\n", StandardCharsets.UTF_8);
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).validate(input);
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().startsWith("care-type")), r.findings()::toString);
        VolumePriceLine jour = r.volumePrice().section(Scope.FULL_YEAR).orElseThrow().line("Jourhem").orElseThrow();
        assertEquals("Barn och unga", jour.group());
        assertEquals(15 * 900 / 1000.0, jour.budgetCostTkr(), 1e-9);
    }

    @Test
    void zeroBudgetVolumeGivesNoDivisionByZeroAndAddsUp(@TempDir Path out) throws Exception {
        // a new care type without budget: the whole cost is volume effect at the budget price, plus the price difference
        Path input = book(new Object[][] {
                row("Stödboende vuxna", 100, 0, 0, 150)}, new Object[][] {
                row("Stödboende vuxna", 1200, 1000, 1200)}).save(dir.resolve("noll.xlsx"));
        Pipeline.Result r = new Pipeline(RunOptions.swedish()).process(input, out.resolve("noll-ut.xlsx"), true);
        VolumePriceLine l = r.volumePrice().section(Scope.FULL_YEAR).orElseThrow().line("Stödboende vuxna").orElseThrow();
        assertEquals(0, l.budgetCostTkr());
        assertEquals(-180, l.deviationTkr(), 1e-9);            // 150 · 1 200
        assertEquals(-150, l.effect(Effect.VOLUME), 1e-9);     // (0 − 150) · 1 000
        assertEquals(-30, l.effect(Effect.PRICE), 1e-9);       // (1 000 − 1 200) · 150
        VolumePriceLine group = r.volumePrice().section(Scope.FULL_YEAR).orElseThrow().line("Vuxna").orElseThrow();
        assertEquals(0, group.budgetPrice(), "no average price without budget volume");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out.resolve("noll-ut.xlsx")))) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (var row : wb.getSheet("Volym och pris")) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                        assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, evaluator.evaluate(cell).getCellType(), cell.getAddress().toString());
                    }
                }
            }
        }
    }

    @Test
    void namesNormaliseCasePunctuationAndOch() {
        VolumePriceConfig c = VolumePriceConfig.load(null);
        assertEquals(c.key("Extern öppenvård, barn och unga, antal dagar"), c.key("EXTERN ÖPPENVÅRD – barn & unga"));
        assertEquals(c.key("Skyddade boenden"), c.key("Våld i nära relationer, skyddat boende"));
        // a municipality's own spelling is no alias of the product's: the spelling-slip rule pairs it
        assertTrue(CareTypeNames.isTypo(c.key("Institutionsplaceringar barn och unga"), c.key("Institutsplaceringar barn och unga")));
        assertEquals(c.key("HVB barn och unga"), c.key("Institutionsplaceringar barn & unga"));
        assertEquals("Vuxna", c.group("LVM-vård").orElseThrow());
        assertTrue(CareTypeNames.isTypo("vårdnadsöverflytt", "vårdnadsöverflygg"));
        assertTrue(!CareTypeNames.isTypo("stödboende unga", "stödboende vuxna"), "another care type, not a typo");
        assertEquals("Barn och unga", c.group("BoU").orElseThrow());
        assertEquals("Vuxna", c.group("Institutionsplaceringar, vuxna").orElseThrow());
        assertTrue(c.group("Stödboende").isEmpty(), "'bou' is a word, not a part of 'boende'");
    }
}
