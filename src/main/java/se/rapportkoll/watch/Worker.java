package se.rapportkoll.watch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Failure;
import se.rapportkoll.pipeline.Pipeline;
import se.rapportkoll.model.Severity;

/**
 * Processes jobs. {@link #main} is the worker JVM's entry point: the watcher starts
 * {@code java -Xmx.. -cp <its own class path> se.rapportkoll.watch.Worker} and hands it one job
 * per line on its input ({@link Job#toLine}); the worker writes each job's status file, answers
 * {@value #DONE} on its output, and takes the next. After a job that ran out of memory or failed
 * inside the tool it exits, so the next file gets a fresh JVM; it also exits when its input ends.
 */
public final class Worker {

    /** The worker's answer when a job's status file is written. */
    static final String DONE = "done";

    private Worker() {
    }

    public static void main(String[] args) throws IOException {
        // A watcher killed with SIGKILL cannot stop its child; the child stops itself instead, so a
        // restarted watcher never races an orphan writing into the same claim. Not by onExit: for a
        // process that is not its child the JDK polls, from 300 ms up to 5 s apart as the worker ages,
        // and a watcher restarted within that gap adopted a claim the orphan then wrote into again.
        ProcessHandle.current().parent().ifPresent(Worker::haltWhenGone);
        PrintStream answers = System.out;
        System.setOut(System.err); // anything a library prints must not be taken for an answer
        BufferedReader jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = jobs.readLine(); line != null; line = jobs.readLine()) {
            Job job = Job.fromLine(line);
            Status status = perform(job);
            try {
                writeStatus(job, status);
            } catch (IOException e) {
                System.err.println("rapportkoll worker: " + e);
                System.exit(4); // the watcher finds no status and reports an internal fault
            }
            answers.println(DONE);
            answers.flush();
            if (status.kind().endsWorker()) {
                System.exit(0); // the next file gets a fresh JVM
            }
        }
        System.exit(0);
    }

    /** Halts this JVM within a tenth of a second of the parent's end. */
    private static void haltWhenGone(ProcessHandle parent) {
        Thread watch = new Thread(() -> {
            while (parent.isAlive()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(70);
        }, "rapportkoll-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** Runs the pipeline as {@code process --force --report} would, with the report naming where the files end up. */
    static Status perform(Job job) {
        Messages messages = job.run().messages();
        Pipeline pipeline = new Pipeline(job.run());
        try {
            Pipeline.Result result = pipeline.process(job.input(), job.result(), true);
            Path text = job.text().isEmpty() ? null : Path.of(job.text());
            if (text != null && java.nio.file.Files.isRegularFile(text)) {
                result = result.withFindings(se.rapportkoll.pipeline.TextChecking.findings(text, result.located()), messages);
            }
            Pipeline.Result labelled = result.withPaths(Path.of(job.inputLabel()), Path.of(job.outputLabel()));
            pipeline.writeReport(labelled, "process", job.report());
            return Status.ok(result.count(Severity.ERROR), result.count(Severity.WARNING), result.count(Severity.INFO));
        } catch (Exception | LinkageError | VirtualMachineError e) {
            return status(Failure.of(e, messages, job.input(), job.result()));
        }
    }

    /** The drop folder's outcome of a failure: an unusable input says why; anything else is the tool's fault. */
    static Status status(Failure failure) {
        return switch (failure.kind()) {
            case INPUT -> Status.failed(Status.Kind.INPUT, failure.message());
            case MEMORY -> Status.failed(Status.Kind.MEMORY, failure.detail());
            // the work area is the tool's own: an output it cannot write there is no fault of the user's file
            case OUTPUT, WRITE, INTERNAL -> Status.failed(Status.Kind.INTERNAL, failure.detail());
        };
    }

    static void writeStatus(Job job, Status status) throws IOException {
        StateFile.write(job.status(), status.toProperties());
    }
}
