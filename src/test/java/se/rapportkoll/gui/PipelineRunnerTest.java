package se.rapportkoll.gui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportkoll.model.Severity;

/** The presenter on the real pipeline, still without a window. */
class PipelineRunnerTest {

    @TempDir
    Path dir;

    @Test
    void theAugustSampleGivesItsFindingsAndANewFileBesideIt() throws Exception {
        Path input = Files.copy(Path.of("samples", "delarsrapport-aug-2025.xlsx"), dir.resolve("delarsrapport-aug-2025.xlsx"));
        byte[] before = Files.readAllBytes(input);
        WindowPresenter p = new WindowPresenter(FileRunner.pipeline(), Runnable::run, Runnable::run,
                new SettingsStore(dir.resolve("home/settings.properties")), new FileActions() {
                    @Override
                    public void open(Path file) {
                    }

                    @Override
                    public void showInFolder(Path file) {
                    }
                }, (c, e) -> dir.resolve("log"));
        p.attach(new WindowPresenterTest.RecordingView());

        p.addFiles(List.of(input, dir.resolve("missing.xlsx")));

        FileState done = p.files().get(0);
        FileState missing = p.files().get(1);
        Set<String> listing;
        try (Stream<Path> files = Files.list(dir)) {
            listing = files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
        assertAll(
                () -> assertEquals(FileStatus.DONE, done.status()),
                () -> assertEquals(3, done.count(Severity.ERROR)),
                () -> assertEquals(3, done.count(Severity.WARNING)),
                () -> assertTrue(done.findings().stream().allMatch(f -> f.message() != null && !f.message().isBlank())),
                () -> assertEquals(dir.resolve("delarsrapport-aug-2025-rapportkoll.xlsx"), done.output()),
                () -> assertEquals(List.of("Scenarioinställningar", "Validering", "Avvikelser", "Volym och pris",
                        "Prognos och scenarier", "Textutkast"), done.sheets().stream().filter(sheet -> !sheet.equals("Planår")).toList(),
                        "the sheets added, in the workbook's order: " + done.sheets()),
                () -> assertEquals(done.sheets(), sheetsAfterTheOriginals(done.output(), before)),
                () -> assertTrue(Files.size(done.output()) > 0),
                () -> assertEquals(FileStatus.FAILED, missing.status()),
                () -> assertTrue(missing.problem().contains("missing.xlsx"), missing.problem()),
                () -> assertEquals(Set.of("delarsrapport-aug-2025.xlsx", "delarsrapport-aug-2025-rapportkoll.xlsx"), listing),
                () -> assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(input)), "input unchanged"));
    }

    /** The output's sheets that the input does not have: what the window must list. */
    private static List<String> sheetsAfterTheOriginals(Path output, byte[] input) throws Exception {
        try (var out = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(output));
             var in = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(input))) {
            Set<String> original = new java.util.HashSet<>();
            in.forEach(sheet -> original.add(sheet.getSheetName()));
            List<String> added = new java.util.ArrayList<>();
            out.forEach(sheet -> {
                if (!original.contains(sheet.getSheetName())) {
                    added.add(sheet.getSheetName());
                }
            });
            return added;
        }
    }

    /** A report text beside the workbook (same name, .docx) is checked with it: its contradictions are among the findings. */
    @Test
    void aReportTextBesideTheWorkbookIsChecked() throws Exception {
        Path input = Files.copy(Path.of("samples", "delarsrapport-aug-2025.xlsx"), dir.resolve("aug.xlsx"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(dir.resolve("aug.docx"))) {
            doc.createParagraph().createRun().setText("Per augusti prognostiseras ett sammantaget överskott om 3 400 tkr. "
                    + "På kostnadssidan prognostiseras en negativ avvikelse om 19 800 tkr.");
            doc.write(out);
        }
        var findings = FileRunner.pipeline().process(input, dir.resolve("aug-out.xlsx"), se.rapportkoll.pipeline.RunOptions.swedish()).findings();
        var text = findings.stream().filter(f -> f.rule().equals("text-amount")).toList();
        assertEquals(1, text.size(), text.toString());
        assertEquals(Severity.ERROR, text.get(0).severity());
        assertEquals("I6", text.get(0).cell());
        assertTrue(text.get(0).message().startsWith("Rapporttexten aug.docx: Texten anger ett underskott om 19 800 tkr"),
                text.get(0).message());
        assertTrue(text.get(0).detail().startsWith("Meningen: ”På kostnadssidan prognostiseras"), text.get(0).detail());
    }

    /**
     * The findings said again in English are those of the workbook and the text as they were
     * processed: the input replaced by another workbook and the text deleted meanwhile change nothing.
     */
    @Test
    void aLanguageSwitchSaysTheFindingsOfTheContentProcessedEvenAfterTheFilesChanged() throws Exception {
        Path input = Files.copy(Path.of("samples", "delarsrapport-aug-2025.xlsx"), dir.resolve("aug.xlsx"));
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(); var out = Files.newOutputStream(dir.resolve("aug.docx"))) {
            doc.createParagraph().createRun().setText("På kostnadssidan prognostiseras en negativ avvikelse om 19 800 tkr.");
            doc.write(out);
        }
        WindowPresenter p = new WindowPresenter(FileRunner.pipeline(), Runnable::run, Runnable::run,
                new SettingsStore(dir.resolve("home/settings.properties")), new FileActions() {
                    @Override
                    public void open(Path file) {
                    }

                    @Override
                    public void showInFolder(Path file) {
                    }
                }, (c, e) -> dir.resolve("log"));
        p.attach(new WindowPresenterTest.RecordingView());
        p.addFiles(List.of(input));
        List<se.rapportkoll.model.Finding> swedish = p.files().get(0).findings();
        Files.copy(Path.of("samples", "manadsrapport-feb-2025.xlsx"), input, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dir.resolve("aug.docx"));

        p.changeSettings(p.settings().withLanguage("en"));

        List<se.rapportkoll.model.Finding> english = p.files().get(0).findings();
        var english_run = FileRunner.pipeline().process(Files.copy(Path.of("samples", "delarsrapport-aug-2025.xlsx"),
                dir.resolve("again.xlsx")), dir.resolve("again-out.xlsx"), se.rapportkoll.pipeline.RunOptions.of("en")).findings();
        assertAll(
                () -> assertEquals(swedish.stream().map(f -> f.rule() + " " + f.sheet() + "!" + f.cell()).toList(),
                        english.stream().map(f -> f.rule() + " " + f.sheet() + "!" + f.cell()).toList(),
                        "the same findings, of August and its text"),
                () -> assertTrue(english.stream().anyMatch(f -> f.rule().equals("text-amount")), "the text's finding is kept"),
                () -> assertEquals(english_run.stream().filter(f -> !f.rule().equals("text-amount")).map(f -> f.message()).toList(),
                        english.stream().filter(f -> !f.rule().equals("text-amount")).map(f -> f.message()).toList(),
                        "in the words an English run of August gives"),
                () -> assertTrue(english.stream().noneMatch(f -> f.message().equals(swedish.get(0).message())), "none left in Swedish"));
    }
}
