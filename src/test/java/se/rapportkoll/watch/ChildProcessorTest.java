package se.rapportkoll.watch;

import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One worker JVM for file after file, and a fresh one after a file that hit a limit or a dead worker. */
class ChildProcessorTest {

    @TempDir
    Path dir;

    private ChildProcessor processor;

    @AfterEach
    void closeWorker() {
        if (processor != null) {
            processor.close();
        }
    }

    private ChildProcessor processor(int maxHeapMb, long idleMillis) {
        processor = new ChildProcessor(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), maxHeapMb, null, idleMillis);
        return processor;
    }

    private Job job(String name, byte[] content, Duration timeout) throws Exception {
        Path claim = Files.createDirectories(dir.resolve("claim-" + name));
        Path input = Files.write(claim.resolve(name + ".xlsx"), content);
        return new Job(input, claim.resolve("result.xlsx"), claim.resolve("report.json"), claim.resolve("status.properties"),
                "arkiv/" + name + ".xlsx", "klart/" + name + "-rapportkoll.xlsx", RunOptions.swedish(), timeout);
    }

    private Job job(String name) throws Exception {
        return job(name, Drops.smallWorkbook(), Duration.ofSeconds(120));
    }

    @Test
    void oneWorkerTakesFileAfterFile() throws Exception {
        ChildProcessor p = processor(256, ChildProcessor.IDLE_MILLIS);
        assertEquals(Status.Kind.OK, p.process(job("a")).kind());
        long pid = p.workerProcess().orElseThrow().pid();
        Job bad = job("b", "Verksamhet;Budget\n".getBytes(), Duration.ofSeconds(120));
        assertEquals(Status.Kind.INPUT, p.process(bad).kind(), "a bad input is the file's fault, not the worker's");
        assertEquals(Status.Kind.OK, p.process(job("c")).kind());
        assertEquals(1, p.started());
        assertEquals(pid, p.workerProcess().orElseThrow().pid());
        assertTrue(Files.isRegularFile(dir.resolve("claim-c/result.xlsx")) && Files.isRegularFile(dir.resolve("claim-c/report.json")));
    }

    @Test
    void aFileThatExhaustsTheMemoryGetsTheNextFileAFreshWorker() throws Exception {
        ChildProcessor p = processor(64, ChildProcessor.IDLE_MILLIS);
        assertEquals(Status.Kind.OK, p.process(job("a")).kind(), "a small workbook fits in 64 MB");
        Path big = dir.resolve("big.xlsx");
        Drops.largeWorkbook(big, 40_000); // far more than 64 MB to open
        assertEquals(Status.Kind.MEMORY, p.process(job("big", Files.readAllBytes(big), Duration.ofSeconds(120))).kind());
        assertEquals(Status.Kind.OK, p.process(job("c")).kind());
        assertEquals(2, p.started(), "the worker that ran out of memory was not given another file");
    }

    @Test
    void aWorkerThatDiedBetweenFilesIsReplacedWithoutLosingTheFile() throws Exception {
        ChildProcessor p = processor(256, ChildProcessor.IDLE_MILLIS);
        assertEquals(Status.Kind.OK, p.process(job("a")).kind());
        ProcessHandle first = p.workerProcess().orElseThrow();
        first.destroyForcibly();
        first.onExit().get(30, TimeUnit.SECONDS);
        assertEquals(Status.Kind.OK, p.process(job("b")).kind());
        assertEquals(2, p.started());
    }

    @Test
    void theTimeLimitKillsTheWorkerAndTheNextFileGetsAFreshOne() throws Exception {
        ChildProcessor p = processor(256, ChildProcessor.IDLE_MILLIS);
        assertEquals(Status.Kind.TIMEOUT, p.process(job("slow", Drops.smallWorkbook(), Duration.ofMillis(50))).kind(),
                "no JVM starts and processes a workbook in 50 ms");
        assertTrue(p.workerProcess().isEmpty());
        assertEquals(Status.Kind.OK, p.process(job("b")).kind());
        assertEquals(2, p.started());
    }

    @Test
    void anIdleWorkerIsEndedAndCloseEndsOneInUse() throws Exception {
        ChildProcessor p = processor(256, 300);
        assertEquals(Status.Kind.OK, p.process(job("a")).kind());
        ProcessHandle worker = p.workerProcess().orElseThrow();
        worker.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(p.workerProcess().isEmpty(), "ended after 300 ms without a file");
        assertEquals(Status.Kind.OK, p.process(job("b")).kind(), "and a fresh one takes the next");

        ChildProcessor kept = processor(256, ChildProcessor.IDLE_MILLIS);
        assertEquals(Status.Kind.OK, kept.process(job("c")).kind());
        ProcessHandle inUse = kept.workerProcess().orElseThrow();
        kept.close();
        assertFalse(inUse.isAlive(), "close waits for the worker to exit");
        p.close();
    }

    @Test
    void aJobLineCarriesAnyFileNameAndTheRunOptions() {
        RunOptions run = new RunOptions("en", new VolumePriceOptions(VolumePriceOptions.Split.THREE, true));
        Job job = new Job(Path.of("/drop/.arbete/x/1/in/Budget 2025\tå ä ö\n(2).xlsx"), Path.of("/r.xlsx"), Path.of("/r.json"),
                Path.of("/s.properties"), "arkiv/Budget 2025\tå ä ö\n(2).xlsx", "klart/b.xlsx", run, Duration.ofSeconds(5));
        String line = job.toLine();
        assertFalse(line.contains("\n") || line.contains("\t"));
        assertEquals(new Job(job.input(), job.result(), job.report(), job.status(), job.inputLabel(), job.outputLabel(), run,
                Duration.ZERO), Job.fromLine(line));
    }
}
