package se.rapportkoll.pipeline;

import se.rapportkoll.base.Version;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.report.JsonReport;
import se.rapportkoll.base.AtomicOutput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.nio.file.Files;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;
import se.rapportkoll.prose.ClaimFinder;
import se.rapportkoll.xlsx.read.ReportText;
import se.rapportkoll.prose.TextCheck;
import se.rapportkoll.prose.WorkbookFigures;

/** check-text: the report's prose read, the workbook read and located as validate does, the claims checked. */
public final class TextChecking {

    public record Outcome(TextCheck.Result result, String workbookSha256) {
    }

    private TextChecking() {
    }

    public static Outcome check(Path text, Path workbook, RunOptions options) throws ReportText.Problem, InputProblem {
        List<ClaimFinder.Paragraph> paragraphs = ReportText.read(text);
        Pipeline.Result read = new Pipeline(options).validate(workbook);
        return new Outcome(TextCheck.check(paragraphs, WorkbookFigures.of(read.located()), options.messages()), read.inputSha256());
    }

    /** The report text dropped beside a workbook: NAME.docx beside NAME.xlsx. */
    public static Optional<Path> companion(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path text = workbook.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".docx");
        return Files.isRegularFile(text) ? Optional.of(text) : Optional.empty();
    }

    /**
     * The findings about {@code text} (the workbook's companion) as findings of the workbook, for the
     * window and the drop folder, in any language: the text is read once, here. Each message ends
     * with the sentence it is about. A text that cannot be read is one warning, never a failure of
     * the workbook.
     */
    public static Function<Messages, List<Finding>> findings(Path text, LocatedWorkbook workbook) {
        List<ClaimFinder.Paragraph> paragraphs;
        try {
            paragraphs = ReportText.read(text);
        } catch (ReportText.Problem e) {
            return messages -> List.of(new Finding(Severity.WARNING, TextCheck.RULE, null, null,
                    messages.get("prose.check.unreadableText", text.getFileName(), e.getMessage()), null, null, null, null));
        }
        WorkbookFigures figures = WorkbookFigures.of(workbook);
        return messages -> {
            List<Finding> out = new ArrayList<>();
            for (TextCheck.TextFinding f : TextCheck.check(paragraphs, figures, messages).findings()) {
                Object[] args = {text.getFileName(), f.message(), f.quote()};
                out.add(new Finding(f.severity(), f.rule(), f.sheet(), f.cell(), messages.get("prose.check.inText", args),
                        messages.detail("prose.check.inText", args), f.expected(), null, null));
            }
            return out;
        };
    }

    /** The JSON report (UTF-8), replacing the file it is given. */
    public static void writeReport(Outcome outcome, Path text, Path workbook, Path report) throws IOException {
        String json = JsonReport.textCheck(text.toString(), workbook.toString(), outcome.workbookSha256(), Version.get(), outcome.result());
        AtomicOutput.write(report, true, out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
    }
}
