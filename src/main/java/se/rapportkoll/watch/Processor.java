package se.rapportkoll.watch;

import java.io.IOException;

/** Runs one job to its end or its time limit and says how it went. */
public interface Processor {

    Status process(Job job) throws IOException, InterruptedException;

    /** Ends what it keeps between files (a worker JVM); the watcher calls it as it closes. */
    default void close() {
    }
}
