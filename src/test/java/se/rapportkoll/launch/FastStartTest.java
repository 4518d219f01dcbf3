package se.rapportkoll.launch;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a command goes to a faster-starting child JVM, and with which command line. */
class FastStartTest {

    @Test
    void theUsersOwnJvmOptionsGoAlongUnlessTheyCannotBeGivenTwice() {
        assertTrue(FastStart.canRepeat(List.of()));
        assertTrue(FastStart.canRepeat(List.of("-Xmx2g", "-Duser.language=en", "-XX:+UseSerialGC", "-Djava.io.tmpdir=/x")));
        for (String own : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:x.jar",
                "-XX:SharedArchiveFile=a.jsa", "-Xshare:off", "-XX:TieredStopAtLevel=4", "-Xint", "-XX:-TieredCompilation")) {
            assertFalse(FastStart.canRepeat(List.of("-Xmx2g", own)), own + ": a debugger's port is taken, or the user chose the start-up");
        }
    }

    @Test
    void theChildRunsTheSameCommandFromTheJarWithTheQuickCompilerAndTheArchive() {
        List<String> command = FastStart.childCommand("/jdk/bin/java", List.of("-Xmx2g"), "/opt/rapportkoll.jar",
                List.of("-XX:SharedArchiveFile=/tmp/a.jsa", "-Xlog:cds*=off"), "se.rapportkoll.Main",
                new String[]{"process", "in.xlsx", "-o", "ut.xlsx", "--lang", "en"});
        assertEquals(List.of("/jdk/bin/java", "-Xmx2g", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=/tmp/a.jsa", "-Xlog:cds*=off",
                "-Drapportkoll.relaunch=false", "-cp", "/opt/rapportkoll.jar", "se.rapportkoll.Main",
                "process", "in.xlsx", "-o", "ut.xlsx", "--lang", "en"), command, "the child itself never starts another");
    }

    @Test
    void onlyProcessAndValidateFromTheJarGoToAChild() {
        // The tests run from class folders, which cannot be archived: every command stays here.
        assertEquals(OptionalInt.empty(), FastStart.run(new String[]{"process", "in.xlsx"}));
        assertEquals(OptionalInt.empty(), FastStart.run(new String[]{"watch", "folder"}));
        assertEquals(OptionalInt.empty(), FastStart.run(new String[]{}));
        assertEquals(OptionalInt.empty(), FastStart.run(new String[]{"--version"}));
    }
}
