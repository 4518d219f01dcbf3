package se.rapportkoll.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.xlsx.read.InputProblem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One classification of what a run throws, as the command line, the drop folder and the window see it. */
class FailureTest {

    @TempDir
    Path dir;

    private final Messages sv = Messages.swedish();
    private final Path input = Path.of("budget.xlsm");
    private final Path output = Path.of("ut.xlsm");

    @Test
    void anUnreadableInputIsTheFilesFaultWithTheReadersMessageInTheChosenLanguage() throws IOException {
        Path text = Files.writeString(dir.resolve("budget.xlsx"), "inte en arbetsbok");
        InputProblem problem = assertThrowsInput(text);
        Failure sv = Failure.of(problem, this.sv, text, output);
        Failure en = Failure.of(problem, Messages.forLanguage("en"), text, output);
        assertAll(
                () -> assertEquals(Failure.Kind.INPUT, sv.kind()),
                () -> assertEquals(ExitCode.INPUT, sv.exitCode()),
                () -> assertEquals(problem.message(), sv.message()),
                () -> assertEquals(problem.message(java.util.Locale.ENGLISH), en.message()),
                () -> assertFalse(sv.kind().inTool()));
    }

    private InputProblem assertThrowsInput(Path file) {
        try {
            new Pipeline(RunOptions.swedish()).validate(file);
        } catch (InputProblem e) {
            return e;
        }
        throw new AssertionError("a text file read as a workbook");
    }

    @Test
    void anOutputThatCannotBeWrittenAsAskedIsAUsageErrorNamingTheInputsExtension() {
        Failure f = Failure.of(new OutputProblem(OutputProblem.Reason.EXTENSION, output), sv, input, output);
        assertAll(
                () -> assertEquals(Failure.Kind.OUTPUT, f.kind()),
                () -> assertEquals(ExitCode.USAGE, f.exitCode()),
                () -> assertTrue(f.message().contains(".xlsm") && f.message().contains("-o"), f.message()));
    }

    @Test
    void anIoErrorIsAboutWhatIsWritten() {
        Failure f = Failure.of(new IOException("Åtkomst nekad"), sv, input, output);
        assertAll(
                () -> assertEquals(Failure.Kind.WRITE, f.kind()),
                () -> assertEquals(ExitCode.USAGE, f.exitCode()),
                () -> assertTrue(f.message().startsWith("Kunde inte skriva ut.xlsm: Åtkomst nekad."), f.message()));
    }

    @Test
    void memoryAndFaultsInTheToolAreInternalWithTheirClassAsDetail() {
        Failure memory = Failure.of(new OutOfMemoryError("Java heap space"), sv, input, output);
        Failure bug = Failure.of(new IllegalStateException("x"), sv, input, output);
        assertAll(
                () -> assertEquals(Failure.Kind.MEMORY, memory.kind()),
                () -> assertEquals("OutOfMemoryError", memory.detail()),
                () -> assertEquals(Failure.Kind.INTERNAL, bug.kind()),
                () -> assertEquals(ExitCode.INTERNAL, bug.exitCode()),
                () -> assertTrue(bug.kind().inTool() && memory.kind().inTool()),
                () -> assertTrue(bug.message().contains("IllegalStateException") && bug.message().contains("--debug"), bug.message()));
    }
}
