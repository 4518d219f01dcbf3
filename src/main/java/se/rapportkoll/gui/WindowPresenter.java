package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Failure;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The window's logic, free of Swing: takes dropped files, processes them one after another on the
 * {@code worker} executor and tells the {@link WindowView} what happened on the {@code ui} executor.
 * All public methods must be called on the UI thread; state is only touched there.
 */
public final class WindowPresenter {

    /** How often a name found free can be taken by someone else before the write; then give up. */
    private static final int NAME_ATTEMPTS = 5;

    private final FileRunner runner;
    private final Executor worker;
    private final Executor ui;
    private final SettingsStore store;
    private final FileActions actions;
    private final ErrorLog errorLog;

    private final List<FileState> files = new ArrayList<>();
    /** Each failed file's problem in any language, so a language switch can say it anew. */
    private final Map<Integer, Function<Messages, String>> problems = new HashMap<>();
    /** Each finished file's findings in any language, from what its run held: a language switch reads no file. */
    private final Map<Integer, Function<Messages, List<Finding>>> findingsIn = new HashMap<>();
    private final Deque<Integer> queue = new ArrayDeque<>();
    private Settings settings;
    private WindowView view;
    private Integer current;
    private boolean cancelling;

    public WindowPresenter(FileRunner runner, Executor worker, Executor ui, SettingsStore store,
                           FileActions actions, ErrorLog errorLog) {
        this.runner = Objects.requireNonNull(runner);
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
        this.store = Objects.requireNonNull(store);
        this.actions = Objects.requireNonNull(actions);
        this.errorLog = Objects.requireNonNull(errorLog);
        this.settings = store.load();
    }

    /** Connects a view (again, after a language change rebuilt it) and replays the files so far. */
    public void attach(WindowView newView) {
        this.view = Objects.requireNonNull(newView);
        files.forEach(view::fileAdded);
        announce();
    }

    public Settings settings() {
        return settings;
    }

    public Messages messages() {
        return Messages.forLanguage(settings.language());
    }

    public List<FileState> files() {
        return List.copyOf(files);
    }

    public boolean running() {
        return current != null;
    }

    /** Where the file chooser opens: the folder files were last chosen from, if it is still there. */
    public Path chooserFolder() {
        Path folder = settings.lastFolder();
        return folder != null && Files.isDirectory(folder) ? folder : null;
    }

    /** Files picked in the file chooser: their folder is remembered for the next time (and the next start). */
    public void filesChosen(List<Path> paths) {
        if (!paths.isEmpty()) {
            Path folder = paths.get(0).toAbsolutePath().getParent();
            if (folder != null && !folder.equals(settings.lastFolder())) {
                settings = settings.withLastFolder(folder);
                try {
                    store.save(settings);
                } catch (IOException | RuntimeException e) {
                    errorLog.note("could not remember the folder " + folder + " in " + store.file() + ": " + e);
                }
            }
        }
        addFiles(paths);
    }

    /** Queues files in the order given and starts them if nothing is running. */
    public void addFiles(List<Path> paths) {
        for (Path path : paths) {
            FileState state = FileState.queued(files.size(), path.toAbsolutePath().normalize());
            files.add(state);
            queue.add(state.id());
            view.fileAdded(state);
        }
        if (current == null) {
            startNext();
        } else {
            announce();
        }
    }

    /**
     * Files not started yet are cancelled at once; the one being processed is finished, since its
     * output is written in one atomic step and stopping it halfway would gain nothing.
     */
    public void cancel() {
        if (current == null) {
            return;
        }
        cancelling = true;
        while (!queue.isEmpty()) {
            update(files.get(queue.poll()).withStatus(FileStatus.CANCELLED));
        }
        announce();
    }

    /**
     * Saves new settings; they apply to files started from now on. A new language also applies to
     * what is shown already: problems and the findings of finished files are said anew from what
     * their runs held, so they still describe the content that was processed, even if a file has
     * changed since (their outputs stay as written).
     *
     * @return whether the language changed, so the view can redo its texts
     */
    public boolean changeSettings(Settings newSettings) {
        boolean languageChanged = !newSettings.language().equals(settings.language());
        settings = newSettings;
        try {
            store.save(newSettings);
        } catch (IOException | RuntimeException e) {
            view.showProblem(messages().get("gui.settingsNotSaved", store.file(), String.valueOf(e.getMessage())));
        }
        if (languageChanged) {
            sayAgain(RunOptions.of(newSettings.language()));
        }
        return languageChanged;
    }

    private void sayAgain(RunOptions options) {
        Messages m = options.messages();
        for (FileState file : List.copyOf(files)) {
            if (file.status() == FileStatus.FAILED && problems.containsKey(file.id())) {
                update(file.with(FileStatus.FAILED, null, List.of(), List.of(), problems.get(file.id()).apply(m)));
            } else if (file.status() == FileStatus.DONE && findingsIn.containsKey(file.id())) {
                List<Finding> findings = findingsIn(file, m);
                if (findings != null) {
                    update(file.with(FileStatus.DONE, file.output(), findings, file.sheets(), null));
                }
            }
        }
    }

    /** The file's findings in another language, or null (then the old ones stay). */
    private List<Finding> findingsIn(FileState file, Messages m) {
        try {
            return bySeverity(findingsIn.get(file.id()).apply(m));
        } catch (RuntimeException e) {
            errorLog.note("could not say the findings of " + file.input() + " in " + m.locale() + " again: " + e);
            return null;
        }
    }

    public void openOutput(int id) {
        act(id, true);
    }

    public void showOutputInFolder(int id) {
        act(id, false);
    }

    private void act(int id, boolean open) {
        Path output = files.get(id).output();
        if (output == null || files.get(id).status() != FileStatus.DONE) {
            return;
        }
        try {
            if (!Files.exists(output)) {
                view.showProblem(messages().get("gui.outputGone", output));
            } else if (open) {
                actions.open(output);
            } else {
                actions.showInFolder(output);
            }
        } catch (IOException | RuntimeException e) {
            // the desktop's reason is technical and in English ("Failed to show URI"): the log keeps it,
            // the user is told what to do instead
            errorLog.note((open ? "opening " : "showing ") + output + " failed: " + e);
            view.showProblem(messages().get(open ? "gui.openFailed" : "gui.showFailed", output.getFileName(),
                    output.toAbsolutePath().getParent()));
        }
    }

    private void startNext() {
        Integer next = queue.poll();
        current = next;
        if (next == null) {
            cancelling = false;
            announce();
            return;
        }
        FileState state = files.get(next).withStatus(FileStatus.RUNNING);
        update(state);
        announce();
        RunOptions options = RunOptions.of(settings.language());
        Path folder = settings.outputFolder();
        worker.execute(() -> {
            Ran ran = runOne(state, folder, options);
            ui.execute(() -> {
                if (ran.problem() != null) {
                    problems.put(ran.state().id(), ran.problem());
                }
                if (ran.findingsIn() != null) {
                    findingsIn.put(ran.state().id(), ran.findingsIn());
                }
                update(ran.state());
                errorLog.note(logLine(ran.state()));
                startNext();
            });
        });
    }

    /** A finished file, and its findings (when done) or its problem (when it failed) in any language. */
    private record Ran(FileState state, Function<Messages, List<Finding>> findingsIn, Function<Messages, String> problem) {
    }

    /** The log's line for a finished file: what was read, what was written or why not. */
    private static String logLine(FileState file) {
        return switch (file.status()) {
            case DONE -> "processed " + file.input() + " -> " + file.output() + ": " + file.count(Severity.ERROR) + " errors, "
                    + file.count(Severity.WARNING) + " warnings, " + file.count(Severity.INFO) + " info; sheets added: "
                    + String.join(", ", file.sheets());
            default -> "failed " + file.input() + ": " + file.problem();
        };
    }

    /** Runs on the worker: every outcome, a crash included, becomes a finished state. */
    private Ran runOne(FileState state, Path folder, RunOptions options) {
        Messages m = options.messages();
        Path input = state.input();
        Path output = null;
        try {
            for (int attempt = 1; ; attempt++) {
                output = OutputNames.free(input, folder);
                try {
                    FileRunner.Outcome outcome = runner.process(input, output, options);
                    return new Ran(state.with(FileStatus.DONE, output, bySeverity(outcome.findings()), outcome.addedSheets(), null),
                            outcome.findingsIn(), null);
                } catch (OutputProblem e) {
                    if (e.reason() != OutputProblem.Reason.EXISTS || attempt == NAME_ATTEMPTS) {
                        throw e;
                    }
                    // Someone made a file of that name meanwhile: take the next free one.
                }
            }
        } catch (Exception | Error e) {
            Failure.Kind kind = Failure.of(e, m, input, output).kind();
            Path log = kind.inTool() ? errorLog.record("processing " + input + " to " + output, e) : null;
            Path written = output;
            Function<Messages, String> problem = language -> switch (kind) {
                case INPUT, WRITE -> Failure.of(e, language, input, written).message();
                // the window chooses the name itself: the command line's advice (--force, -o) does not apply
                case OUTPUT -> language.get("gui.outputProblem", written);
                case MEMORY, INTERNAL -> language.get("gui.internal", e.getClass().getSimpleName(), log);
            };
            String text = problem.apply(m);
            if (kind.inTool()) {
                ui.execute(() -> view.showUnexpectedError(text));
            }
            return new Ran(state.with(FileStatus.FAILED, null, List.of(), List.of(), text), null, problem);
        }
    }

    private static List<Finding> bySeverity(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparing(Finding::severity));
        return sorted;
    }

    private void update(FileState state) {
        files.set(state.id(), state);
        view.fileChanged(state);
    }

    private void announce() {
        view.runChanged(status(), current != null && !cancelling);
    }

    /** The bottom line: what is going on, or what the last run came to. */
    String status() {
        Messages m = messages();
        if (files.isEmpty()) {
            return m.get("gui.status.empty");
        }
        if (current != null) {
            return m.get(cancelling ? "gui.status.cancelling" : "gui.status.running",
                    current + 1, files.size(), files.get(current).input().getFileName());
        }
        long done = count(FileStatus.DONE);
        return m.get("gui.status.idle", done, count(FileStatus.FAILED), count(FileStatus.CANCELLED));
    }

    private long count(FileStatus status) {
        return files.stream().filter(f -> f.status() == status).count();
    }
}
