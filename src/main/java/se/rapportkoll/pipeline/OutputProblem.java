package se.rapportkoll.pipeline;

import java.nio.file.Path;

/**
 * The output cannot be written as asked (it exists, it is the input, the wrong extension, the report
 * would replace the input or the output): a usage error.
 */
public final class OutputProblem extends Exception {

    public enum Reason { EXISTS, SAME_AS_INPUT, EXTENSION, REPORT_CLASH }

    private final Reason reason;
    private final Path output;

    public OutputProblem(Reason reason, Path output) {
        super(reason + ": " + output);
        this.reason = reason;
        this.output = output;
    }

    public Reason reason() {
        return reason;
    }

    public Path output() {
        return output;
    }
}
