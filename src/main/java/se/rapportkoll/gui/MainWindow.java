package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Rectangle;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The Swing side of the window: shows what the {@link WindowPresenter} says, forwards what the user does. */
public final class MainWindow implements WindowView {

    private final WindowPresenter presenter;
    private final Messages m;
    private final JFrame frame;
    private final TransferHandler dropHandler;
    private final FileList list = new FileList();
    private final Map<Integer, FilePanel> panels = new HashMap<>();
    private final JLabel status = new JLabel();
    private final JLabel outputs = new JLabel();
    private final JButton cancel;
    private final JButton choose;
    private boolean closeWhenIdle;

    private MainWindow(WindowPresenter presenter) {
        this.presenter = presenter;
        this.m = presenter.messages();
        this.frame = new JFrame(m.get("gui.title"));
        this.dropHandler = new FileDropHandler(presenter::addFiles);

        choose = Texts.button(new JButton(), m, "gui.choose");
        choose.setName("choose");
        choose.addActionListener(e -> chooseFiles());
        JButton settings = Texts.button(new JButton(), m, "gui.settings");
        settings.setName("settings");
        settings.addActionListener(e -> editSettings());
        cancel = Texts.button(new JButton(), m, "gui.cancel");
        cancel.setName("cancel");
        cancel.setEnabled(false);
        cancel.addActionListener(e -> presenter.cancel());

        JLabel dropText = new JLabel(m.get("gui.drop"));
        dropText.setFont(dropText.getFont().deriveFont(dropText.getFont().getSize2D() * 1.2f));
        JPanel dropArea = new JPanel(new FlowLayout(FlowLayout.CENTER, 10, 6));
        dropArea.setName("dropArea");
        dropArea.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10),
                BorderFactory.createCompoundBorder(
                        BorderFactory.createDashedBorder(UIManager.getColor("Label.disabledForeground"), 2, 6, 4, true),
                        BorderFactory.createEmptyBorder(14, 14, 14, 14))));
        dropArea.add(dropText);
        dropArea.add(choose);
        dropArea.setTransferHandler(dropHandler);

        JPanel outputsLine = new JPanel(new BorderLayout());
        outputsLine.setBorder(BorderFactory.createEmptyBorder(0, 14, 6, 10));
        outputs.setName("outputs");
        outputsLine.add(outputs, BorderLayout.CENTER);
        outputsLine.add(settings, BorderLayout.EAST);

        JPanel top = new JPanel(new BorderLayout());
        top.add(dropArea, BorderLayout.CENTER);
        top.add(outputsLine, BorderLayout.SOUTH);

        list.setName("files");
        list.setLayout(new BoxLayout(list, BoxLayout.Y_AXIS));
        list.setTransferHandler(dropHandler);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setName("filesScroll");
        scroll.setBorder(BorderFactory.createMatteBorder(1, 0, 1, 0, UIManager.getColor("Separator.foreground")));
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setTransferHandler(dropHandler);
        scroll.getViewport().setTransferHandler(dropHandler);

        status.setName("status");
        status.setHorizontalAlignment(SwingConstants.LEADING);
        JPanel bottom = new JPanel(new BorderLayout(10, 0));
        bottom.setBorder(BorderFactory.createEmptyBorder(6, 10, 8, 10));
        bottom.add(status, BorderLayout.CENTER);
        bottom.add(cancel, BorderLayout.EAST);

        JPanel content = new JPanel(new BorderLayout());
        content.setTransferHandler(dropHandler);
        content.add(top, BorderLayout.NORTH);
        content.add(scroll, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        frame.setContentPane(content);

        // Enter picks files, Escape cancels the run: the window works without a mouse.
        frame.getRootPane().setDefaultButton(choose);
        frame.getRootPane().registerKeyboardAction(e -> presenter.cancel(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }
        });
        frame.setMinimumSize(new Dimension(560, 380));
        showOutputsLine();
    }

    /** Builds the window on the EDT, attaches it to the presenter and shows it. */
    public static MainWindow open(WindowPresenter presenter, Rectangle bounds) {
        MainWindow window = new MainWindow(presenter);
        presenter.attach(window);
        if (bounds != null) {
            window.frame.setBounds(bounds);
        } else {
            window.frame.setSize(960, 720);
            window.frame.setLocationRelativeTo(null);
        }
        window.frame.setVisible(true);
        window.choose.requestFocusInWindow();
        return window;
    }

    public JFrame frame() {
        return frame;
    }

    public TransferHandler dropHandler() {
        return dropHandler;
    }

    @Override
    public void fileAdded(FileState file) {
        FilePanel panel = new FilePanel(file, m, presenter);
        panel.setTransferHandler(dropHandler);
        panels.put(file.id(), panel);
        list.add(panel);
        list.revalidate();
    }

    @Override
    public void fileChanged(FileState file) {
        FilePanel panel = panels.get(file.id());
        if (panel != null) {
            panel.show(file);
            if (file.status() == FileStatus.RUNNING) {
                panel.scrollRectToVisible(new Rectangle(0, 0, 1, panel.getHeight()));
            }
        }
    }

    @Override
    public void runChanged(String text, boolean running) {
        status.setText(text);
        cancel.setEnabled(running);
        if (!presenter.running() && closeWhenIdle) {
            frame.dispose();
        }
    }

    @Override
    public void showProblem(String message) {
        JOptionPane.showMessageDialog(frame, wrapped(message), m.get("gui.problem.title"), JOptionPane.WARNING_MESSAGE);
    }

    @Override
    public void showUnexpectedError(String message) {
        JOptionPane.showMessageDialog(frame, wrapped(message), m.get("gui.error.title"), JOptionPane.ERROR_MESSAGE);
    }

    /** A dialog's text: sentences wrapped at about 50 characters, whatever their length. */
    static javax.swing.JTextArea wrapped(String message) {
        javax.swing.JTextArea text = new javax.swing.JTextArea(message);
        text.setName("dialogText");
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setEditable(false);
        text.setOpaque(false);
        text.setColumns(50);
        text.setFont(UIManager.getFont("Label.font"));
        return text;
    }

    private void chooseFiles() {
        Path folder = presenter.chooserFolder();
        JFileChooser chooser = new JFileChooser(folder == null ? null : folder.toFile());
        chooser.setDialogTitle(m.get("gui.chooser.title"));
        chooser.setMultiSelectionEnabled(true);
        chooser.setFileFilter(new FileNameExtensionFilter(m.get("gui.chooser.filter"), "xlsx", "xlsm"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            presenter.filesChosen(Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList());
        }
    }

    private void editSettings() {
        SettingsDialog.ask(frame, presenter.settings(), m).ifPresent(s -> {
            if (presenter.changeSettings(s)) {
                // Every text is in the old language: build the window anew in the same place.
                Rectangle bounds = frame.getBounds();
                frame.dispose();
                open(presenter, bounds);
            } else {
                showOutputsLine();
            }
        });
    }

    private void showOutputsLine() {
        Settings s = presenter.settings();
        outputs.setText(s.besideInput() ? m.get("gui.outputsBeside") : m.get("gui.outputsIn", s.outputFolder()));
    }

    /** Closing during a run finishes the current file first, so no half-written temporary file is left. */
    private void close() {
        if (presenter.running()) {
            closeWhenIdle = true;
            presenter.cancel();
        } else {
            frame.dispose();
        }
    }

    /** The column of file panels; as wide as the view, so findings wrap instead of scrolling sideways. */
    private static final class FileList extends JPanel implements Scrollable {
        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 16;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return Math.max(16, visible.height - 32);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
