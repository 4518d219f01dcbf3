package se.rapportkoll.corpus;

import se.rapportkoll.testing.LibreOffice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Which files LibreOffice opens: it converts them, a batch at a time, and those it wrote a copy of
 * opened. A batch that does not finish in time (one slow or hanging file holds up the rest) is
 * not a verdict on its files: each file of it LibreOffice had not converted yet is tried again on
 * its own, with a fresh profile, so that only the file that really hangs counts as not opened.
 */
final class LibreOfficeOpen {

    private static final int BATCH = 25;
    private static final long BATCH_SECONDS = 600;
    private static final long FILE_SECONDS = 180;

    private LibreOfficeOpen() {
    }

    /** The names of the files in {@code dir} LibreOffice opened (converted to .ods), or null without LibreOffice. */
    static Set<String> check(Path dir, Path converted) throws IOException, InterruptedException {
        return convert(dir, converted, "ods", null);
    }

    /**
     * The names of the files in {@code dir} LibreOffice converted to {@code format} ("ods", "xlsx")
     * into {@code converted}, or null without LibreOffice. With an {@code inputFilter} ("Calc MS
     * Excel 2007 XML") LibreOffice must read the files as that; without one it takes any filter
     * that will, down to importing the bytes as text, which is not opening a workbook.
     */
    static Set<String> convert(Path dir, Path converted, String format, String inputFilter) throws IOException, InterruptedException {
        if (!LibreOffice.available()) {
            return null;
        }
        Files.createDirectories(converted);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        Set<String> opened = new HashSet<>();
        for (int i = 0; i < files.size(); i += BATCH) {
            List<Path> batch = files.subList(i, Math.min(files.size(), i + BATCH));
            boolean finished = run(batch, converted, format, inputFilter, BATCH_SECONDS);
            for (Path f : batch) {
                if (isConverted(f, converted, format)) {
                    opened.add(f.getFileName().toString());
                } else if (!finished && run(List.of(f), converted, format, inputFilter, FILE_SECONDS) && isConverted(f, converted, format)) {
                    opened.add(f.getFileName().toString()); // held up by another file of the batch
                }
            }
        }
        return opened;
    }

    private static boolean isConverted(Path file, Path converted, String format) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(converted.resolve(name.substring(0, name.lastIndexOf('.')) + "." + format));
    }

    /** Converts the files with a profile of their own; false when LibreOffice did not finish in time (it is then ended). */
    private static boolean run(List<Path> files, Path converted, String format, String inputFilter, long seconds)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--calc", "--convert-to", format, "--outdir", converted.toString()));
        if (inputFilter != null) {
            command.add("--infilter=" + inputFilter);
        }
        files.forEach(f -> command.add(f.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor(seconds, TimeUnit.SECONDS)) {
            return true;
        }
        // soffice is a launcher: the office process it started must end too, or it keeps the profile and the CPU
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor();
        return false;
    }
}
