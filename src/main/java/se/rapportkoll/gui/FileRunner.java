package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.pipeline.TextChecking;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.model.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Processes one workbook; the presenter's only way to the pipeline, so tests can stand in for it. */
@FunctionalInterface
public interface FileRunner {

    /**
     * What one run gives the window: the findings, the same findings in any language (from what the
     * run held, without reading the input again), and the sheets added to the output in its order.
     */
    record Outcome(List<Finding> findings, Function<Messages, List<Finding>> findingsIn, List<String> addedSheets) {
        public Outcome {
            findings = List.copyOf(findings);
            addedSheets = List.copyOf(addedSheets);
        }
    }

    /** Writes {@code output} (never replacing an existing file). */
    Outcome process(Path input, Path output, RunOptions options) throws InputProblem, OutputProblem, IOException;

    /** The real pipeline; a report text dropped beside the workbook (NAME.docx) is checked too. */
    static FileRunner pipeline() {
        return (input, output, options) -> {
            Pipeline.Result ran = new Pipeline(options).process(input, output, false);
            Messages messages = options.messages();
            Pipeline.Result result = TextChecking.companion(input)
                    .map(text -> ran.withFindings(TextChecking.findings(text, ran.located()), messages))
                    .orElse(ran);
            return new Outcome(result.findings(), result.findingsIn(), result.addedSheets());
        };
    }
}
