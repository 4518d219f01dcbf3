package se.rapportkoll.gui;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportkoll.model.Severity;

/**
 * The real window on a real display (Xvfb in CI): a sample dropped through its TransferHandler is
 * processed off the EDT and its findings appear in the window. Skipped where there is no display.
 */
class WindowIT {

    private static final String AUGUST = "delarsrapport-aug-2025.xlsx";

    @TempDir
    Path dir;

    private MainWindow window;
    private WindowPresenter presenter;
    private final List<Path> opened = new ArrayList<>();

    @BeforeAll
    static void needsADisplay() {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
                "no display: run under Xvfb (see .ci/run)");
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            SwingUtilities.invokeAndWait(() -> window.frame().dispose());
        }
    }

    private void openWindow() throws Exception {
        Path home = dir.resolve("home");
        FileActions actions = new FileActions() {
            @Override
            public void open(Path file) {
                opened.add(file);
            }

            @Override
            public void showInFolder(Path file) {
                opened.add(file.getParent());
            }
        };
        presenter = Gui.presenter(home, (context, error) -> {
            error.printStackTrace();
            return home.resolve("rapportkoll.log");
        }, actions);
        SwingUtilities.invokeAndWait(() -> {
            Gui.useSystemLookAndFeel();
            window = MainWindow.open(presenter, null);
        });
    }

    @Test
    void aDroppedSampleIsCheckedAndItsFindingsShown() throws Exception {
        openWindow();
        Path work = Files.createDirectory(dir.resolve("work"));
        Path input = Files.copy(Path.of("samples", AUGUST), work.resolve(AUGUST));

        boolean accepted = onEdt(() -> {
            JComponent dropArea = (JComponent) find(window.frame(), "dropArea");
            TransferHandler handler = dropArea.getTransferHandler();
            return handler.importData(new TransferHandler.TransferSupport(dropArea, files(input.toFile())));
        });
        assertTrue(accepted, "the drop is taken");
        assertTrue(onEdt(presenter::running) || onEdt(() -> presenter.files().get(0).status().finished()),
                "the drop returns at once; the work runs off the EDT");
        waitUntilIdle();

        Path output = work.resolve("delarsrapport-aug-2025-rapportkoll.xlsx");
        JTable table = onEdt(() -> (JTable) find(window.frame(), "file-0-findings"));
        List<String> severities = onEdt(() -> column(table, FindingsTable.SEVERITY));
        List<String> cells = onEdt(() -> column(table, FindingsTable.CELL));
        List<String> messages = onEdt(() -> column(table, FindingsTable.MESSAGE));
        String summary = onEdt(() -> ((JLabel) find(window.frame(), "file-0-summary")).getText());
        String status = onEdt(() -> ((JLabel) find(window.frame(), "status")).getText());
        String fileStatus = onEdt(() -> ((JLabel) find(window.frame(), "file-0-status")).getText());
        String sheets = onEdt(() -> ((javax.swing.text.JTextComponent) find(window.frame(), "file-0-sheets")).getText());
        int cellWidth = onEdt(() -> table.getColumnModel().getColumn(FindingsTable.CELL).getWidth());
        int widestCell = onEdt(() -> cells.stream().mapToInt(c -> table.getFontMetrics(table.getFont()).stringWidth(c)).max().orElse(0));
        String cellTip = onEdt(() -> ((JComponent) table.getCellRenderer(0, FindingsTable.CELL)
                .getTableCellRendererComponent(table, table.getValueAt(0, FindingsTable.CELL), false, false, 0, FindingsTable.CELL))
                .getToolTipText());
        assertAll(
                () -> assertTrue(cellWidth > widestCell, "every cell readable whole: " + cellWidth + " px for " + widestCell + " px"),
                () -> assertEquals(cells.get(0), cellTip, "and as a tooltip"),
                () -> assertTrue(sheets.startsWith("Blad som lagts till: Scenarioinställningar, Validering, Avvikelser, Volym och pris"),
                        sheets),
                () -> assertTrue(Files.isRegularFile(output), "output written beside the input"),
                () -> assertEquals(3, severities.stream().filter(s -> s.equals(Severity.ERROR.name())).count(), severities::toString),
                () -> assertEquals(3, severities.stream().filter(s -> s.equals(Severity.WARNING.name())).count(), severities::toString),
                () -> assertEquals(Severity.ERROR.name(), severities.get(0), "errors first"),
                () -> assertTrue(cells.stream().limit(3).allMatch(c -> c.contains("!")), cells::toString),
                () -> assertTrue(messages.stream().noneMatch(String::isBlank)),
                () -> assertTrue(summary.startsWith("3 fel, 3 varningar, "), summary),
                () -> assertEquals("Klar", fileStatus),
                () -> assertEquals("Klart: 1 fil kontrollerad, 0 misslyckades, 0 avbrutna.", status));

        // The buttons reach the desktop actions with the output.
        SwingUtilities.invokeAndWait(() -> {
            ((javax.swing.JButton) find(window.frame(), "file-0-open")).doClick();
            ((javax.swing.JButton) find(window.frame(), "file-0-show")).doClick();
        });
        assertEquals(List.of(output, work), opened);

        screenshot(Path.of(System.getProperty("rapportkoll.screenshot", "target/window.png")));
    }

    /** A language switch says what is shown again: the findings of a file checked in Swedish come back in English. */
    @Test
    void aLanguageSwitchShowsTheFindingsSoFarInTheNewLanguage() throws Exception {
        openWindow();
        Path input = Files.copy(Path.of("samples", AUGUST), dir.resolve(AUGUST));
        onEdt(() -> window.dropHandler().importData(
                new TransferHandler.TransferSupport(window.frame().getContentPane(), files(input.toFile()))));
        waitUntilIdle();
        List<String> swedish = onEdt(() -> column((JTable) find(window.frame(), "file-0-findings"), FindingsTable.MESSAGE));

        SwingUtilities.invokeAndWait(() -> {
            assertTrue(presenter.changeSettings(presenter.settings().withLanguage("en")));
            var bounds = window.frame().getBounds();
            window.frame().dispose();
            window = MainWindow.open(presenter, bounds);
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (onEdt(() -> presenter.files().get(0).findings().get(0).message()).equals(swedish.get(0))) {
            assertTrue(System.nanoTime() < deadline, "the findings were not said again");
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> { });

        JTable table = onEdt(() -> (JTable) find(window.frame(), "file-0-findings"));
        List<String> english = onEdt(() -> column(table, FindingsTable.MESSAGE));
        String header = onEdt(() -> table.getColumnModel().getColumn(FindingsTable.MESSAGE).getHeaderValue().toString());
        assertAll(
                () -> assertEquals("Message", header),
                () -> assertEquals(swedish.size(), english.size(), "the same findings"),
                () -> assertTrue(english.stream().noneMatch(swedish::contains), english::toString),
                () -> assertTrue(onEdt(() -> ((JLabel) find(window.frame(), "file-0-summary")).getText()).startsWith("3 errors, 3 warnings")),
                () -> assertEquals(List.of("delarsrapport-aug-2025-rapportkoll.xlsx", AUGUST, "home"), listing(dir), "no second output"));
        screenshot(Path.of("target/window-switched.png"));
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Dialog texts wrap: a long message is a paragraph, never one line across the screen. */
    @Test
    void aDialogsTextWraps() throws Exception {
        String text = se.rapportkoll.i18n.Messages.swedish().get("gui.openFailed", "delarsrapport-aug-2025-rapportkoll.xlsx",
                dir.resolve("en mapp med ett ganska långt namn"));
        int width = onEdt(() -> {
            var area = MainWindow.wrapped(text);
            javax.swing.JOptionPane pane = new javax.swing.JOptionPane(area);
            javax.swing.JDialog dialog = pane.createDialog(null, "rapportkoll");
            int w = dialog.getWidth();
            dialog.dispose();
            return w;
        });
        assertTrue(width < 800, "the dialog is " + width + " px wide for " + text.length() + " characters");
    }

    @Test
    void aSecondDropOfTheSameFileGetsAFreshNameAndTextIsRefused() throws Exception {
        openWindow();
        Path input = Files.copy(Path.of("samples", AUGUST), dir.resolve(AUGUST));
        Files.writeString(dir.resolve("delarsrapport-aug-2025-rapportkoll.xlsx"), "keep me");

        boolean text = onEdt(() -> window.dropHandler().importData(
                new TransferHandler.TransferSupport(window.frame().getContentPane(), new StringSelection("hello"))));
        boolean files = onEdt(() -> window.dropHandler().importData(
                new TransferHandler.TransferSupport(window.frame().getContentPane(), files(input.toFile()))));
        waitUntilIdle();

        assertFalse(text, "plain text is no file");
        assertTrue(files);
        assertEquals("keep me", Files.readString(dir.resolve("delarsrapport-aug-2025-rapportkoll.xlsx"), StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(dir.resolve("delarsrapport-aug-2025-rapportkoll (2).xlsx")));
    }

    @Test
    void inEnglishAFileThatCannotBeReadSaysWhy() throws Exception {
        openWindow();
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        // What the settings dialog does on a language change: save, then build the window anew.
        SwingUtilities.invokeAndWait(() -> {
            assertTrue(presenter.changeSettings(presenter.settings().withLanguage("en")));
            var bounds = window.frame().getBounds();
            window.frame().dispose();
            window = MainWindow.open(presenter, bounds);
        });

        onEdt(() -> window.dropHandler().importData(
                new TransferHandler.TransferSupport(window.frame().getContentPane(), files(empty.toFile()))));
        waitUntilIdle();

        String problem = onEdt(() -> ((javax.swing.text.JTextComponent) find(window.frame(), "file-0-problem")).getText());
        assertEquals(new se.rapportkoll.xlsx.read.InputProblem(se.rapportkoll.xlsx.read.InputProblem.Reason.EMPTY, empty)
                .message(java.util.Locale.ENGLISH), problem);
        assertEquals("Failed", onEdt(() -> ((JLabel) find(window.frame(), "file-0-status")).getText()));
        assertEquals("Done: 0 files checked, 1 failed, 0 cancelled.", onEdt(() -> ((JLabel) find(window.frame(), "status")).getText()));
        screenshot(Path.of("target/window-en.png"));
    }

    /** The jar itself: no arguments on a display opens the window (and keeps running); without one, the usage. */
    @Test
    void theJarOpensTheWindowOnlyWithADisplay() throws Exception {
        Path jar = Path.of(System.getProperty("rapportkoll.jar", "target/rapportkoll.jar"));
        assumeTrue(Files.isRegularFile(jar), "the shaded jar is built by mvn verify");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        ProcessBuilder withDisplay = new ProcessBuilder(java, "-Drapportkoll.home=" + dir.resolve("home"), "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("window.out").toFile());
        Process window = withDisplay.start();
        try {
            assertFalse(window.waitFor(5, TimeUnit.SECONDS), "the window stays open: "
                    + (window.isAlive() ? "" : Files.readString(dir.resolve("window.out"))));
            assertTrue(Files.isRegularFile(dir.resolve("home").resolve("rapportkoll.log")), "the window logs to its folder");
        } finally {
            window.destroy();
            window.waitFor(10, TimeUnit.SECONDS);
        }

        ProcessBuilder headless = new ProcessBuilder(java, "-jar", jar.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("cli.out").toFile());
        headless.environment().remove("DISPLAY");
        Process cli = headless.start();
        assertTrue(cli.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, cli.exitValue(), "no arguments and no display: the usage error, as before");
        assertTrue(Files.readString(dir.resolve("cli.out")).contains("--help"));
    }

    private void waitUntilIdle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (onEdt(() -> presenter.running() || presenter.files().stream().anyMatch(f -> !f.status().finished()))) {
            assertTrue(System.nanoTime() < deadline, "the run did not finish in time");
            Thread.sleep(100);
        }
        SwingUtilities.invokeAndWait(() -> { });
    }

    /** Paints the whole window into an image, as it looks on screen, and saves it as PNG. */
    private void screenshot(Path png) throws Exception {
        // Rows grow to fit their wrapped messages in a layout pass of their own: let it settle.
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> window.frame().validate());
        }
        BufferedImage image = onEdt(() -> {
            var root = window.frame().getRootPane();
            BufferedImage img = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            root.paint(g);
            g.dispose();
            return img;
        });
        Files.createDirectories(png.toAbsolutePath().getParent());
        ImageIO.write(image, "png", png.toFile());
    }

    private static List<String> column(JTable table, int column) {
        List<String> values = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            Object v = table.getValueAt(row, column);
            values.add(v instanceof Severity s ? s.name() : String.valueOf(v));
        }
        return values;
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container child) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Transferable files(File... files) {
        return new Transferable() {
            @Override
            public DataFlavor[] getTransferDataFlavors() {
                return new DataFlavor[] {DataFlavor.javaFileListFlavor};
            }

            @Override
            public boolean isDataFlavorSupported(DataFlavor flavor) {
                return DataFlavor.javaFileListFlavor.equals(flavor);
            }

            @Override
            public Object getTransferData(DataFlavor flavor) throws UnsupportedFlavorException {
                if (!isDataFlavorSupported(flavor)) {
                    throw new UnsupportedFlavorException(flavor);
                }
                return List.of(files);
            }
        };
    }

    private static <T> T onEdt(Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
