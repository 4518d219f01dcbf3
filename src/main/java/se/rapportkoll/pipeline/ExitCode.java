package se.rapportkoll.pipeline;

/** The command line's exit codes (documented in README); {@link Failure.Kind} says which failure gives which. */
public final class ExitCode {
    /** No finding of severity fel. */
    public static final int OK = 0;
    /** Findings of severity fel (process still wrote its output). */
    public static final int FINDINGS = 1;
    /** The command was wrong: unknown option, missing file argument, an output that exists or cannot be written. */
    public static final int USAGE = 2;
    /** The input is unreadable or unsupported; nothing was written. */
    public static final int INPUT = 3;
    /** A fault in rapportkoll itself; nothing was written. */
    public static final int INTERNAL = 4;

    private ExitCode() {
    }
}
