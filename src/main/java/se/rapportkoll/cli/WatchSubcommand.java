package se.rapportkoll.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.watch.WatchCommand;
import se.rapportkoll.watch.WatchOptions;

/** {@code rapportkoll watch DIR}: the drop folder (see README and se.rapportkoll.watch). */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch the drop folder DIR: workbooks put into DIR/inkorg are processed into DIR/klart (with the JSON report), "
                + "originals move to DIR/arkiv, files that cannot be processed to DIR/fel with NAME.fel.txt. Runs until stopped.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all files handled (--once), or stopped", "2:DIR cannot be used",
                "4:--once: some file could not be handled (see the log in DIR)"})
final class WatchSubcommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The drop folder; inkorg, klart, fel and arkiv are created in it if missing.")
    Path dir;

    @Option(names = "--once", description = "Process what is in inkorg, then exit (for scheduled tasks).")
    boolean once;

    @Option(names = "--stable-seconds", defaultValue = "3", paramLabel = "N",
            description = "A file is complete when its size and time stayed unchanged this long (default ${DEFAULT-VALUE}).")
    double stableSeconds;

    @Option(names = "--incomplete-seconds", defaultValue = "120", paramLabel = "N",
            description = "How long an .xlsx/.xlsm that is not yet a complete zip file is waited for before it goes to fel (default ${DEFAULT-VALUE}).")
    double incompleteSeconds;

    @Option(names = "--timeout-seconds", defaultValue = "300", paramLabel = "N",
            description = "Time limit for one file; past it processing is stopped and the file goes to fel (default ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--scan-seconds", defaultValue = "5", paramLabel = "N",
            description = "Interval of the full scan of inkorg (default ${DEFAULT-VALUE}).")
    double scanSeconds;

    @Option(names = "--max-memory-mb", defaultValue = "1024", paramLabel = "MB",
            description = "Memory cap of each worker process that handles the files (default ${DEFAULT-VALUE}).")
    int maxMemoryMb;

    @Option(names = "--workers", defaultValue = "1", paramLabel = "N",
            description = "Files processed at once, each by a worker process of its own (default ${DEFAULT-VALUE}; at most 16).")
    int workers;

    @Option(names = "--lang", defaultValue = "sv", description = "Language of messages, fel texts and sheets: sv (default) or en.")
    String lang;

    @CommandLine.Mixin
    RapportkollCommand.Analyses analyses = new RapportkollCommand.Analyses();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (stableSeconds < 0 || incompleteSeconds < 0 || timeoutSeconds <= 0 || scanSeconds <= 0 || maxMemoryMb < 64
                || workers < 1 || workers > 16) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    se.rapportkoll.i18n.Messages.forLanguage(lang).get("watch.badOptions"));
        }
        WatchOptions options = new WatchOptions(seconds(stableSeconds), seconds(incompleteSeconds), seconds(timeoutSeconds),
                seconds(scanSeconds), maxMemoryMb, new RunOptions(lang, analyses.volumePrice()));
        return WatchCommand.run(dir, once, options, workers, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    private static Duration seconds(double s) {
        return Duration.ofMillis(Math.round(s * 1000));
    }
}
