package se.rapportkoll.write;

import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.List;

/**
 * The sheets rapportkoll owns carry a sheet-scoped defined name as their marker, so they are
 * recognised after a rename and a user's own sheet called "Validering" is never taken for one.
 */
public final class ToolSheets {

    static final String MARKER = "rapportkoll_blad";

    private ToolSheets() {
    }

    public static boolean isToolSheet(Workbook workbook, Sheet sheet) {
        int index = workbook.getSheetIndex(sheet);
        for (Name name : workbook.getAllNames()) {
            if (MARKER.equalsIgnoreCase(name.getNameName()) && name.getSheetIndex() == index) {
                return true;
            }
        }
        return false;
    }

    public static void mark(Workbook workbook, Sheet sheet) {
        Name name = workbook.createName();
        name.setNameName(MARKER);
        name.setSheetIndex(workbook.getSheetIndex(sheet));
        name.setRefersToFormula("\"rapportkoll\"");
        name.setComment("Bladet skapas av rapportkoll och skrivs om vid nästa körning.");
    }

    /** Removes the tool's sheets from an earlier run, so that running again replaces them. */
    static void removeOld(Workbook workbook) {
        List<Sheet> old = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (isToolSheet(workbook, sheet)) {
                old.add(sheet);
            }
        }
        for (Sheet sheet : old) {
            int index = workbook.getSheetIndex(sheet);
            for (Name name : new ArrayList<>(workbook.getAllNames())) {
                if (name.getSheetIndex() == index) {
                    workbook.removeName(name);
                }
            }
            workbook.removeSheetAt(index);
        }
    }

    /** The wanted name, or a variant when a user sheet already has it. */
    public static String freeName(Workbook workbook, String wanted) {
        if (workbook.getSheet(wanted) == null) {
            return wanted;
        }
        for (int i = 2; ; i++) {
            String candidate = wanted + " (rapportkoll" + (i == 2 ? "" : " " + i) + ")";
            if (candidate.length() > 31) {
                candidate = wanted.substring(0, Math.min(wanted.length(), 20)) + " rk" + i;
            }
            if (workbook.getSheet(candidate) == null) {
                return candidate;
            }
        }
    }
}
