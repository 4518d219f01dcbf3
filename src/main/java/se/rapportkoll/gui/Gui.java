package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import javax.swing.UIManager;

/** Starts the window: look and feel, log file, settings, one worker thread. */
public final class Gui {

    private Gui() {
    }

    /** What {@code Main} calls when started without arguments on a desktop. Returns at once. */
    public static void start() {
        Path folder = AppFolder.get();
        GuiLog log = GuiLog.install(folder);
        GuiLog.info("window started, rapportkoll " + se.rapportkoll.base.Version.get() + ", Java " + System.getProperty("java.version"));
        // Nothing may vanish under javaw: any error that escapes goes to the log and to a dialog.
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            Path file = log.record("uncaught in thread " + thread.getName(), error);
            String text = Messages.forLanguage(new SettingsStore(folder.resolve("settings.properties")).load().language())
                    .get("gui.internal", error.getClass().getSimpleName(), file);
            SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(null, MainWindow.wrapped(text), "rapportkoll",
                    JOptionPane.ERROR_MESSAGE));
        });
        SwingUtilities.invokeLater(() -> {
            useSystemLookAndFeel();
            MainWindow.open(presenter(folder, log, new DesktopActions()), null);
        });
        WarmUp.start();
    }

    /** The presenter as the real window uses it; tests pass their own folder and desktop actions. */
    public static WindowPresenter presenter(Path folder, ErrorLog log, FileActions actions) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "rapportkoll-worker");
            // Closing the window waits for the current file (see MainWindow.close), then the JVM may end.
            t.setDaemon(true);
            return t;
        });
        return new WindowPresenter(FileRunner.pipeline(), worker, SwingUtilities::invokeLater,
                new SettingsStore(folder.resolve("settings.properties")), actions, log);
    }

    public static void useSystemLookAndFeel() {
        try {
            UIManager.setLookAndFeel(UIManager.getSystemLookAndFeelClassName());
        } catch (ReflectiveOperationException | javax.swing.UnsupportedLookAndFeelException e) {
            // The cross-platform look still works.
        }
    }
}
