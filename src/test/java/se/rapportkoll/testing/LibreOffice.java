package se.rapportkoll.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** LibreOffice headless as a test tool: converts files the way another spreadsheet program writes them. */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** True when soffice is on the PATH. */
    public static boolean available() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Converts each file to the given filter ("ods", "xlsx:Calc MS Excel 2007 XML") into outDir,
     * with a private profile so that parallel runs do not block each other.
     */
    public static List<Path> convert(List<Path> files, String filter, Path outDir) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("lo-profile");
        List<String> command = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--calc", "--convert-to", filter, "--outdir", outDir.toString()));
        files.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + files);
        }
        String extension = filter.split(":")[0];
        List<Path> converted = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            if (!Files.isRegularFile(out)) {
                throw new IOException("LibreOffice wrote no " + out + " (exit " + process.exitValue() + ")");
            }
            converted.add(out);
        }
        return converted;
    }
}
