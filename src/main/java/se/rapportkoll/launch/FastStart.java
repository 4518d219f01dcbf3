package se.rapportkoll.launch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs {@code process} and {@code validate}, started from the jar, in a child JVM that starts
 * about twice as fast: one that maps the classes of POI, XMLBeans and jxls from a shared archive
 * ({@link StartupArchive}) instead of loading them, and compiles with the quick compiler only
 * ({@code -XX:TieredStopAtLevel=1}), which pays for a run of a few seconds (the slower code it
 * makes matters only for far longer runs). A jar cannot ask for JVM options, hence the second JVM;
 * it costs about 0.1 s. The first run after a new jar or Java writes the archive as it exits, so
 * that once its prompt comes back a few seconds later than its output.
 * <p>
 * The child shares this JVM's console (so the console's encoding and a Ctrl-C reach it as they
 * would this one) and gets this JVM's own options; it reports its exit code in a file, because
 * writing the archive can change the one its JVM ends with. Where anything stands in the way
 * (classes not from one jar, a JVM option that cannot be given twice, such as a debugger agent or
 * an archive of the user's own, {@code -Drapportkoll.relaunch=false}, a child that cannot be
 * started) the command runs in this JVM, as before.
 */
public final class FastStart {

    /** Set to {@code false} to run every command in the JVM it was started in. */
    public static final String SWITCH = "rapportkoll.relaunch";
    /** Set in the child: the file it writes its exit code to. */
    static final String EXIT_CODE_FILE = "rapportkoll.exitCodeFile";
    private static final Set<String> COMMANDS = Set.of("process", "validate");
    /** Options that either cannot be given to two JVMs at once or say the user has chosen the start-up themselves. */
    private static final List<String> OWN_START = List.of("-agentlib", "-agentpath", "-javaagent", "-Xrunjdwp", "-Xdebug",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-Xshare", "-XX:+AutoCreateSharedArchive", "-XX:Flags",
            "-XX:VMOptionsFile", "-XX:TieredStopAtLevel", "-Xint", "-Xcomp", "-XX:-TieredCompilation");

    private FastStart() {
    }

    /**
     * The command run in a child JVM and its exit code, or empty where it should run in this one
     * (not a {@code process} or {@code validate}, already the child, or something in the way).
     */
    public static OptionalInt run(String[] args) {
        if (System.getProperty(EXIT_CODE_FILE) != null || "false".equalsIgnoreCase(System.getProperty(SWITCH))
                || args.length == 0 || !COMMANDS.contains(args[0])) {
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
        Path exitCodeFile;
        try {
            exitCodeFile = Files.createTempFile("rapportkoll-exit-", ".txt");
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        List<String> archiveOptions = archive.options();
        List<String> command = childCommand(javaCommand(), jvmOptions, archive.classPath(), archiveOptions, exitCodeFile, args);
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            archive.childEnded(archiveOptions, false);
            deleteQuietly(exitCodeFile);
            return OptionalInt.empty();
        }
        // Stopped from outside (not by a Ctrl-C, which the child gets too): the child stops with it.
        Thread stopChild = new Thread(child::destroy, "rapportkoll-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int exitValue = waitUninterruptibly(child);
            OptionalInt reported = readExitCode(exitCodeFile);
            // The child ran its command to the end only if it wrote its code; a different JVM exit value means the archive failed.
            archive.childEnded(archiveOptions, reported.isPresent() && reported.getAsInt() == exitValue);
            return OptionalInt.of(reported.orElse(exitValue));
        } finally {
            deleteQuietly(exitCodeFile);
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
    }

    /** The child's command line: this JVM's options, the quick compiler, the archive's options, then the jar's main class with the same arguments. */
    static List<String> childCommand(String java, List<String> jvmOptions, String classPath, List<String> archiveOptions,
                                     Path exitCodeFile, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(archiveOptions);
        command.add("-D" + EXIT_CODE_FILE + "=" + exitCodeFile);
        command.addAll(List.of("-cp", classPath, "se.rapportkoll.Main"));
        command.addAll(List.of(args));
        return command;
    }

    /** In the child, just before it exits: the exit code for the parent. Does nothing in any other JVM. */
    public static void reportExitCode(int code) {
        String file = System.getProperty(EXIT_CODE_FILE);
        if (file != null) {
            try {
                Files.writeString(Path.of(file), Integer.toString(code), StandardCharsets.US_ASCII);
            } catch (IOException | RuntimeException ignored) {
                // the parent then takes the JVM's exit code, right unless the archive failed
            }
        }
    }

    static OptionalInt readExitCode(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return text.isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(text));
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a few bytes in the temporary folder
        }
    }
}
