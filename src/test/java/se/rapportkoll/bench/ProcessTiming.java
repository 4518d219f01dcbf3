package se.rapportkoll.bench;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints how long {@code process} takes on a workbook inside one JVM: the first run (class
 * loading included, what a double-click pays after JVM start-up) and the median of the runs after.
 * Not a unit test: figures on shared machines are noisy, so they are printed, never asserted.
 * <pre>mvn -q test-compile exec:java -Dexec.mainClass=se.rapportkoll.bench.ProcessTiming -Dexec.classpathScope=test</pre>
 */
public final class ProcessTiming {

    private ProcessTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "samples/delarsrapport-aug-2025.xlsx");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Path dir = Files.createTempDirectory("rapportkoll-timing");
        Pipeline pipeline = new Pipeline(Messages.swedish());
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            Path out = dir.resolve("out-" + i + ".xlsx");
            long start = System.nanoTime();
            pipeline.process(input, out, false);
            millis.add((System.nanoTime() - start) / 1e6);
            Files.delete(out);
        }
        double first = millis.remove(0);
        Collections.sort(millis);
        double median = millis.get(millis.size() / 2);
        System.out.printf(Locale.ROOT, "%s: first run %.0f ms; next %d runs median %.1f ms (min %.1f, max %.1f); %s, %d cores%n",
                input.getFileName(), first, millis.size(), median, millis.get(0), millis.get(millis.size() - 1),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Files.delete(dir);
    }
}
