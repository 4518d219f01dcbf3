package se.rapportkoll.gui;

import org.junit.jupiter.api.Test;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.file.Files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The window's warm-up processes the packaged sample for real and leaves nothing behind. */
class WarmUpTest {

    @Test
    void processesThePackagedSampleInAFolderItRemoves() throws Exception {
        Pipeline.Result result = WarmUp.run();
        assertEquals(4, result.located().tables().size(), "the August sample's four tables, so every stage ran");
        assertEquals(4, result.count(se.rapportkoll.validate.Severity.ERROR));
        assertFalse(Files.exists(result.input().getParent()), "its temporary folder is gone: " + result.input().getParent());
    }
}
