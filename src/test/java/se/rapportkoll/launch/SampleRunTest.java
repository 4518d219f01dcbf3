package se.rapportkoll.launch;

import org.junit.jupiter.api.Test;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The packaged sample run (the window's warm-up, the archive's training) processes for real and leaves nothing behind. */
class SampleRunTest {

    @Test
    void processesThePackagedSampleInAFolderItRemoves() throws Exception {
        Pipeline.Result result = SampleRun.run();
        assertEquals(4, result.located().tables().size(), "the August sample's four tables, so every stage ran");
        assertEquals(3, result.count(se.rapportkoll.model.Severity.ERROR));
        assertFalse(Files.exists(result.input().getParent()), "its temporary folder is gone: " + result.input().getParent());
    }
}
