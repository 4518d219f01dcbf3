package se.rapportkoll.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.rapportkoll.base.Version;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.ExitCode;
import se.rapportkoll.pipeline.Failure;
import se.rapportkoll.pipeline.OutputPaths;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.xlsx.read.ReportText;
import se.rapportkoll.prose.TextCheck;
import se.rapportkoll.pipeline.TextChecking;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** The command line: {@code rapportkoll process|validate IN ...}. */
@Command(name = "rapportkoll", mixinStandardHelpOptions = true, versionProvider = RapportkollCommand.VersionProvider.class,
        description = "Validates, fills and analyses a committee follow-up report workbook (.xlsx/.xlsm).",
        subcommands = {RapportkollCommand.Process.class, RapportkollCommand.Validate.class, RapportkollCommand.CheckText.class, WatchSubcommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings of severity fel (error)", "1:findings of severity fel; process still wrote its output",
                "2:usage error (bad option, output exists without --force or cannot be written)", "3:input unreadable or unsupported, nothing written",
                "4:internal error, nothing written"})
public final class RapportkollCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // One line like every other usage error; the message points to --help for the full usage.
        throw new CommandLine.ParameterException(spec.commandLine(), "no command given (process, validate or watch).");
    }

    /** Options every command takes. */
    static class Common {
        @Option(names = "--lang", defaultValue = "sv", description = "Language of messages and sheets: sv (default) or en.")
        String lang;

        @Option(names = "--debug", description = "Print stack traces for failures.")
        boolean debug;

        @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the findings as JSON (UTF-8).")
        Path report;

        Messages messages() {
            return Messages.forLanguage(lang);
        }

        /** The failure's one line on stderr (and the stack trace with --debug); returns its exit code. */
        int fail(PrintWriter err, Failure failure) {
            err.println(failure.message());
            if (debug) {
                failure.cause().printStackTrace(err);
            }
            err.flush();
            return failure.exitCode();
        }
    }

    /** How the analyses are made: process and watch take them alike. */
    static class Analyses {
        @Option(names = "--split", paramLabel = "two|three", defaultValue = "two",
                description = "Volume–price split: two (volume, price; default) or three (volume, price, interaction).")
        VolumePriceOptions.Split split;

        @Option(names = "--mix", description = "Split the volume effect within each target group into volume at average price and mix.")
        boolean mix;

        VolumePriceOptions volumePrice() {
            return new VolumePriceOptions(split, mix);
        }
    }

    abstract static class Base implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Parameters(index = "0", paramLabel = "IN", description = "The workbook (.xlsx or .xlsm); it is never modified.")
        Path input;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        abstract String name();

        /** The workbook this command writes, or null if it writes none. */
        abstract Path target();

        abstract Pipeline.Result run(Pipeline pipeline) throws InputProblem, OutputProblem, IOException;

        /** This command's options for the run. */
        RunOptions runOptions() {
            return RunOptions.of(common.lang);
        }

        @Override
        public Integer call() {
            Messages m = common.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                Pipeline pipeline = new Pipeline(runOptions());
                if (common.report != null) {
                    // Checked before anything is written: the report replaces the file it is given.
                    OutputPaths.checkReport(input, target(), common.report);
                }
                Pipeline.Result result = run(pipeline);
                for (Finding f : result.findings()) {
                    // the detail after a tab of its own, so the message stays the fourth field
                    out.println(findingLine(f.severity(), f.rule(), f.sheet(), f.cell(), f.message(), m)
                            + (f.detail() == null ? "" : "\t" + f.detail()));
                }
                out.println(m.get("cli.summary", input.getFileName(), result.count(Severity.ERROR), result.count(Severity.WARNING),
                        result.count(Severity.INFO), result.located().tables().size()));
                if (result.output() != null) {
                    out.println(m.get("cli.wrote", result.output()));
                }
                if (common.report != null) {
                    try {
                        pipeline.writeReport(result, name(), common.report);
                        out.println(m.get("cli.reportWrote", common.report));
                    } catch (IOException e) {
                        return common.fail(err, Failure.of(e, m, input, common.report));
                    }
                }
                out.flush();
                return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
            } catch (InputProblem | OutputProblem | IOException | RuntimeException | OutOfMemoryError e) {
                return common.fail(err, Failure.of(e, m, input, target() != null ? target() : input));
            }
        }
    }

    @Command(name = "process", mixinStandardHelpOptions = true,
            description = {"Check the workbook, fill empty derived cells with formulas, add the tool's sheets, "
                    + "and write the result as a new file (NAME-rapportkoll.xlsx beside the input by default).",
                    "Sheets it may add (English names with --lang en), each where the workbook has what it needs: "
                    + "Validering (the findings), Avvikelser (deviations per row), Volym och pris (volume and price effects), "
                    + "Prognos och scenarier (forecasts and scenarios), Planår (plan years projected from the budget year), Textutkast (a draft of the report's economy text), "
                    + "Scenarioinställningar (the scenarios' settings; created once, then yours)."})
    static final class Process extends Base {
        @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the output workbook.")
        Path output;

        @Option(names = "--force", description = "Overwrite an existing output.")
        boolean force;

        @CommandLine.Mixin
        Analyses analyses = new Analyses();

        @Override
        RunOptions runOptions() {
            return new RunOptions(common.lang, analyses.volumePrice());
        }

        @Override
        String name() {
            return "process";
        }

        @Override
        Path target() {
            return output != null ? output : OutputPaths.defaultOutput(input);
        }

        @Override
        Pipeline.Result run(Pipeline pipeline) throws InputProblem, OutputProblem, IOException {
            return pipeline.process(input, target(), force);
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check the workbook and report findings; writes no workbook.")
    static final class Validate extends Base {
        @Override
        String name() {
            return "validate";
        }

        @Override
        Path target() {
            return null;
        }

        @Override
        Pipeline.Result run(Pipeline pipeline) throws InputProblem {
            return pipeline.validate(input);
        }
    }

    @Command(name = "check-text", mixinStandardHelpOptions = true,
            description = "Check the amounts the report's text states (överskott, underskott, positiv or negativ avvikelse "
                    + "of the committee, revenues, costs or a row of the workbook) against the workbook; writes no workbook.")
    static final class CheckText implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Parameters(index = "0", paramLabel = "REPORT", description = "The report's text: .docx or .txt.")
        Path text;

        @Parameters(index = "1", paramLabel = "WORKBOOK", description = "The workbook the text is written from (.xlsx or .xlsm).")
        Path workbook;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Messages m = common.messages();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                if (common.report != null) {
                    OutputPaths.checkReport(workbook, text, common.report);
                }
                TextChecking.Outcome outcome = TextChecking.check(text, workbook, RunOptions.of(common.lang));
                TextCheck.Result result = outcome.result();
                for (TextCheck.TextFinding f : result.findings()) {
                    out.println(findingLine(f.severity(), f.rule(), f.sheet(), f.cell(), f.message(), m) + "\t\u201d" + f.quote() + "\u201d");
                }
                out.println(m.get("prose.check.summary", text.getFileName(), result.claims().size(), result.agreeing(),
                        result.count(Severity.ERROR), result.count(Severity.INFO)));
                if (common.report != null) {
                    TextChecking.writeReport(outcome, text, workbook, common.report);
                    out.println(m.get("cli.reportWrote", common.report));
                }
                out.flush();
                return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
            } catch (ReportText.Problem | InputProblem | OutputProblem | IOException | RuntimeException | OutOfMemoryError e) {
                return common.fail(err, Failure.of(e, m, e instanceof ReportText.Problem ? text : workbook, common.report));
            }
        }
    }

    /** A finding as the command line prints it: severity, rule, cell and message, tab-separated. */
    static String findingLine(Severity severity, String rule, String sheet, String cell, String message, Messages m) {
        return severity.label(m.isEnglish()) + "\t" + rule + "\t" + (sheet == null ? "" : sheet + "!" + cell) + "\t" + message;
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"rapportkoll " + Version.get()};
        }
    }

    private static final String LIBRARY_LOG_LEVEL = "org.apache.logging.log4j.simplelog.level";

    /** Runs the command line and returns the exit code; usage errors give 2 with a one-line message. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        if (java.util.Arrays.asList(args).contains("--debug") && System.getProperty(LIBRARY_LOG_LEVEL) == null) {
            System.setProperty(LIBRARY_LOG_LEVEL, "WARN"); // POI's log lines too (off otherwise: log4j2.simplelog.properties)
        }
        CommandLine cl = new CommandLine(new RapportkollCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            Messages m = Messages.forLanguage(languageOf(a));
            err.println(m.get("cli.usage", usageProblem(ex, m)));
            err.flush();
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            err.println(Messages.forLanguage(languageOf(args)).get("cli.internal", ex.getClass().getSimpleName()));
            if (java.util.Arrays.asList(args).contains("--debug")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCode.INTERNAL;
        });
        return cl.execute(args);
    }

    /** picocli's own texts are English; the common cases are said in the user's language. */
    private static String usageProblem(CommandLine.ParameterException ex, Messages m) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            return m.get("cli.unknownArgument", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return m.get("cli.missingArgument", missing.getMissing().get(0).paramLabel());
        }
        return ex.getMessage().strip().replace('\n', ' ');
    }

    private static String languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
        }
        return "sv";
    }
}
