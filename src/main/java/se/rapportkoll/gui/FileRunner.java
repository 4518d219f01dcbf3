package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.prose.TextChecking;
import se.rapportkoll.read.InputProblem;
import se.rapportkoll.validate.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Processes one workbook; the presenter's only way to the pipeline, so tests can stand in for it. */
@FunctionalInterface
public interface FileRunner {

    /** Writes {@code output} (never replacing an existing file) and returns the findings. */
    List<Finding> process(Path input, Path output, RunOptions options) throws InputProblem, OutputProblem, IOException;

    /** The real pipeline; a report text dropped beside the workbook (NAME.docx) is checked too. */
    static FileRunner pipeline() {
        return (input, output, options) -> {
            Pipeline.Result result = new Pipeline(options).process(input, output, false);
            Messages messages = options.messages();
            return TextChecking.companion(input)
                    .map(text -> result.withFindings(TextChecking.findings(text, result.located(), messages)).findings())
                    .orElse(result.findings());
        };
    }
}
