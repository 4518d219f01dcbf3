package se.rapportkoll.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code process} and {@code validate}, started from the jar, in a child JVM that starts
 * about twice as fast: one that maps the classes of POI, XMLBeans and jxls from a shared archive
 * ({@link StartupArchive}) instead of loading them, and compiles with the quick compiler only
 * ({@code -XX:TieredStopAtLevel=1}), which pays for a run of a few seconds (the slower code it
 * makes matters only for far longer runs). A jar cannot ask for JVM options, hence the second JVM;
 * it costs about 0.1 s.
 * <p>
 * The child shares this JVM's console (so the console's encoding and a Ctrl-C reach it as they
 * would this one), gets this JVM's own options, and its exit code is the command's. When there is
 * no archive yet, the command's child runs without one, and afterwards a third JVM writes it,
 * processing the packaged sample ({@link SampleRun}) with its output discarded: the JVM reports a
 * failed archive write on the console and in its exit code, neither of which may reach the user.
 * That first run's prompt comes back a few seconds after its output. Where anything stands in the
 * way (classes not from one jar, a JVM option that cannot be given twice, such as a debugger agent
 * or an archive of the user's own, {@code -Drapportkoll.relaunch=false}, a child that cannot be
 * started) the command runs in this JVM, as before.
 */
public final class FastStart {

    /** Set to {@code false} to run every command in the JVM it was started in (the child is started so). */
    public static final String SWITCH = "rapportkoll.relaunch";
    private static final Set<String> COMMANDS = Set.of("process", "validate");
    /** Options that either cannot be given to two JVMs at once or say the user has chosen the start-up themselves. */
    private static final List<String> OWN_START = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare", "-XX:+AutoCreateSharedArchive", "-XX:Flags",
            "-XX:VMOptionsFile", "-XX:TieredStopAtLevel", "-Xint", "-Xcomp", "-XX:-TieredCompilation");
    private static final long TRAINING_SECONDS = 120;

    private FastStart() {
    }

    /**
     * The command run in a child JVM and its exit code, or empty where it should run in this one
     * (not a {@code process} or {@code validate}, already the child, or something in the way).
     */
    public static OptionalInt run(String[] args) {
        if ("false".equalsIgnoreCase(System.getProperty(SWITCH)) || args.length == 0 || !COMMANDS.contains(args[0])) {
            return OptionalInt.empty();
        }
        StartupArchive archive = StartupArchive.forClassPath(System.getProperty("java.class.path"), StartupArchive.defaultFolder());
        if (archive == null) {
            return OptionalInt.empty();
        }
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        return canRepeat(jvmOptions) ? runChild(archive, jvmOptions, args) : OptionalInt.empty();
    }

    /** False when one of this JVM's options says to run here. */
    static boolean canRepeat(List<String> jvmOptions) {
        return jvmOptions.stream().noneMatch(option -> OWN_START.stream().anyMatch(option::startsWith));
    }

    private static OptionalInt runChild(StartupArchive archive, List<String> jvmOptions, String[] args) {
        List<String> archiveOptions = archive.options();
        boolean training = StartupArchive.writes(archiveOptions);
        List<String> command = childCommand(javaCommand(), jvmOptions, archive.classPath(), training ? List.of() : archiveOptions,
                "se.rapportkoll.Main", args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            if (training) {
                archive.childEnded(archiveOptions, false);
            }
            return OptionalInt.empty();
        }
        int exitCode = waitStoppingWithThisJvm(child);
        if (training) {
            train(archive, jvmOptions, archiveOptions);
        }
        return OptionalInt.of(exitCode);
    }

    /** The JVM that writes the archive: the packaged sample, nothing on the console; noted as failed unless it ended well. */
    private static void train(StartupArchive archive, List<String> jvmOptions, List<String> archiveOptions) {
        List<String> command = childCommand(javaCommand(), jvmOptions, archive.classPath(), archiveOptions,
                SampleRun.class.getName(), new String[0]);
        boolean completed = false;
        try {
            Process trainer = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (trainer.waitFor(TRAINING_SECONDS, TimeUnit.SECONDS)) {
                completed = trainer.exitValue() == 0;
            } else {
                trainer.destroyForcibly().waitFor();
            }
        } catch (IOException e) {
            // no archive this time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        archive.childEnded(archiveOptions, completed);
        if (!completed) {
            archive.trainingFailed();
        }
    }

    /** A child's command line: this JVM's options, the quick compiler, the archive's options, then {@code mainClass} from the jar. */
    static List<String> childCommand(String java, List<String> jvmOptions, String classPath, List<String> archiveOptions,
                                     String mainClass, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(archiveOptions);
        command.add("-D" + SWITCH + "=false");
        command.addAll(List.of("-cp", classPath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    /** The child's exit code; stopped from outside (not by a Ctrl-C, which the child gets too), the child stops with this JVM. */
    private static int waitStoppingWithThisJvm(Process child) {
        Thread stopChild = new Thread(child::destroy, "rapportkoll-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return waitUninterruptibly(child);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int waitUninterruptibly(Process child) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return child.waitFor();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
