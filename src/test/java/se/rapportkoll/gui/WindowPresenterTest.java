package se.rapportkoll.gui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;

/** The window's logic without a window: files in, states and texts out to a recording view. */
class WindowPresenterTest {

    @TempDir
    Path dir;

    private final RecordingView view = new RecordingView();
    private final List<Path> opened = new ArrayList<>();
    private final List<String> logged = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private SettingsStore store;

    private static final FileRunner.Outcome NOTHING = new FileRunner.Outcome(List.of(), m -> List.of(), List.of());

    /** Runs everything at once on the calling thread: the tests see the end state directly. */
    private static final Executor DIRECT = Runnable::run;

    @BeforeEach
    void setUp() {
        store = new SettingsStore(dir.resolve("home").resolve("settings.properties"));
    }

    /** A stand-in for the pipeline: writes the output and reports an info, an error and a warning. */
    private static FileRunner.Outcome writeAndFind(Path input, Path output) throws IOException {
        Files.writeString(output, "output of " + input.getFileName());
        List<Finding> findings = List.of(finding(Severity.INFO, "A1"), finding(Severity.ERROR, "B2"), finding(Severity.WARNING, "C3"));
        return new FileRunner.Outcome(findings, m -> findings, List.of("Validering", "Avvikelser"));
    }

    private static Finding finding(Severity severity, String cell) {
        return new Finding(severity, "rule", "Blad1", cell, severity + " at " + cell, null, null, null, null);
    }

    private WindowPresenter presenter(FileRunner runner, Executor worker) {
        return presenter(runner, worker, new FileActions() {
            @Override
            public void open(Path file) {
                opened.add(file);
            }

            @Override
            public void showInFolder(Path file) throws IOException {
                throw new IOException("no file manager");
            }
        });
    }

    private WindowPresenter presenter(FileRunner runner, Executor worker, FileActions actions) {
        WindowPresenter p = new WindowPresenter(runner, worker, DIRECT, store, actions, new ErrorLog() {
            @Override
            public Path record(String context, Throwable error) {
                logged.add(context + ": " + error);
                return dir.resolve("rapportkoll.log");
            }

            @Override
            public void note(String line) {
                notes.add(line);
            }
        });
        p.attach(view);
        return p;
    }

    private Path input(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "input");
    }

    @Test
    void filesRunOneAfterAnotherAndShowTheirFindingsBySeverity() throws IOException {
        Path a = input("a.xlsx");
        Path b = input("b.xlsm");
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT);

        p.addFiles(List.of(a, b));

        List<FileState> files = p.files();
        assertAll(
                () -> assertEquals(List.of("added 0 QUEUED", "added 1 QUEUED", "changed 0 RUNNING", "changed 0 DONE",
                        "changed 1 RUNNING", "changed 1 DONE"), view.fileEvents),
                () -> assertEquals(dir.resolve("a-rapportkoll.xlsx"), files.get(0).output()),
                () -> assertEquals(dir.resolve("b-rapportkoll.xlsm"), files.get(1).output(), ".xlsm stays .xlsm"),
                () -> assertEquals(List.of(Severity.ERROR, Severity.WARNING, Severity.INFO),
                        files.get(0).findings().stream().map(Finding::severity).toList()),
                () -> assertEquals(1, files.get(0).count(Severity.ERROR)),
                () -> assertFalse(p.running()),
                () -> assertEquals("Klart: 2 filer kontrollerade, 0 misslyckades, 0 avbrutna.", view.status),
                () -> assertFalse(view.cancellable, "nothing to cancel"));
    }

    @Test
    void anExistingOutputIsNeverOverwritten() throws IOException {
        Path a = input("a.xlsx");
        Files.writeString(dir.resolve("a-rapportkoll.xlsx"), "mine");
        Files.writeString(dir.resolve("a-rapportkoll (2).xlsx"), "mine too");
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT);

        p.addFiles(List.of(a, a));

        assertAll(
                () -> assertEquals(dir.resolve("a-rapportkoll (3).xlsx"), p.files().get(0).output()),
                () -> assertEquals(dir.resolve("a-rapportkoll (4).xlsx"), p.files().get(1).output()),
                () -> assertEquals("mine", Files.readString(dir.resolve("a-rapportkoll.xlsx"))),
                () -> assertEquals("mine too", Files.readString(dir.resolve("a-rapportkoll (2).xlsx"))));
    }

    @Test
    void aNameTakenBetweenChoosingAndWritingGivesTheNextName() throws IOException {
        Path a = input("a.xlsx");
        WindowPresenter p = presenter((in, out, m) -> {
            if (out.getFileName().toString().equals("a-rapportkoll.xlsx")) {
                Files.writeString(out, "someone else's");
                throw new OutputProblem(OutputProblem.Reason.EXISTS, out);
            }
            return writeAndFind(in, out);
        }, DIRECT);

        p.addFiles(List.of(a));

        assertEquals(FileStatus.DONE, p.files().get(0).status());
        assertEquals(dir.resolve("a-rapportkoll (2).xlsx"), p.files().get(0).output());
    }

    @Test
    void outputsGoToTheChosenFolder() throws IOException {
        Path a = input("a.xlsx");
        Path folder = Files.createDirectory(dir.resolve("ut"));
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT);
        p.changeSettings(p.settings().withOutputFolder(folder));

        p.addFiles(List.of(a));

        assertEquals(folder.resolve("a-rapportkoll.xlsx"), p.files().get(0).output());
        assertTrue(Files.isRegularFile(folder.resolve("a-rapportkoll.xlsx")));
    }

    @Test
    void badInputFailsWithTheReadersOneLineMessageAndTheNextFileStillRuns() throws IOException {
        Path empty = Files.write(dir.resolve("tom.xlsx"), new byte[0]);
        Path good = input("b.xlsx");
        WindowPresenter p = presenter((in, out, m) -> {
            if (in.equals(empty)) {
                throw new InputProblem(InputProblem.Reason.EMPTY, in);
            }
            return writeAndFind(in, out);
        }, DIRECT);

        p.addFiles(List.of(empty, good));

        FileState failed = p.files().get(0);
        assertAll(
                () -> assertEquals(FileStatus.FAILED, failed.status()),
                () -> assertEquals(new InputProblem(InputProblem.Reason.EMPTY, empty).message(), failed.problem()),
                () -> assertNull(failed.output()),
                () -> assertEquals(FileStatus.DONE, p.files().get(1).status()),
                () -> assertTrue(view.unexpected.isEmpty(), "bad input is no unexpected error"),
                () -> assertEquals("Klart: 1 fil kontrollerad, 1 misslyckades, 0 avbrutna.", view.status));
    }

    @Test
    void anUnexpectedErrorIsLoggedAndShownWithWhereTheLogIs() throws IOException {
        Path a = input("a.xlsx");
        Path b = input("b.xlsx");
        WindowPresenter p = presenter((in, out, m) -> {
            if (in.equals(a)) {
                throw new IllegalStateException("boom");
            }
            return writeAndFind(in, out);
        }, DIRECT);

        p.addFiles(List.of(a, b));

        assertAll(
                () -> assertEquals(1, logged.size()),
                () -> assertTrue(logged.get(0).contains("boom") && logged.get(0).contains(a.toString()), logged::toString),
                () -> assertEquals(1, view.unexpected.size()),
                () -> assertTrue(view.unexpected.get(0).contains(dir.resolve("rapportkoll.log").toString()), view.unexpected::toString),
                () -> assertTrue(view.unexpected.get(0).contains("IllegalStateException")),
                () -> assertEquals(FileStatus.FAILED, p.files().get(0).status()),
                () -> assertEquals(FileStatus.DONE, p.files().get(1).status(), "the run goes on"));
    }

    @Test
    void cancelStopsTheFilesNotStartedAndLetsTheCurrentOneFinish() throws IOException {
        ManualExecutor worker = new ManualExecutor();
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), worker);

        p.addFiles(List.of(input("a.xlsx"), input("b.xlsx")));
        p.addFiles(List.of(input("c.xlsx")));
        assertTrue(p.running());
        assertTrue(view.cancellable);
        assertEquals("Kontrollerar a.xlsx (1 av 3)…", view.status);

        p.cancel();
        assertAll(
                () -> assertEquals(FileStatus.RUNNING, p.files().get(0).status()),
                () -> assertEquals(FileStatus.CANCELLED, p.files().get(1).status()),
                () -> assertEquals(FileStatus.CANCELLED, p.files().get(2).status()),
                () -> assertEquals("Avbryter efter a.xlsx (1 av 3)…", view.status),
                () -> assertFalse(view.cancellable));

        worker.runAll();
        assertAll(
                () -> assertEquals(FileStatus.DONE, p.files().get(0).status()),
                () -> assertFalse(p.running()),
                () -> assertFalse(Files.exists(dir.resolve("b-rapportkoll.xlsx")), "a cancelled file writes nothing"),
                () -> assertEquals("Klart: 1 fil kontrollerad, 0 misslyckades, 2 avbrutna.", view.status));

        p.addFiles(List.of(dir.resolve("b.xlsx")));
        worker.runAll();
        assertEquals(FileStatus.DONE, p.files().get(3).status(), "a new run after a cancel runs normally");
    }

    @Test
    void workIsHandedToTheWorkerNotDoneOnTheCallersThread() throws IOException {
        ManualExecutor worker = new ManualExecutor();
        List<String> ran = new ArrayList<>();
        WindowPresenter p = presenter((in, out, m) -> {
            ran.add(in.getFileName().toString());
            return writeAndFind(in, out);
        }, worker);

        p.addFiles(List.of(input("a.xlsx"), input("b.xlsx")));
        assertEquals(List.of(), ran, "addFiles returns before any processing");
        assertEquals(1, worker.tasks.size(), "one file at a time");
        worker.runAll();
        assertEquals(List.of("a.xlsx", "b.xlsx"), ran);
    }

    @Test
    void settingsPersistAndTheLanguageAppliesToTextsAndToTheRun() throws IOException {
        WindowPresenter p = presenter((in, out, m) -> {
            assertEquals("en", m.language(), "the pipeline gets the chosen language");
            return writeAndFind(in, out);
        }, DIRECT);
        assertEquals("sv", p.settings().language());

        assertTrue(p.changeSettings(p.settings().withLanguage("en")), "language changed");
        assertFalse(p.changeSettings(p.settings()), "same language again");
        p.addFiles(List.of(input("a.xlsx")));

        assertEquals("Done: 1 file checked, 0 failed, 0 cancelled.", view.status);
        assertEquals("en", store.load().language());
        assertEquals("en", presenter((in, out, m) -> NOTHING, DIRECT).settings().language(), "a new window remembers");
    }

    @Test
    void settingsThatCannotBeSavedAreSaidAndStillApply() throws IOException {
        Files.writeString(dir.resolve("home"), "a file where the folder should be");
        WindowPresenter p = presenter((in, out, m) -> NOTHING, DIRECT);

        p.changeSettings(p.settings().withLanguage("en"));

        assertEquals(1, view.problems.size());
        assertTrue(view.problems.get(0).contains("settings.properties"), view.problems::toString);
        assertEquals("en", p.settings().language());
    }

    @Test
    void openAndShowInFolderGoToTheDesktopAndTheirFailuresSayWhatToDoInstead() throws IOException {
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT);
        p.addFiles(List.of(input("a.xlsx")));

        p.openOutput(0);
        p.showOutputInFolder(0);
        Files.delete(dir.resolve("a-rapportkoll.xlsx"));
        p.openOutput(0);

        assertAll(
                () -> assertEquals(List.of(dir.resolve("a-rapportkoll.xlsx")), opened),
                () -> assertEquals(2, view.problems.size(), view.problems::toString),
                () -> assertEquals("Det gick inte att visa a-rapportkoll.xlsx i mappen. Öppna mappen " + dir
                        + " i Utforskaren; filen ligger där.", view.problems.get(0), "Swedish, with what to do"),
                () -> assertFalse(view.problems.get(0).contains("no file manager"), "the desktop's English reason is not shown"),
                () -> assertTrue(notes.stream().anyMatch(n -> n.contains("no file manager")), "but kept in the log: " + notes),
                () -> assertTrue(view.problems.get(1).startsWith("Resultatfilen finns inte längre")));
    }

    @Test
    void openingWithoutAnAssociatedProgramSaysHowToOpenTheFileInstead() throws IOException {
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT, new FileActions() {
            @Override
            public void open(Path file) throws IOException {
                throw new IOException("Failed to show URI:file:" + file);
            }

            @Override
            public void showInFolder(Path file) {
            }
        });
        p.addFiles(List.of(input("a.xlsx")));
        p.openOutput(0);
        p.changeSettings(p.settings().withLanguage("en"));
        p.openOutput(0);

        assertAll(
                () -> assertEquals(2, view.problems.size(), view.problems::toString),
                () -> assertTrue(view.problems.get(0).startsWith("Det gick inte att öppna a-rapportkoll.xlsx: datorn har inget program")
                        && view.problems.get(0).contains("Arkiv > Öppna") && view.problems.get(0).contains(dir.toString()),
                        view.problems.get(0)),
                () -> assertTrue(view.problems.get(1).startsWith("Could not open a-rapportkoll.xlsx") && view.problems.get(1).contains("File > Open"),
                        "in the language chosen: " + view.problems.get(1)),
                () -> assertTrue(view.problems.stream().noneMatch(t -> t.contains("URI")), view.problems::toString));
    }

    @Test
    void theFileChooserOpensWhereFilesWereLastChosenFromAlsoAfterARestart() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Ekonomi åäö"));
        Path a = Files.writeString(folder.resolve("a.xlsx"), "input");
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT);
        assertNull(p.chooserFolder(), "nothing chosen yet: the chooser's own default");

        p.filesChosen(List.of(a));

        assertAll(
                () -> assertEquals(folder, p.chooserFolder()),
                () -> assertEquals(FileStatus.DONE, p.files().get(0).status(), "the chosen files are processed"),
                () -> assertEquals(folder, presenter((in, out, m) -> NOTHING, DIRECT).chooserFolder(), "a new window remembers"),
                () -> assertEquals("sv", store.load().language(), "the other settings are kept"));
        Files.delete(folder.resolve("a-rapportkoll.xlsx"));
        Files.delete(a);
        Files.delete(folder);
        assertNull(presenter((in, out, m) -> NOTHING, DIRECT).chooserFolder(), "a folder that is gone is not offered");
    }

    @Test
    void eachFileIsListedWithTheSheetsAddedAndLoggedWithItsResult() throws IOException {
        Path a = input("a.xlsx");
        Path empty = Files.write(dir.resolve("tom.xlsx"), new byte[0]);
        WindowPresenter p = presenter((in, out, m) -> {
            if (in.equals(empty)) {
                throw new InputProblem(InputProblem.Reason.EMPTY, in);
            }
            return writeAndFind(in, out);
        }, DIRECT);

        p.addFiles(List.of(a, empty));

        assertAll(
                () -> assertEquals(List.of("Validering", "Avvikelser"), p.files().get(0).sheets()),
                () -> assertEquals(List.of(), p.files().get(1).sheets()),
                () -> assertEquals(List.of("processed " + a + " -> " + dir.resolve("a-rapportkoll.xlsx")
                                + ": 1 errors, 1 warnings, 1 info; sheets added: Validering, Avvikelser",
                        "failed " + empty + ": " + new InputProblem(InputProblem.Reason.EMPTY, empty).message()), notes));
    }

    @Test
    void aLanguageSwitchSaysWhatIsShownAgainInTheNewLanguageWithoutRunningTheFilesAgain() throws IOException {
        Path a = input("a.xlsx");
        Path empty = Files.write(dir.resolve("tom.xlsx"), new byte[0]);
        List<String> runs = new ArrayList<>();
        WindowPresenter p = presenter((in, out, options) -> {
            runs.add(in.getFileName() + " " + options.language());
            if (in.equals(empty)) {
                throw new InputProblem(InputProblem.Reason.EMPTY, in);
            }
            String content = Files.readString(in); // what the run held: the findings describe it in any language
            Files.writeString(out, "output");
            return new FileRunner.Outcome(List.of(finding(Severity.ERROR, options.language())),
                    m -> List.of(new Finding(Severity.ERROR, "rule", "Blad1", "B2",
                            m.locale().getLanguage() + ": " + content, null, null, null, null)), List.of("Validering"));
        }, DIRECT);
        p.addFiles(List.of(a, empty));
        Files.writeString(a, "changed after it was processed");

        p.changeSettings(p.settings().withLanguage("en"));

        FileState done = p.files().get(0);
        assertAll(
                () -> assertEquals("en: input", done.findings().get(0).message(),
                        "the findings said again in English, of the content processed, not of the file as it is now"),
                () -> assertEquals(dir.resolve("a-rapportkoll.xlsx"), done.output(), "the output shown is still the one written"),
                () -> assertEquals(List.of("Validering"), done.sheets(), "its sheets are as written"),
                () -> assertEquals("output", Files.readString(done.output())),
                () -> assertEquals(List.of("a-rapportkoll.xlsx", "a.xlsx", "home", "tom.xlsx"), listing(dir), "no second output"),
                () -> assertEquals(new InputProblem(InputProblem.Reason.EMPTY, empty).message(java.util.Locale.ENGLISH),
                        p.files().get(1).problem(), "the problem said in English, without running the file again"),
                () -> assertEquals(List.of("a.xlsx sv", "tom.xlsx sv"), runs, "no file is run again"),
                () -> assertEquals("Done: 1 file checked, 1 failed, 0 cancelled.", p.status()));

        p.changeSettings(p.settings().withLanguage("sv"));
        assertEquals("sv: input", p.files().get(0).findings().get(0).message(), "and back in Swedish");
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> !n.equals("rapportkoll.log")).sorted().toList();
        }
    }

    @Test
    void aNewViewIsShownEverythingSoFar() throws IOException {
        WindowPresenter p = presenter((in, out, m) -> writeAndFind(in, out), DIRECT);
        p.addFiles(List.of(input("a.xlsx")));

        RecordingView rebuilt = new RecordingView();
        p.attach(rebuilt);

        assertEquals(List.of("added 0 DONE"), rebuilt.fileEvents);
        assertEquals(view.status, rebuilt.status);
    }

    /** Holds tasks until the test runs them, like a worker thread that has not got to them yet. */
    private static final class ManualExecutor implements Executor {
        final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            tasks.add(task);
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    static final class RecordingView implements WindowView {
        final List<String> fileEvents = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> unexpected = new ArrayList<>();
        String status;
        boolean cancellable;

        @Override
        public void fileAdded(FileState file) {
            fileEvents.add("added " + file.id() + " " + file.status());
        }

        @Override
        public void fileChanged(FileState file) {
            fileEvents.add("changed " + file.id() + " " + file.status());
        }

        @Override
        public void runChanged(String text, boolean running) {
            status = text;
            cancellable = running;
        }

        @Override
        public void showProblem(String message) {
            problems.add(message);
        }

        @Override
        public void showUnexpectedError(String message) {
            unexpected.add(message);
        }
    }
}
