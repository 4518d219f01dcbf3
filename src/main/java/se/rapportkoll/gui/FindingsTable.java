package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;

import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.util.List;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableCellRenderer;
import javax.swing.table.TableColumn;

/**
 * One file's findings: severity, cell, message. Messages are a sentence or two, so the message
 * column wraps and each row is as tall as its text needs at the current width; a finding's detail
 * (its figures and reasons) is in the message's tooltip, so the list stays short to read.
 */
final class FindingsTable extends JTable {

    static final int SEVERITY = 0;
    static final int CELL = 1;
    static final int MESSAGE = 2;

    private static final Color RED = new Color(0xB0, 0x00, 0x20);
    private static final Color AMBER = new Color(0x8A, 0x55, 0x00);

    private final JTextArea measure = wrappingArea();

    FindingsTable(List<Finding> findings, Messages m) {
        super(new Model(findings, m));
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setFillsViewportHeight(false);
        setShowVerticalLines(false);
        setAutoResizeMode(AUTO_RESIZE_LAST_COLUMN);
        // Tab leaves the table instead of walking its cells: the table is read, not edited.
        setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        fix(SEVERITY, fitting(SEVERITY));
        fix(CELL, fitting(CELL));
        getColumnModel().getColumn(SEVERITY).setCellRenderer(new SeverityRenderer());
        DefaultTableCellRenderer top = new DefaultTableCellRenderer() {
            @Override
            public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int col) {
                super.getTableCellRendererComponent(table, value, selected, focus, row, col);
                setToolTipText(String.valueOf(value).isEmpty() ? null : String.valueOf(value));
                return this;
            }
        };
        top.setVerticalAlignment(DefaultTableCellRenderer.TOP);
        getColumnModel().getColumn(CELL).setCellRenderer(top);
        getColumnModel().getColumn(MESSAGE).setCellRenderer(new MessageRenderer());
        getTableHeader().setReorderingAllowed(false);
    }

    /** A column exactly as wide as its longest text (the header's included), so none is cut off ("Driftbudget!C…"). */
    private void fix(int column, int width) {
        TableColumn c = getColumnModel().getColumn(column);
        c.setMinWidth(width);
        c.setPreferredWidth(width);
        c.setMaxWidth(width);
    }

    /** The width the column's widest text needs, bold for errors as the severity is shown. */
    int fitting(int column) {
        java.awt.FontMetrics plain = getFontMetrics(getFont());
        java.awt.FontMetrics bold = getFontMetrics(getFont().deriveFont(Font.BOLD));
        java.awt.FontMetrics header = getFontMetrics(getTableHeader().getFont());
        int width = header.stringWidth(getModel().getColumnName(column));
        for (int row = 0; row < getRowCount(); row++) {
            Object value = getValueAt(row, column);
            String text = column == SEVERITY ? ((Model) getModel()).severityText(value) : String.valueOf(value);
            width = Math.max(width, (value == Severity.ERROR ? bold : plain).stringWidth(text));
        }
        return width + plain.charWidth('m') * 2; // the renderer's insets and a little air
    }

    /** Narrow by preference: the panel decides the width, the rows then grow in height. */
    @Override
    public Dimension getPreferredSize() {
        return new Dimension(getFontMetrics(getFont()).charWidth('m') * 30, super.getPreferredSize().height);
    }

    @Override
    public void doLayout() {
        super.doLayout();
        fitRowHeights();
    }

    private void fitRowHeights() {
        int width = getColumnModel().getColumn(MESSAGE).getWidth();
        if (width <= 0) {
            return;
        }
        int line = getFontMetrics(getFont()).getHeight() + 4;
        measure.setFont(getFont());
        boolean changed = false;
        for (int row = 0; row < getRowCount(); row++) {
            measure.setText(String.valueOf(getValueAt(row, MESSAGE)));
            measure.setSize(width, Short.MAX_VALUE);
            int height = Math.max(line, measure.getPreferredSize().height + 4);
            if (getRowHeight(row) != height) {
                setRowHeight(row, height);
                changed = true;
            }
        }
        if (changed) {
            // Heights change during the parent's layout, which then marks itself valid with the old
            // height; ask for another layout pass once this one is over.
            javax.swing.SwingUtilities.invokeLater(this::revalidate);
        }
    }

    /** The whole message as a tooltip, wrapped so it never spans the screen, with the detail under it. */
    static String toolTip(String text, String detail) {
        return "<html><p style='width:360px'>" + escaped(text) + "</p>"
                + (detail == null ? "" : "<p style='width:360px;margin-top:4px'>" + escaped(detail) + "</p>") + "</html>";
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static JTextArea wrappingArea() {
        JTextArea area = new JTextArea();
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(true);
        area.setBorder(javax.swing.BorderFactory.createEmptyBorder(2, 2, 2, 2));
        return area;
    }

    private static final class Model extends AbstractTableModel {
        private final List<Finding> findings;
        private final Messages m;

        Model(List<Finding> findings, Messages m) {
            this.findings = findings;
            this.m = m;
        }

        @Override
        public int getRowCount() {
            return findings.size();
        }

        @Override
        public int getColumnCount() {
            return 3;
        }

        @Override
        public String getColumnName(int column) {
            return m.get(switch (column) {
                case SEVERITY -> "gui.column.severity";
                case CELL -> "gui.column.cell";
                default -> "gui.column.message";
            });
        }

        @Override
        public Object getValueAt(int row, int column) {
            Finding f = findings.get(row);
            return switch (column) {
                case SEVERITY -> f.severity();
                case CELL -> f.sheet() == null ? "" : f.cell() == null ? f.sheet() : f.sheet() + "!" + f.cell();
                default -> f.message();
            };
        }

        String detail(int row) {
            return findings.get(row).detail();
        }

        String severityText(Object value) {
            return value instanceof Severity s ? s.label(m.isEnglish()) : String.valueOf(value);
        }
    }

    private final class SeverityRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int col) {
            super.getTableCellRendererComponent(table, ((Model) getModel()).severityText(value), selected, focus, row, col);
            setVerticalAlignment(TOP);
            if (!selected) {
                setForeground(value == Severity.ERROR ? RED : value == Severity.WARNING ? AMBER : table.getForeground());
            }
            setFont(value == Severity.ERROR ? table.getFont().deriveFont(Font.BOLD) : table.getFont());
            return this;
        }
    }

    private static final class MessageRenderer implements TableCellRenderer {
        private final JTextArea area = wrappingArea();

        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int col) {
            area.setText(String.valueOf(value));
            area.setFont(table.getFont());
            area.setForeground(selected ? table.getSelectionForeground() : table.getForeground());
            area.setBackground(selected ? table.getSelectionBackground() : table.getBackground());
            area.setBorder(focus ? UIManager.getBorder("Table.focusCellHighlightBorder")
                    : javax.swing.BorderFactory.createEmptyBorder(2, 2, 2, 2));
            area.setToolTipText(toolTip(String.valueOf(value), ((Model) table.getModel()).detail(row)));
            return area;
        }
    }
}
