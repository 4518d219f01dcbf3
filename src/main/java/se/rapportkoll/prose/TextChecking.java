package se.rapportkoll.prose;

import se.rapportkoll.Version;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.read.InputProblem;
import se.rapportkoll.report.JsonReport;
import se.rapportkoll.write.AtomicOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** check-text: the report's prose read, the workbook read and located as validate does, the claims checked. */
public final class TextChecking {

    public record Outcome(TextCheck.Result result, String workbookSha256) {
    }

    private TextChecking() {
    }

    public static Outcome check(Path text, Path workbook, Messages messages) throws ReportText.Problem, InputProblem {
        List<ClaimFinder.Paragraph> paragraphs = ReportText.read(text);
        Pipeline.Result read = new Pipeline(messages).validate(workbook);
        return new Outcome(TextCheck.check(paragraphs, WorkbookFigures.of(read.located()), messages), read.inputSha256());
    }

    /** The JSON report (UTF-8), replacing the file it is given. */
    public static void writeReport(Outcome outcome, Path text, Path workbook, Path report) throws IOException {
        String json = JsonReport.textCheck(text.toString(), workbook.toString(), outcome.workbookSha256(), Version.get(), outcome.result());
        AtomicOutput.write(report, true, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }
}
