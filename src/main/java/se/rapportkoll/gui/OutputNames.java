package se.rapportkoll.gui;

import se.rapportkoll.pipeline.OutputPaths;

import java.nio.file.Files;
import java.nio.file.Path;

/** Picks an output name that is not taken, so the window never overwrites anything. */
public final class OutputNames {

    private OutputNames() {
    }

    /**
     * NAME-rapportkoll.xlsx in {@code folder} (beside the input when null), or the first of
     * NAME-rapportkoll (2).xlsx, (3), ... that does not exist yet.
     */
    public static Path free(Path input, Path folder) {
        Path preferred = OutputPaths.defaultOutput(input);
        if (folder != null) {
            preferred = folder.resolve(preferred.getFileName().toString());
        }
        if (!Files.exists(preferred)) {
            return preferred;
        }
        String name = preferred.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = name.substring(0, dot);
        String ext = name.substring(dot);
        for (int n = 2; ; n++) {
            Path candidate = preferred.resolveSibling(base + " (" + n + ")" + ext);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
