package se.rapportkoll.gui;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.read.InputProblem;
import se.rapportkoll.validate.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Processes one workbook; the presenter's only way to the pipeline, so tests can stand in for it. */
@FunctionalInterface
public interface FileRunner {

    /** Writes {@code output} (never replacing an existing file) and returns the findings. */
    List<Finding> process(Path input, Path output, Messages messages) throws InputProblem, OutputProblem, IOException;

    /** The real pipeline. */
    static FileRunner pipeline() {
        return (input, output, messages) -> new Pipeline(messages).process(input, output, false).findings();
    }
}
