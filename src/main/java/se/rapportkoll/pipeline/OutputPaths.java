package se.rapportkoll.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Where a run's output and report go, and which paths it refuses: the same for every way the tool is used. */
public final class OutputPaths {

    private OutputPaths() {
    }

    /** NAME-rapportkoll.xlsx beside the input; an .xlsm stays .xlsm so its macros keep working. */
    public static Path defaultOutput(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : ".xlsx";
        Path dir = input.toAbsolutePath().getParent();
        return dir.resolve(base + "-rapportkoll" + ext);
    }

    /**
     * Refuses a report path that is the input or the output workbook: the report replaces whatever
     * file it is given, so it must never be one of those. {@code output} is null for validate.
     */
    public static void checkReport(Path input, Path output, Path report) throws OutputProblem, IOException {
        if (sameFile(input, report) || output != null && sameFile(output, report)) {
            throw new OutputProblem(OutputProblem.Reason.REPORT_CLASH, report);
        }
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b)
                || a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    static void checkOutput(Path input, Path output, boolean force) throws OutputProblem, IOException {
        if (sameFile(input, output)) {
            throw new OutputProblem(OutputProblem.Reason.SAME_AS_INPUT, output);
        }
        boolean macroInput = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsm");
        String outName = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!outName.endsWith(macroInput ? ".xlsm" : ".xlsx")) {
            throw new OutputProblem(OutputProblem.Reason.EXTENSION, output);
        }
        if (!force && Files.exists(output)) {
            throw new OutputProblem(OutputProblem.Reason.EXISTS, output);
        }
    }
}
