package se.rapportkoll.watch;

import java.io.IOException;
import java.nio.file.Path;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.read.InputProblem;
import se.rapportkoll.validate.Severity;

/**
 * Processes one job. {@link #main} is the child JVM's entry point: the watcher starts
 * {@code java -Xmx.. -cp <its own class path> se.rapportkoll.watch.Worker ARGS} per file, so that a
 * workbook that hangs or exhausts memory takes only that process down.
 */
public final class Worker {

    private Worker() {
    }

    public static void main(String[] args) {
        // A watcher killed with SIGKILL cannot stop its child; the child stops itself instead, so a
        // restarted watcher never races an orphan writing into the same claim.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(70)));
        Job job = Job.fromArgs(args);
        try {
            writeStatus(job, perform(job));
            System.exit(0);
        } catch (IOException | RuntimeException e) {
            System.err.println("rapportkoll worker: " + e);
            System.exit(4);
        }
    }

    /** Runs the pipeline as {@code process --force --report} would, with the report naming where the files end up. */
    static Status perform(Job job) {
        Messages messages = Messages.forLanguage(job.lang());
        Pipeline pipeline = new Pipeline(messages);
        try {
            Pipeline.Result result = pipeline.process(job.input(), job.result(), true);
            Pipeline.Result labelled = result.withPaths(Path.of(job.inputLabel()), Path.of(job.outputLabel()));
            pipeline.writeReport(labelled, "process", job.report());
            return Status.ok(result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO));
        } catch (InputProblem e) {
            return Status.failed(Status.Kind.INPUT, e.message(messages.locale()));
        } catch (OutOfMemoryError e) {
            return Status.failed(Status.Kind.MEMORY, "OutOfMemoryError");
        } catch (Exception | LinkageError | StackOverflowError e) {
            return Status.failed(Status.Kind.INTERNAL, e.getClass().getSimpleName());
        }
    }

    static void writeStatus(Job job, Status status) throws IOException {
        StateFile.write(job.status(), status.toProperties());
    }
}
