package se.rapportkoll.validate;

import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.FormulaReferences;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.model.Finding;
import se.rapportkoll.model.Rules;
import se.rapportkoll.model.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Error values (#REF!, #DIV/0!, ...) and what depends on them. An error is never 0 in a check: a
 * total or deviation over one is not checked. Each error is reported once, at its cause: a formula
 * whose error only comes from another error cell is a consequence, and the cause's finding names
 * the consequences (those cells and the checks not made) instead of each getting its own.
 */
final class ErrorCauses {

    private static final Pattern ERROR_LITERAL = Pattern.compile("#(?:REF!|DIV/0!|N/A|NAME\\?|NULL!|NUM!|VALUE!)", Pattern.CASE_INSENSITIVE);

    private record Key(String sheet, int row, int col) {
    }

    private final Map<Key, CellData> errors = new LinkedHashMap<>();
    private final Map<Key, Set<Key>> roots = new LinkedHashMap<>();
    private final Map<Key, LinkedHashSet<String>> consequences = new LinkedHashMap<>();

    ErrorCauses(LocatedWorkbook workbook) {
        for (SheetGrid grid : workbook.sheets()) {
            for (int r = 0; r < grid.rowCount(); r++) {
                for (int c = 0; c < grid.rowWidth(r); c++) {
                    CellData cell = grid.get(r, c);
                    if (cell.type() == CellData.Type.ERROR) {
                        errors.put(new Key(grid.sheetName(), r, c), cell);
                    }
                }
            }
        }
        for (Key key : errors.keySet()) {
            Set<Key> causes = roots(key, new HashSet<>());
            if (!causes.equals(Set.of(key))) {
                causes.forEach(cause -> consequence(cause, key.sheet(), errors.get(key).address()));
            }
        }
    }

    /** The error cells an error's value comes from: itself when its own formula (or value) is the cause. */
    private Set<Key> roots(Key key, Set<Key> visiting) {
        Set<Key> known = roots.get(key);
        if (known != null) {
            return known;
        }
        CellData cell = errors.get(key);
        Set<Key> found = new LinkedHashSet<>();
        if (cell.isFormula() && !ERROR_LITERAL.matcher(cell.formula()).find() && visiting.add(key)) {
            Optional<FormulaReferences> refs = FormulaReferences.of(cell.formula(), key.sheet());
            if (refs.isPresent()) {
                for (Key other : errors.keySet()) {
                    if (!other.equals(key) && refs.get().refersTo(other.sheet(), other.row(), other.col())) {
                        found.addAll(roots(other, visiting));
                    }
                }
            }
        }
        if (found.isEmpty()) {
            found.add(key);
        }
        roots.put(key, found);
        return found;
    }

    /** A check at {@code address} that is not made because some of its figures ({@code cellsSheet}) are errors. */
    void unchecked(String cellsSheet, List<CellData> errorCells, String sheet, String address) {
        for (CellData e : errorCells) {
            Key key = new Key(cellsSheet, e.row(), e.col());
            if (!errors.containsKey(key)) {
                continue;
            }
            for (Key cause : roots(key, new HashSet<>())) {
                if (!(cause.sheet().equals(sheet) && errors.get(cause).address().equals(address))) {
                    consequence(cause, sheet, address);
                }
            }
        }
    }

    private void consequence(Key cause, String sheet, String address) {
        String shown = sheet.equals(cause.sheet()) ? address : sheet + "!" + address;
        consequences.computeIfAbsent(cause, k -> new LinkedHashSet<>()).add(shown);
    }

    /** One finding per cause, naming what depends on it. */
    List<Finding> findings(Messages messages) {
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<Key, CellData> e : errors.entrySet()) {
            Key key = e.getKey();
            if (!roots.get(key).equals(Set.of(key))) {
                continue; // a consequence: named in its cause's finding
            }
            CellData cell = e.getValue();
            String text = cell.isFormula() ? "finding.formulaError" : "finding.errorValue";
            Object[] args = cell.isFormula() ? new Object[] {cell.address(), cell.formula(), cell.errorCode()}
                    : new Object[] {cell.address(), cell.errorCode()};
            Finding finding = new Finding(Severity.ERROR, Rules.FORMULA_ERROR, key.sheet(), cell.address(),
                    messages.get(text, args), messages.detail(text, args), null, null, null);
            Set<String> depending = consequences.getOrDefault(key, new LinkedHashSet<>());
            if (!depending.isEmpty()) {
                finding = finding.withDetail(messages.get("finding.errorConsequences", String.join(", ", depending)));
            }
            findings.add(finding);
        }
        return findings;
    }
}
