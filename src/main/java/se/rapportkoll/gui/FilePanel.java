package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.model.Severity;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/**
 * One file in the window: name, progress and status; then its findings or its problem; then the
 * buttons for the output. Components are named "file-N-..." so tests can find them.
 */
final class FilePanel extends JPanel {

    private final int id;
    private final Messages m;
    private final WindowPresenter presenter;
    private final JLabel status = new JLabel();
    private final JProgressBar progress = new JProgressBar(0, 100);
    private final JPanel body = new JPanel(new BorderLayout());
    private final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));

    FilePanel(FileState file, Messages m, WindowPresenter presenter) {
        super(new BorderLayout(0, 4));
        this.id = file.id();
        this.m = m;
        this.presenter = presenter;
        setName("file-" + id);
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(8, 8, 8, 8)));

        JLabel name = new JLabel(file.input().getFileName().toString());
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.15f));
        name.setToolTipText(file.input().toString());
        status.setName("file-" + id + "-status");
        progress.setName("file-" + id + "-progress");
        progress.setStringPainted(false);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, 8, 0));
        right.add(progress);
        right.add(status);
        JPanel header = new JPanel(new BorderLayout());
        header.add(name, BorderLayout.CENTER);
        header.add(right, BorderLayout.EAST);

        add(header, BorderLayout.NORTH);
        add(body, BorderLayout.CENTER);
        add(buttons, BorderLayout.SOUTH);
        show(file);
    }

    void show(FileState file) {
        status.setText(m.get("gui.file." + file.status().name().toLowerCase(java.util.Locale.ROOT)));
        progress.setIndeterminate(file.status() == FileStatus.RUNNING);
        progress.setValue(file.status().finished() ? 100 : 0);
        progress.setVisible(file.status() != FileStatus.CANCELLED && file.status() != FileStatus.FAILED);
        body.removeAll();
        buttons.removeAll();
        switch (file.status()) {
            case DONE -> showDone(file);
            case FAILED -> body.add(wrapped(file.problem(), new Color(0xB0, 0x00, 0x20), "file-" + id + "-problem"), BorderLayout.CENTER);
            default -> { }
        }
        revalidate();
        repaint();
    }

    private void showDone(FileState file) {
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        JLabel summary = new JLabel(m.get("gui.file.summary", file.count(Severity.ERROR), file.count(Severity.WARNING),
                file.count(Severity.INFO)));
        summary.setName("file-" + id + "-summary");
        if (file.count(Severity.ERROR) > 0) {
            summary.setForeground(new Color(0xB0, 0x00, 0x20));
        }
        summary.setFont(summary.getFont().deriveFont(Font.BOLD));
        summary.setAlignmentX(LEFT_ALIGNMENT);
        top.add(summary);
        if (!file.sheets().isEmpty()) {
            JTextArea sheets = wrapped(m.get("gui.file.sheets", String.join(", ", file.sheets())), null, "file-" + id + "-sheets");
            sheets.setAlignmentX(LEFT_ALIGNMENT);
            top.add(sheets);
        }
        top.add(Box.createVerticalStrut(4));
        body.add(top, BorderLayout.NORTH);
        if (file.findings().isEmpty()) {
            body.add(wrapped(m.get("gui.file.noFindings"), null, "file-" + id + "-none"), BorderLayout.CENTER);
        } else {
            FindingsTable table = new FindingsTable(file.findings(), m);
            table.setName("file-" + id + "-findings");
            table.setTransferHandler(getTransferHandler());
            JPanel tablePanel = new JPanel(new BorderLayout());
            tablePanel.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Separator.foreground")));
            tablePanel.add(table.getTableHeader(), BorderLayout.NORTH);
            tablePanel.add(table, BorderLayout.CENTER);
            body.add(tablePanel, BorderLayout.CENTER);
        }

        JButton open = new JButton(m.get("gui.open"));
        open.setName("file-" + id + "-open");
        open.addActionListener(e -> presenter.openOutput(id));
        JButton folder = new JButton(m.get("gui.showInFolder"));
        folder.setName("file-" + id + "-show");
        folder.addActionListener(e -> presenter.showOutputInFolder(id));
        JLabel output = new JLabel(m.get("gui.file.output", file.output().getFileName()));
        output.setName("file-" + id + "-output");
        output.setToolTipText(file.output().toString());
        buttons.setBorder(BorderFactory.createEmptyBorder(6, 0, 0, 0));
        buttons.add(open);
        buttons.add(folder);
        buttons.add(output);
    }

    /** A read-only wrapping text: problems are sentences and must be readable whole. */
    private static JTextArea wrapped(String text, Color color, String name) {
        JTextArea area = new JTextArea(text);
        area.setName(name);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setEditable(false);
        area.setOpaque(false);
        area.setFont(UIManager.getFont("Label.font"));
        area.setFocusable(false);
        if (color != null) {
            area.setForeground(color);
        }
        area.setBorder(BorderFactory.createEmptyBorder());
        return area;
    }
}
