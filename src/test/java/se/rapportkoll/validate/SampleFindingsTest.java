package se.rapportkoll.validate;

import se.rapportkoll.pipeline.RunOptions;
import org.junit.jupiter.api.Test;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.model.Finding;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportkoll.testing.Findings.describe;

/**
 * The published reports' real inconsistencies, worked out by hand from samples/data, and
 * nothing else: every rounding difference in them (up to 1 tkr on a deviation, up to 5 on a
 * 14-row total) must stay silent.
 */
class SampleFindingsTest {

    private static List<Finding> validate(String sample) throws Exception {
        return new Pipeline(RunOptions.swedish()).validate(Path.of("samples", sample)).findings();
    }

    @Test
    void augustReportHasItsPublishedErrorsAndNothingElse() throws Exception {
        List<String> found = describe(validate("delarsrapport-aug-2025.xlsx"));
        assertEquals(List.of(
                // Volymer Totalt: the care types' forecasts add up to 108 931, the report says 109 669; its
                // deviation H14 (−20 421 = 88 510 − 108 931) is right for the right total, so it is named in
                // G14's finding and not reported itself (one cause, one finding)
                "ERROR total Volymer!G14 108931 109669",
                // À-pris, vuxna: period deviation differs from utfall − budget, while the full-year one agrees
                "ERROR deviation À-priser!E13 -1145 -1358",
                "ERROR deviation À-priser!E14 -70 -336",
                // "Utfall jan-apr 2025" in a table whose other columns are jan-aug
                "WARNING period Volymer!C3 - -",
                // the à-pris deviation columns are utfall − budget throughout: one finding per column, which
                // (since the volume table counts budget − utfall) is the volume–price analysis's
                // price-deviation-convention; it replaces deviation-convention on the same header
                "WARNING price-deviation-convention À-priser!E4 - -",
                "WARNING price-deviation-convention À-priser!G4 - -"), found);
    }

    @Test
    void februaryReportSocialkontorIncludesSocialnamndInThePeriodColumns() throws Exception {
        List<String> found = describe(validate("manadsrapport-feb-2025.xlsx"));
        assertEquals(List.of(
                "ERROR total Månadsrapport!B20 -55840 -56136",
                // D20 (6 001) is C20 − B20: right for the wrong totals, so named in their findings
                "ERROR total Månadsrapport!C20 -49871 -50135"), found);
        // the units (Socialnämnd + Socialkontor) then add up to more than Summa Driftbudget: a consequence, named
        // in the cause's finding with the row it seems to include, not three cross-table warnings of its own
        Finding b20 = validate("manadsrapport-feb-2025.xlsx").get(0);
        assertTrue(b20.message().contains("raden \"Socialnämnd\" verkar vara medräknad. Ta bort den ur summan."), b20.message());
        assertTrue(b20.detail().contains("skillnaden -296 är just raden \"Socialnämnd\" (B12)"), b20.detail());
        assertTrue(b20.detail().contains("Därför stämmer inte heller B8"), b20.detail());
    }

    @Test
    void planHasTheWrongUtfall2023Total() throws Exception {
        List<String> found = describe(validate("verksamhetsplan-2025-2027.xlsx"));
        // Summa Utfall 2023 agrees neither with its rows (−315 403) nor with the Driftbudget table's Netto (−315 833)
        assertEquals(List.of("ERROR total Driftbudget!C28 -315403 -321690",
                "WARNING cross-table Driftbudget!C28 -315833 -321690"), found);
    }

    @Test
    void theMessageSaysWhatIsWrongAndWhatToDoTheDetailGivesTheFiguresAndTheCells() throws Exception {
        Finding f = validate("delarsrapport-aug-2025.xlsx").get(0);
        assertEquals("\"Prognos 2025\" för \"Totalt\" är inte summan av sina delar. Rätta summan eller delarna.", f.message());
        assertEquals("Ska vara summan av G4:G13 = 108 931 men är 109 669 (skillnad 738)."
                + " Därför blir också avvikelsen i H14 fel; den blir rätt när du rättat summan.", f.detail());
        assertEquals("SUM('Volymer'!G4:G13)", f.expectedFormula());
    }

    @Test
    void roundingInThePublishedFiguresIsNotReported() throws Exception {
        // Known rounding differences in the data: Aug Intäkter period deviation (17 427 vs 17 428),
        // Aug Summa Driftbudget budget (−247 747 vs −247 748), Feb Socialkontor Avvikelse Budget-Prognos
        // (−22 vs −23), plan Summa 2027 (−401 919 vs −401 914 over 14 rows), Volymer periodiserad budget total.
        for (String sample : List.of("delarsrapport-aug-2025.xlsx", "manadsrapport-feb-2025.xlsx", "verksamhetsplan-2025-2027.xlsx")) {
            for (Finding f : validate(sample)) {
                if (f.expected() != null && f.actual() != null) {
                    assertTrue(Math.abs(f.expected() - f.actual()) > 5, sample + ": " + describe(f));
                }
            }
        }
    }

    /** Each sample's findings as the sheet shows them: a short message in both languages, the rest in the detail. */
    @Test
    void everySampleFindingHasAShortMessageAndItsFiguresInTheDetail() throws Exception {
        for (String language : List.of("sv", "en")) {
            for (String sample : List.of("delarsrapport-aug-2025.xlsx", "manadsrapport-feb-2025.xlsx", "verksamhetsplan-2025-2027.xlsx")) {
                for (Finding f : new se.rapportkoll.pipeline.Pipeline(se.rapportkoll.pipeline.RunOptions.of(language))
                        .validate(java.nio.file.Path.of("samples", sample)).findings()) {
                    int words = se.rapportkoll.testing.Findings.words(f.message());
                    assertTrue(words <= 25, language + " " + sample + " " + f.cell() + ": " + words + " words: " + f.message());
                    assertFalse(f.message().matches(".*\\d \\d{3}.*"), "no figures in the message: " + f.message());
                    if (f.rule().equals("total") || f.rule().equals("deviation") || f.rule().equals("cross-table")) {
                        assertTrue(f.detail() != null && f.detail().matches(".* -?\\d[\\d ,]* men är -?\\d.*|.* -?\\d[\\d ,]* but is -?\\d.*|.*\\d \\d{3}.*|.*\\d,\\d{3}.*"),
                                "the figures are in the detail: " + f.detail());
                    }
                }
            }
        }
    }
}
