package se.rapportkoll.watch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Failure;
import se.rapportkoll.pipeline.OutputProblem;
import se.rapportkoll.pipeline.RunOptions;
import se.rapportkoll.analyse.volumeprice.VolumePriceOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The worker's part: the job's run options reach the pipeline, and failures become the drop folder's outcomes. */
class WorkerTest {

    @TempDir
    Path dir;

    private Job job(Path input, RunOptions run) {
        return new Job(input, dir.resolve("result.xlsx"), dir.resolve("report.json"), dir.resolve("status.properties"),
                "arkiv/x.xlsx", "klart/x-rapportkoll.xlsx", run, Duration.ofSeconds(60));
    }

    @Test
    void theJobsSplitAndMixReachTheVolumePriceAnalysis() throws IOException {
        Path august = Path.of("samples", "delarsrapport-aug-2025.xlsx");
        Status two = Worker.perform(job(august, RunOptions.swedish()));
        String twoWay = Files.readString(dir.resolve("report.json"));
        Status three = Worker.perform(job(august,
                new RunOptions("sv", new VolumePriceOptions(VolumePriceOptions.Split.THREE, true))));
        String threeWay = Files.readString(dir.resolve("report.json"));
        assertAll(
                () -> assertEquals(Status.Kind.OK, two.kind()),
                () -> assertEquals(Status.Kind.OK, three.kind()),
                () -> assertFalse(twoWay.contains("\"interactionTkr\"") || twoWay.contains("\"mixTkr\""), "two-way by default"),
                () -> assertTrue(threeWay.contains("\"interactionTkr\"") && threeWay.contains("\"mixTkr\""), "three-way with mix"));
    }

    @Test
    void anUnusableInputSaysWhyInTheJobsLanguage() throws IOException {
        Path text = Files.writeString(dir.resolve("x.xlsx"), "inte en arbetsbok");
        Status sv = Worker.perform(job(text, RunOptions.swedish()));
        Status en = Worker.perform(job(text, RunOptions.of("en")));
        assertAll(
                () -> assertEquals(Status.Kind.INPUT, sv.kind()),
                () -> assertTrue(sv.message().contains("x.xlsx"), sv.message()),
                () -> assertFalse(sv.message().equals(en.message()), "English on request: " + en.message()));
    }

    @Test
    void everyOtherFailureIsTheToolsWithAShortDetail() {
        Messages m = Messages.swedish();
        Path in = Path.of("x.xlsx");
        assertAll(
                () -> assertEquals(Status.failed(Status.Kind.MEMORY, "OutOfMemoryError"),
                        Worker.status(Failure.of(new OutOfMemoryError(), m, in, in))),
                () -> assertEquals(Status.failed(Status.Kind.INTERNAL, "IOException"),
                        Worker.status(Failure.of(new IOException("disk full"), m, in, in))),
                () -> assertEquals(Status.failed(Status.Kind.INTERNAL, "OutputProblem"),
                        Worker.status(Failure.of(new OutputProblem(OutputProblem.Reason.EXISTS, in), m, in, in))),
                () -> assertEquals(Status.failed(Status.Kind.INTERNAL, "NullPointerException"),
                        Worker.status(Failure.of(new NullPointerException(), m, in, in))));
    }
}
