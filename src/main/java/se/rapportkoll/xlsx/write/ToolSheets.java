package se.rapportkoll.xlsx.write;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;

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
        return isLabelled(workbook, sheet, MARKER);
    }

    public static void mark(Workbook workbook, Sheet sheet) {
        label(workbook, sheet, MARKER, "Bladet skapas av rapportkoll och skrivs om vid nästa körning.");
    }

    /**
     * Gives {@code sheet} a sheet-scoped name {@code marker}: the one way the tool recognises its
     * sheets (the replaced ones by {@link #MARKER}, the controller's settings and the plan years'
     * input cells by their own), whatever the sheet is called now.
     */
    public static void label(Workbook workbook, Sheet sheet, String marker, String comment) {
        Name name = workbook.createName();
        name.setNameName(marker);
        name.setSheetIndex(workbook.getSheetIndex(sheet));
        name.setRefersToFormula("\"rapportkoll\"");
        if (comment != null) {
            name.setComment(comment);
        }
    }

    public static boolean isLabelled(Workbook workbook, Sheet sheet, String marker) {
        int index = workbook.getSheetIndex(sheet);
        for (Name name : workbook.getAllNames()) {
            if (marker.equalsIgnoreCase(name.getNameName()) && name.getSheetIndex() == index) {
                return true;
            }
        }
        return false;
    }

    /** The sheets labelled {@code marker}, in the workbook's order. */
    public static List<Sheet> labelled(Workbook workbook, String marker) {
        List<Sheet> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (isLabelled(workbook, sheet, marker)) {
                sheets.add(sheet);
            }
        }
        return sheets;
    }

    /**
     * Removes the tool's sheets from an earlier run, so that running again replaces them, with every
     * part they brought (drawings, charts, their relationships) that nothing else of the workbook uses.
     */
    public static void removeOld(XSSFWorkbook workbook) {
        List<Sheet> old = new ArrayList<>();
        Set<PackagePart> brought = new HashSet<>();
        for (Sheet sheet : workbook) {
            if (isToolSheet(workbook, sheet)) {
                old.add(sheet);
                reach(workbook.getPackage(), ((XSSFSheet) sheet).getPackagePart(), brought);
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
        if (!old.isEmpty()) {
            removeUnreached(workbook.getPackage(), brought);
        }
    }

    /**
     * POI takes a removed sheet's relationships away, but its drawing's charts and the parts'
     * relationship parts stay in the package, and a new part of the same name would inherit them.
     */
    private static void removeUnreached(OPCPackage pkg, Set<PackagePart> brought) {
        Set<PackagePart> used = new HashSet<>();
        for (PackageRelationship rel : pkg.getRelationships()) {
            PackagePart target = target(pkg, rel);
            if (target != null) {
                reach(pkg, target, used);
            }
        }
        for (PackagePart part : brought) {
            if (!used.contains(part)) {
                PackagePartName name = part.getPartName();
                PackagePartName rels = PackagingURIHelper.getRelationshipPartName(name);
                if (pkg.getPart(rels) != null) {
                    pkg.removePart(rels);
                }
                if (pkg.getPart(name) != null) {
                    pkg.removePart(name);
                }
            }
        }
    }

    /** Adds {@code part} and every part its internal relationships lead to. */
    private static void reach(OPCPackage pkg, PackagePart part, Set<PackagePart> seen) {
        if (!seen.add(part)) {
            return;
        }
        try {
            for (PackageRelationship rel : part.getRelationships()) {
                PackagePart target = target(pkg, rel);
                if (target != null) {
                    reach(pkg, target, seen);
                }
            }
        } catch (InvalidFormatException e) {
            // a part whose relationships cannot be read leads nowhere we could follow
        }
    }

    private static PackagePart target(OPCPackage pkg, PackageRelationship rel) {
        if (rel.getTargetMode() == TargetMode.EXTERNAL) {
            return null;
        }
        try {
            URI uri = PackagingURIHelper.resolvePartUri(rel.getSourceURI(), rel.getTargetURI());
            return pkg.getPart(PackagingURIHelper.createPartName(uri));
        } catch (InvalidFormatException | IllegalArgumentException e) {
            return null;
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
