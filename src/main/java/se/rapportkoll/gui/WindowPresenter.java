package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Failure;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.validate.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

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
            update(files.get(queue.poll()).with(FileStatus.CANCELLED, null, List.of(), null));
        }
        announce();
    }

    /**
     * Saves new settings; they apply to files started from now on.
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
        return languageChanged;
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
            view.showProblem(messages().get(open ? "gui.openFailed" : "gui.showFailed", output, String.valueOf(e.getMessage())));
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
        FileState state = files.get(next).with(FileStatus.RUNNING, null, List.of(), null);
        update(state);
        announce();
        RunOptions options = RunOptions.of(settings.language());
        Path folder = settings.outputFolder();
        worker.execute(() -> {
            FileState done = runOne(state, folder, options);
            ui.execute(() -> {
                update(done);
                startNext();
            });
        });
    }

    /** Runs on the worker: every outcome, a crash included, becomes a finished state. */
    private FileState runOne(FileState state, Path folder, RunOptions options) {
        Messages m = options.messages();
        Path input = state.input();
        Path output = null;
        try {
            for (int attempt = 1; ; attempt++) {
                output = OutputNames.free(input, folder);
                try {
                    List<Finding> findings = new ArrayList<>(runner.process(input, output, options));
                    findings.sort(Comparator.comparing(Finding::severity));
                    return state.with(FileStatus.DONE, output, findings, null);
                } catch (OutputProblem e) {
                    if (e.reason() != OutputProblem.Reason.EXISTS || attempt == NAME_ATTEMPTS) {
                        throw e;
                    }
                    // Someone made a file of that name meanwhile: take the next free one.
                }
            }
        } catch (Exception | Error e) {
            Failure failure = Failure.of(e, m, input, output);
            return switch (failure.kind()) {
                case INPUT, WRITE -> failed(state, failure.message());
                // the window chooses the name itself: the command line's advice (--force, -o) does not apply
                case OUTPUT -> failed(state, m.get("gui.outputProblem", output));
                case MEMORY, INTERNAL -> {
                    Path log = errorLog.record("processing " + input + " to " + output, e);
                    String text = m.get("gui.internal", failure.detail(), log);
                    ui.execute(() -> view.showUnexpectedError(text));
                    yield failed(state, text);
                }
            };
        }
    }

    private static FileState failed(FileState state, String problem) {
        return state.with(FileStatus.FAILED, null, List.of(), problem);
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
