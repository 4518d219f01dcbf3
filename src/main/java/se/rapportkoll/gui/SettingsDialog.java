package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTextField;
import javax.swing.KeyStroke;

/** Language and where outputs go. Enter is OK, Escape cancels. */
final class SettingsDialog extends JDialog {

    private final Messages m;
    private final Settings current;
    private final JComboBox<String> language = new JComboBox<>();
    private final JRadioButton beside;
    private final JRadioButton inFolder;
    private final JTextField folder = new JTextField(30);
    private Settings result;

    private SettingsDialog(Window owner, Settings current, Messages m) {
        super(owner, m.get("gui.settings.title"), ModalityType.APPLICATION_MODAL);
        this.m = m;
        this.current = current;
        language.addItem(m.get("gui.language.sv"));
        language.addItem(m.get("gui.language.en"));
        language.setSelectedIndex("en".equals(current.language()) ? 1 : 0);
        beside = Texts.button(new JRadioButton(), m, "gui.settings.beside");
        inFolder = Texts.button(new JRadioButton(), m, "gui.settings.folder");
        ButtonGroup group = new ButtonGroup();
        group.add(beside);
        group.add(inFolder);
        beside.setSelected(current.besideInput());
        inFolder.setSelected(!current.besideInput());
        folder.setText(current.besideInput() ? "" : current.outputFolder().toString());
        JButton browse = Texts.button(new JButton(), m, "gui.settings.browse");
        browse.addActionListener(e -> browse());
        folder.getDocument().addDocumentListener(SimpleDocumentListener.of(() -> inFolder.setSelected(true)));

        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(3, 3, 3, 3);
        c.anchor = GridBagConstraints.WEST;
        c.gridx = 0;
        c.gridy = 0;
        form.add(Texts.label(m, "gui.settings.language", language), c);
        c.gridx = 1;
        form.add(language, c);
        c.gridx = 0;
        c.gridy = 1;
        c.gridwidth = 3;
        c.insets = new Insets(12, 3, 3, 3);
        form.add(new javax.swing.JLabel(m.get("gui.settings.output")), c);
        c.insets = new Insets(3, 3, 3, 3);
        c.gridy = 2;
        form.add(beside, c);
        c.gridy = 3;
        c.gridwidth = 1;
        form.add(inFolder, c);
        c.gridx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(folder, c);
        c.gridx = 2;
        c.fill = GridBagConstraints.NONE;
        c.weightx = 0;
        form.add(browse, c);

        JButton ok = new JButton(m.get("gui.settings.ok"));
        ok.addActionListener(e -> ok());
        JButton cancel = new JButton(m.get("gui.settings.cancel"));
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING));
        buttons.add(ok);
        buttons.add(cancel);

        getContentPane().add(form, BorderLayout.CENTER);
        getContentPane().add(buttons, BorderLayout.SOUTH);
        getRootPane().setDefaultButton(ok);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        pack();
        setLocationRelativeTo(owner);
    }

    /** Shows the dialog and returns the new settings, or empty when cancelled. */
    static Optional<Settings> ask(Window owner, Settings current, Messages m) {
        SettingsDialog dialog = new SettingsDialog(owner, current, m);
        dialog.setVisible(true);
        return Optional.ofNullable(dialog.result);
    }

    private void browse() {
        JFileChooser chooser = new JFileChooser(folder.getText().isBlank() ? null : folder.getText());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(m.get("gui.settings.folder").replace("&", ""));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            folder.setText(chooser.getSelectedFile().toString());
            inFolder.setSelected(true);
        }
    }

    private void ok() {
        Path out = null;
        if (inFolder.isSelected()) {
            if (folder.getText().isBlank()) {
                JOptionPane.showMessageDialog(this, m.get("gui.settings.noFolder"), getTitle(), JOptionPane.WARNING_MESSAGE);
                folder.requestFocusInWindow();
                return;
            }
            try {
                out = Path.of(folder.getText().strip());
            } catch (java.nio.file.InvalidPathException e) {
                JOptionPane.showMessageDialog(this, m.get("gui.settings.noFolder"), getTitle(), JOptionPane.WARNING_MESSAGE);
                return;
            }
        }
        result = current.withLanguage(language.getSelectedIndex() == 1 ? "en" : "sv").withOutputFolder(out);
        dispose();
    }

    /** A DocumentListener for "anything changed". */
    private interface SimpleDocumentListener extends javax.swing.event.DocumentListener {
        static SimpleDocumentListener of(Runnable r) {
            return new SimpleDocumentListener() {
                @Override
                public void insertUpdate(javax.swing.event.DocumentEvent e) {
                    r.run();
                }

                @Override
                public void removeUpdate(javax.swing.event.DocumentEvent e) {
                    r.run();
                }

                @Override
                public void changedUpdate(javax.swing.event.DocumentEvent e) {
                    r.run();
                }
            };
        }
    }
}
