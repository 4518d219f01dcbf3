package se.rapportkoll.watch;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Processes in a thread of the watcher's own JVM: no JVM start per file, but no memory cap, and a
 * thread past its time limit can only be abandoned, not stopped. For tests of the folder logic on
 * many files; the command line always uses {@link ChildProcessor}.
 */
public final class InProcessProcessor implements Processor {

    @Override
    public Status process(Job job) throws IOException, InterruptedException {
        Files.deleteIfExists(job.status());
        Status[] status = new Status[1];
        Thread thread = new Thread(() -> status[0] = Worker.perform(job), "rapportkoll-worker");
        thread.setDaemon(true);
        thread.start();
        thread.join(job.timeout().toMillis());
        if (thread.isAlive()) {
            thread.interrupt();
            return Status.failed(Status.Kind.TIMEOUT, "");
        }
        Worker.writeStatus(job, status[0]);
        return status[0];
    }
}
