package se.rapportkoll;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;

/** Which face the jar shows: the window only for a double-click on a desktop. */
class MainModeTest {

    private static final BooleanSupplier NOT_ASKED = () -> fail("a command must not ask for the display (it loads AWT)");

    @Test
    void noArgumentsOnADesktopOpensTheWindow() {
        assertTrue(Main.opensWindow(new String[0], () -> false));
    }

    @Test
    void argumentsOrNoDisplayMeanTheCommandLine() {
        assertFalse(Main.opensWindow(new String[] {"process", "a.xlsx"}, NOT_ASKED));
        assertFalse(Main.opensWindow(new String[] {"--help"}, NOT_ASKED));
        assertFalse(Main.opensWindow(new String[0], () -> true), "no display: the usage, as before");
    }
}
