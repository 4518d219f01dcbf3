package se.rapportkoll.prose;

import se.rapportkoll.pipeline.RunOptions;
import org.junit.jupiter.api.Test;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.model.Severity;
import se.rapportkoll.pipeline.TextChecking;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * check-text on the seeds' own published texts against their samples. The August 2025 interim
 * report says "De prognostiserade kostnaderna genererar en negativ avvikelse om 19 800 tkr" where its
 * table has Kostnader −16 317 (19 800 is the revenue figure of the sentence before), and
 * "Överskott redovisas för … kapitalkostnader (…, 500 tkr)" for the period where the table's
 * Varav kapitalkostnader shows 330 (331 computed). Found by reading the text beside the tables.
 */
class SeedTextCheckTest {

    static final Path TEXTS = Path.of("src/test/resources/prose");

    static TextCheck.Result check(String text, String sample) throws Exception {
        return TextChecking.check(TEXTS.resolve(text), Path.of("samples", sample), RunOptions.swedish()).result();
    }

    static List<TextCheck.TextFinding> errors(TextCheck.Result r) {
        return r.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    @Test
    void augustContradictionsAreFoundAndNothingElseIsAnError() throws Exception {
        TextCheck.Result r = check("norrtalje-socialnamnd-delarsrapport-aug-2025.txt", "delarsrapport-aug-2025.xlsx");
        List<TextCheck.TextFinding> errors = errors(r);
        assertEquals(2, errors.size(), errors.toString());
        TextCheck.TextFinding costs = errors.stream().filter(f -> f.cell().equals("I6")).findFirst().orElseThrow();
        assertEquals("Driftredovisning", costs.sheet());
        assertEquals("19\u00a0800 tkr".replace('\u00a0', ' '), costs.amount());
        assertEquals(-16317, costs.expected());
        assertTrue(costs.quote().startsWith("De prognostiserade kostnaderna genererar en negativ avvikelse om 19 800 tkr"), costs.quote());
        assertEquals("Texten anger ett underskott om 19 800 tkr för Kostnader (helårsprognos), men arbetsboken visar ett underskott "
                + "om 16 317 tkr (Driftredovisning!I6).", costs.message());
        TextCheck.TextFinding capital = errors.stream().filter(f -> f.cell().equals("E7")).findFirst().orElseThrow();
        assertEquals("500 tkr", capital.amount());
        assertEquals(330, capital.expected());
        // the claims that agree with their tables are not findings at all
        for (String agreeing : List.of("Socialnämnden redovisar per augusti en positiv avvikelse om 10 000 tkr",
                "På intäktssidan prognostiseras ett överskott om 19 800 tkr", "Per augusti prognostiseras ett sammantaget överskott om 3 400 tkr",
                "Per augusti redovisas en positiv avvikelse om 10 000 tkr", "Överskottet kan främst hänföras till högre intäkter (17 400 tkr)",
                "På kostnadssidan redovisas en negativ avvikelse motsvarande 7 500 tkr")) {
            assertTrue(r.claims().stream().anyMatch(c -> c.quote().startsWith(agreeing)), "found: " + agreeing);
        }
        assertEquals(7, r.agreeing(), "10 000 twice, 3 400 twice, 19 800 revenues, 17 400, 7 500");
        assertTrue(errors(r).stream().noneMatch(f -> f.quote().startsWith("Socialnämnden redovisar per augusti")
                || f.quote().startsWith("Per augusti") || f.quote().startsWith("På intäktssidan")));
        // grants, Migrationsverket, consultants: amounts the workbook has no row for are information only
        assertTrue(r.findings().stream().filter(f -> f.severity() != Severity.ERROR).allMatch(f -> f.severity() == Severity.INFO));
        assertTrue(r.findings().stream().anyMatch(f -> f.severity() == Severity.INFO && f.amount().equals("11 200 tkr")));
        // an amount without a direction is no claim: "tilldela Socialnämnden 2 000 tkr"
        assertTrue(r.claims().stream().noneMatch(c -> c.written().equals("2 000 tkr")));
    }

    @Test
    void februaryHasNoContradiction() throws Exception {
        TextCheck.Result r = check("norrtalje-socialnamnd-manadsrapport-feb-2025.txt", "manadsrapport-feb-2025.xlsx");
        assertEquals(List.of(), errors(r));
        assertEquals(3, r.agreeing(), "the 6 000 tkr surplus, three times");
        assertEquals(4, r.count(Severity.INFO), r.findings().toString());
    }

    /** The same August sentences in a Word document, with the section headings as Word headings. */
    @Test
    void wordDocument(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path docx = dir.resolve("delarsrapport.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = java.nio.file.Files.newOutputStream(docx)) {
            var h = doc.createParagraph();
            h.setStyle("Heading2");
            h.createRun().setText("Helårsprognos mot budget");
            doc.createParagraph().createRun().setText("Per augusti prognostiseras ett sammantaget överskott om 3\u00a0400\u00a0tkr. "
                    + "På intäktssidan prognostiseras ett överskott om 19 800 tkr.");
            doc.createParagraph().createRun().setText("De prognostiserade kostnaderna genererar en negativ avvikelse om 19 800 tkr.");
            var h2 = doc.createParagraph();
            h2.setStyle("Heading2");
            h2.createRun().setText("Periodens utfall mot budget");
            doc.createParagraph().createRun().setText("På kostnadssidan noteras en negativ avvikelse motsvarande 7,5 mnkr.");
            doc.write(out);
        }
        TextCheck.Result r = TextChecking.check(docx, Path.of("samples", "delarsrapport-aug-2025.xlsx"), RunOptions.swedish()).result();
        assertEquals(List.of("I6"), errors(r).stream().map(TextCheck.TextFinding::cell).toList(), r.findings().toString());
        assertEquals(3, r.agreeing(), "3 400, 19 800 revenues, and 7,5 mnkr of costs for the period by the heading");
    }

    @Test
    void aDeviationStatedTheWrongWayIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path txt = dir.resolve("fel.txt");
        java.nio.file.Files.writeString(txt, "Socialnämnden redovisar per augusti en negativ avvikelse om 10 000 tkr.\n");
        TextCheck.Result r = TextChecking.check(txt, Path.of("samples", "delarsrapport-aug-2025.xlsx"), RunOptions.swedish()).result();
        assertEquals(List.of("E8"), errors(r).stream().map(TextCheck.TextFinding::cell).toList());
    }
}
