package se.rapportkoll.xlsx.read;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import se.rapportkoll.analyse.forecast.ScenarioSettings;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.xlsx.write.ToolSheets;

import java.util.Optional;

/**
 * The controller's scenario-settings sheet: found by a defined name of its own, not the tool-sheet
 * marker, so re-processing never replaces it; read by {@link ScenarioSettings#read} from its grid.
 */
public final class SettingsSheet {

    /** The defined name that marks the sheet. */
    public static final String MARKER = "rapportkoll_scenarioinstallningar";

    private SettingsSheet() {
    }

    public static boolean isSettingsSheet(Workbook workbook, Sheet sheet) {
        return ToolSheets.isLabelled(workbook, sheet, MARKER);
    }

    public static Optional<Sheet> find(Workbook workbook) {
        return ToolSheets.labelled(workbook, MARKER).stream().findFirst();
    }

    /** The settings sheet's cells as they are cached (nothing evaluated), if the workbook has one. */
    public static Optional<SheetGrid> grid(Workbook workbook) {
        return find(workbook).map(SettingsSheet::grid);
    }

    public static ScenarioSettings read(Sheet sheet) {
        return ScenarioSettings.read(grid(sheet));
    }

    private static SheetGrid grid(Sheet sheet) {
        return GridReader.read(sheet, sheet.getWorkbook().getSheetIndex(sheet));
    }
}
