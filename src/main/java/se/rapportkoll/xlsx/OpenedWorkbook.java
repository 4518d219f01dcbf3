package se.rapportkoll.xlsx;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.plan.PlanProjection;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.CellData;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.SheetGrid;
import se.rapportkoll.model.Fill;
import se.rapportkoll.xlsx.read.GridReader;
import se.rapportkoll.xlsx.read.InputProblem;
import se.rapportkoll.xlsx.read.Readable;
import se.rapportkoll.xlsx.read.SettingsSheet;
import se.rapportkoll.xlsx.read.WorkbookOpener;
import se.rapportkoll.xlsx.recalc.Recalculation;
import se.rapportkoll.xlsx.write.ToolSheets;
import se.rapportkoll.xlsx.write.output.WorkbookOutput;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A user's workbook as one run holds it, everything the pipeline asks of the file in its own
 * terms: the grids of the user's sheets, the settings sheet, fills put in and the formulas they
 * change, the tool's sheets written, the output saved. The only way orchestration reaches POI.
 */
public final class OpenedWorkbook implements AutoCloseable {

    private final XSSFWorkbook wb;
    private final byte[] bytes;
    private final String sha256;
    private final List<Readable.Conversion> conversions;
    private final boolean discard;

    private OpenedWorkbook(XSSFWorkbook wb, byte[] bytes, String sha256, List<Readable.Conversion> conversions,
                           boolean discard) {
        this.wb = wb;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.conversions = conversions;
        this.discard = discard;
    }

    /**
     * Opens the input to be checked only. Fills still go into the in-memory model (to locate again
     * as the output would be), which is discarded unsaved; a file that had to be converted to be
     * read is opened from its converted copy.
     */
    public static OpenedWorkbook forChecking(Path input) throws InputProblem {
        byte[] content = WorkbookOpener.readChecked(input);
        Readable.Result readable = WorkbookOpener.readable(content, input);
        XSSFWorkbook wb = readable.conversions().isEmpty() ? WorkbookOpener.openReadOnly(input)
                : WorkbookOpener.openForWriting(readable.bytes(), input);
        return new OpenedWorkbook(wb, readable.bytes(), WorkbookOpener.sha256(content), readable.conversions(), true);
    }

    /** Opens an in-memory copy of the input, to be written to another file: saving never touches the input. */
    public static OpenedWorkbook forWriting(Path input) throws InputProblem {
        byte[] content = WorkbookOpener.readChecked(input);
        Readable.Result readable = WorkbookOpener.readable(content, input);
        XSSFWorkbook wb = WorkbookOpener.openForWriting(readable.bytes(), input);
        return new OpenedWorkbook(wb, readable.bytes(), WorkbookOpener.sha256(content), readable.conversions(), false);
    }

    /** Lower-case hex SHA-256 of the file as it was read. */
    public String sha256() {
        return sha256;
    }

    /** How the file had to be opened (Strict, default password, ...); empty for an ordinary workbook. */
    public List<Readable.Conversion> conversions() {
        return conversions;
    }

    /** The user's sheets, in workbook order: neither the tool's sheets nor the controller's scenario settings. */
    public List<SheetGrid> userSheets() {
        return GridReader.read(wb, sheet -> !ToolSheets.isToolSheet(wb, sheet) && !SettingsSheet.isSettingsSheet(wb, sheet));
    }

    /** The controller's scenario-settings sheet, if the workbook has one. */
    public Optional<SheetGrid> settingsSheet() {
        return SettingsSheet.grid(wb);
    }

    /** The plan assumptions the controller entered on the plan-years sheet of an earlier run. */
    public List<PlanProjection.Assumption> planAssumptions() {
        return WorkbookOutput.planAssumptions(wb);
    }

    /**
     * Puts the fills into the workbook and returns, per sheet, the cells they change as Excel will
     * show them: the filled cells and the user's formulas over them, recalculated.
     */
    public Map<String, List<CellData>> fill(LocatedWorkbook asRead, List<Fill> fills) {
        WorkbookOutput.fill(wb, fills);
        return Recalculation.changedFormulas(wb, asRead, fills);
    }

    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        wb.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** Whether the sheet of that name is one of the tool's (replaced on the next run). */
    public boolean isToolSheet(String name) {
        return wb.getSheet(name) != null && ToolSheets.isToolSheet(wb, wb.getSheet(name));
    }

    /** Replaces the tool's sheets with these and records provenance (see {@link WorkbookOutput#apply}). */
    public void addToolSheets(WorkbookOutput.Content content, Messages messages, WorkbookOutput.Provenance provenance) {
        WorkbookOutput.apply(wb, content, messages, provenance);
    }

    /** Saves the output (see {@link WorkbookOutput#write}). */
    public void write(OutputStream out) throws IOException {
        WorkbookOutput.write(wb, bytes, out);
    }

    /** Releases the workbook without saving anything into the input. */
    @Override
    public void close() {
        if (discard) {
            WorkbookOpener.closeQuietly(wb);
        } else {
            try {
                wb.close();
            } catch (IOException ignored) {
                // an in-memory package: nothing is written on close
            }
        }
    }
}
