package se.rapportkoll.gui;

import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * One dropped file as the window shows it.
 *
 * @param id       its position in the window's list, from 0
 * @param output   the workbook written (DONE), or the one being written (RUNNING); else null
 * @param findings ordered by severity, then as the pipeline listed them; empty unless DONE
 * @param sheets   the sheets the tool added to the output, in its order; empty unless DONE
 * @param problem  why it failed (FAILED), in the user's language; else null
 */
public record FileState(int id, Path input, FileStatus status, Path output, List<Finding> findings, List<String> sheets,
                        String problem) {

    public FileState {
        findings = List.copyOf(findings);
        sheets = List.copyOf(sheets);
    }

    static FileState queued(int id, Path input) {
        return new FileState(id, input, FileStatus.QUEUED, null, List.of(), List.of(), null);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    FileState with(FileStatus newStatus, Path newOutput, List<Finding> newFindings, List<String> newSheets, String newProblem) {
        return new FileState(id, input, newStatus, newOutput, newFindings, newSheets, newProblem);
    }

    FileState withStatus(FileStatus newStatus) {
        return with(newStatus, null, List.of(), List.of(), null);
    }
}
