package se.rapportkoll;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which face the jar shows: the window only for a double-click on a desktop. */
class MainModeTest {

    @Test
    void noArgumentsOnADesktopOpensTheWindow() {
        assertTrue(Main.opensWindow(new String[0], false));
    }

    @Test
    void argumentsOrNoDisplayMeanTheCommandLine() {
        assertFalse(Main.opensWindow(new String[] {"process", "a.xlsx"}, false));
        assertFalse(Main.opensWindow(new String[] {"--help"}, false));
        assertFalse(Main.opensWindow(new String[0], true), "no display: the usage, as before");
    }
}
