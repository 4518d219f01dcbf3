package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;

import javax.swing.AbstractButton;
import javax.swing.JLabel;

/** Turns "&Välj filer…" texts into labelled buttons with their Alt+letter mnemonic. */
final class Texts {

    private Texts() {
    }

    static <B extends AbstractButton> B button(B button, Messages m, String key) {
        String text = m.get(key);
        int amp = text.indexOf('&');
        button.setText(text.replace("&", ""));
        if (amp >= 0 && amp + 1 < text.length()) {
            button.setMnemonic(Character.toUpperCase(text.charAt(amp + 1)));
            button.setDisplayedMnemonicIndex(amp);
        }
        return button;
    }

    /** A label that focuses {@code target} on its Alt+letter. */
    static JLabel label(Messages m, String key, java.awt.Component target) {
        String text = m.get(key);
        int amp = text.indexOf('&');
        JLabel label = new JLabel(text.replace("&", ""));
        if (amp >= 0 && amp + 1 < text.length()) {
            label.setDisplayedMnemonic(Character.toUpperCase(text.charAt(amp + 1)));
            label.setDisplayedMnemonicIndex(amp);
        }
        label.setLabelFor(target);
        return label;
    }
}
