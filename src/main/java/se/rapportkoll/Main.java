package se.rapportkoll;

import se.rapportkoll.cli.RapportkollCommand;
import se.rapportkoll.gui.Gui;
import se.rapportkoll.launch.FastStart;

import java.awt.GraphicsEnvironment;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensWindow(args, () -> GraphicsEnvironment.isHeadless())) {
            // A double-click (javaw, no console, no arguments): the window, which keeps the JVM alive.
            Gui.start();
            return;
        }
        OptionalInt inChild = FastStart.run(args);
        if (inChild.isPresent()) {
            System.exit(inChild.getAsInt());
        }
        Charset console = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        System.exit(RapportkollCommand.execute(args, out, err));
    }

    /**
     * No arguments on a desktop opens the window; arguments, or no display, mean the command line.
     * The display is asked about only without arguments: that loads AWT, about 10 ms of a command's start.
     */
    static boolean opensWindow(String[] args, BooleanSupplier headless) {
        return args.length == 0 && !headless.getAsBoolean();
    }

    /** The console's own encoding, so å, ä and ö show right in a Windows console too. */
    private static Charset consoleCharset() {
        String stdout = System.getProperty("stdout.encoding");
        if (stdout != null) {
            try {
                return Charset.forName(stdout);
            } catch (RuntimeException ignored) {
                // fall through to the platform default
            }
        }
        return System.console() != null ? System.console().charset() : Charset.defaultCharset();
    }
}
