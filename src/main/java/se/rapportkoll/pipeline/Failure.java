package se.rapportkoll.pipeline;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.xlsx.read.ReportText;
import se.rapportkoll.xlsx.read.InputProblem;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Why a run failed, classified once for the command line (exit code), the drop folder (where the
 * file goes and its {@code .fel.txt}) and the window (the file's line).
 *
 * @param kind    what kind of failure
 * @param message one line in the user's language: what is wrong and what to do
 * @param detail  a short technical detail (the exception's class) for a failure inside the tool
 * @param cause   the exception, for {@code --debug} and the window's error log
 */
public record Failure(Kind kind, String message, String detail, Throwable cause) {

    public enum Kind {
        /** The input cannot be used (unreadable, unsupported, not a workbook); nothing was written. */
        INPUT(ExitCode.INPUT),
        /** The output cannot be written as asked (it exists, it is the input, the wrong extension). */
        OUTPUT(ExitCode.USAGE),
        /** Writing the output or report failed (folder missing, no permission, file open in Excel). */
        WRITE(ExitCode.USAGE),
        /** The workbook needed more memory than the tool may use. */
        MEMORY(ExitCode.INTERNAL),
        /** A fault in the tool itself. */
        INTERNAL(ExitCode.INTERNAL);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }

        /** Whether the failure is the tool's own fault rather than the file's or the place it writes to. */
        public boolean inTool() {
            return this == MEMORY || this == INTERNAL;
        }
    }

    /**
     * Classifies what a run threw.
     *
     * @param input   the file the run read (for an output's extension, and a report text's name)
     * @param written the file being written when an I/O error came (the output or the report)
     */
    public static Failure of(Throwable e, Messages m, Path input, Path written) {
        String detail = e.getClass().getSimpleName();
        if (e instanceof InputProblem p) {
            return new Failure(Kind.INPUT, p.message(m.locale()), detail, e);
        }
        if (e instanceof ReportText.Problem p) {
            return new Failure(Kind.INPUT, m.get(p.unsupported() ? "prose.check.unsupportedText" : "prose.check.unreadableText",
                    input, p.getMessage()), detail, e);
        }
        if (e instanceof OutputProblem p) {
            String key = switch (p.reason()) {
                case EXISTS -> "cli.outputExists";
                case SAME_AS_INPUT -> "cli.outputSameAsInput";
                case EXTENSION -> "cli.outputExtension";
                case REPORT_CLASH -> "cli.reportClash";
            };
            String ext = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsm") ? ".xlsm" : ".xlsx";
            return new Failure(Kind.OUTPUT, m.get(key, p.output(), ext), detail, e);
        }
        if (e instanceof java.io.IOException) {
            // the input's own problems are InputProblems: an I/O error here is about what is written
            return new Failure(Kind.WRITE, m.get("cli.writeFailed", written, String.valueOf(e.getMessage())), detail, e);
        }
        Kind kind = e instanceof OutOfMemoryError ? Kind.MEMORY : Kind.INTERNAL;
        return new Failure(kind, m.get("cli.internal", detail), detail, e);
    }

    public int exitCode() {
        return kind.exitCode();
    }
}
