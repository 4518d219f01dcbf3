package se.rapportkoll.write;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.DeviationLine;
import se.rapportkoll.fill.Fill;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.validate.Finding;
import se.rapportkoll.volumeprice.VolumePriceAnalysis;

import java.util.List;

/**
 * Turns the user's workbook (an in-memory copy) into the output: fills empty derived cells,
 * replaces the tool's own sheets, records provenance, and asks Excel to recalculate on open.
 * Nothing else of the user's sheets is touched: no row or column is inserted or deleted.
 */
public final class WorkbookOutput {

    /** Provenance recorded in the output's document properties. */
    public record Provenance(String inputName, String inputSha256, String processedAt, String version) {
    }

    private WorkbookOutput() {
    }

    public static void apply(XSSFWorkbook wb, List<Fill> fills, List<Finding> findings, List<DeviationLine> lines,
                             Messages messages, Provenance provenance) {
        apply(wb, fills, findings, lines, VolumePriceAnalysis.Result.EMPTY, messages, provenance);
    }

    public static void apply(XSSFWorkbook wb, List<Fill> fills, List<Finding> findings, List<DeviationLine> lines,
                             VolumePriceAnalysis.Result volumePrice, Messages messages, Provenance provenance) {
        ToolSheets.removeOld(wb);
        for (Fill fill : fills) {
            applyFill(wb, fill);
        }
        Styles styles = new Styles(wb);
        FindingsSheet.write(wb, styles, messages, findings, provenance.inputName(), provenance.processedAt(), provenance.version());
        DeviationSheet.write(wb, styles, messages, lines);
        VolumePriceSheet.write(wb, styles, messages, volumePrice);
        record(wb, provenance);
        wb.setForceFormulaRecalculation(true);
    }

    private static void applyFill(XSSFWorkbook wb, Fill fill) {
        Sheet sheet = wb.getSheet(fill.sheet());
        Row row = sheet.getRow(fill.row()) == null ? sheet.createRow(fill.row()) : sheet.getRow(fill.row());
        Cell cell = row.getCell(fill.col());
        boolean styled = cell != null && cell.getCellStyle() != null && cell.getCellStyle().getIndex() != 0;
        if (cell == null) {
            cell = row.createCell(fill.col());
        }
        if (!styled) {
            Row sourceRow = sheet.getRow(fill.styleRow());
            Cell source = sourceRow == null ? null : sourceRow.getCell(fill.styleCol());
            if (source != null) {
                cell.setCellStyle(source.getCellStyle());
            }
        }
        cell.setCellFormula(fill.formula());
        cell.setCellValue(fill.value());
    }

    private static void record(XSSFWorkbook wb, Provenance p) {
        POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
        set(custom, "rapportkoll.version", p.version());
        set(custom, "rapportkoll.processedAt", p.processedAt());
        set(custom, "rapportkoll.inputSha256", p.inputSha256());
        set(custom, "rapportkoll.inputName", p.inputName());
    }

    private static void set(POIXMLProperties.CustomProperties custom, String name, String value) {
        if (custom.contains(name)) {
            custom.getProperty(name).setLpwstr(value);
        } else {
            custom.addProperty(name, value);
        }
    }
}
