package se.rapportkoll;

import se.rapportkoll.cli.RapportkollCommand;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/** Entry point of the runnable jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Charset console = consoleCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        System.exit(RapportkollCommand.execute(args, out, err));
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
