package se.rapportkoll.xlsx.write.output;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPivotCacheDefinition;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCalcPr;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCols;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import se.rapportkoll.analyse.deviation.DeviationLine;
import se.rapportkoll.xlsx.write.sheets.ForecastSheet;
import se.rapportkoll.xlsx.write.sheets.ScenarioSettingsSheet;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.analyse.plan.PlanProjection;
import se.rapportkoll.prose.TextDraft;
import se.rapportkoll.model.Fill;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.model.Finding;
import se.rapportkoll.analyse.volumeprice.VolumePriceAnalysis;
import se.rapportkoll.xlsx.write.StyleCopier;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.ToolSheets;
import se.rapportkoll.xlsx.write.sheets.DeviationSheet;
import se.rapportkoll.xlsx.write.sheets.FindingsSheet;
import se.rapportkoll.xlsx.write.sheets.PlanYearsSheet;
import se.rapportkoll.xlsx.write.sheets.TextDraftSheet;
import se.rapportkoll.xlsx.write.sheets.VolumePriceSheet;
import se.rapportkoll.xlsx.write.template.TemplateSheets;

import java.util.List;

/**
 * Turns the user's workbook (an in-memory copy) into the output: fills empty derived cells,
 * replaces the tool's own sheets, records provenance, and asks Excel to recalculate on open
 * (formulas, and pivot tables through their caches' refreshOnLoad).
 * Nothing else of the user's sheets is touched: no row or column is inserted or deleted.
 */
public final class WorkbookOutput {

    /** Provenance recorded in the output's document properties. */
    public record Provenance(String inputName, String inputSha256, String processedAt, String version) {
    }

    private WorkbookOutput() {
    }

    /**
     * Writes the planned formulas, with their values cached, into the empty cells. Done before
     * validating, so that the findings describe the workbook as written, filled cells included.
     */
    public static void fill(XSSFWorkbook wb, List<Fill> fills) {
        for (Fill fill : fills) {
            applyFill(wb, fill);
        }
    }

    /**
     * What the tool's sheets show. {@code forecast} is null where there is nothing to forecast; the
     * other sheets are left out where their content is empty.
     */
    public record Content(List<Finding> findings, List<DeviationLine> lines, VolumePriceAnalysis.Result volumePrice,
                          Forecasting.Outcome forecast, PlanProjection.Result planYears, TextDraft.Sheet draft) {
    }

    /**
     * Replaces the tool's sheets, in their one order, and records provenance; {@link #fill} has been
     * applied already. The templated sheets come from the packaged templates, or from those in the
     * folder named by the system property {@value TemplateSheets#OVERRIDE_PROPERTY}; the sheets built
     * in code share one set of {@link Styles}, put into the workbook only when one of them is written.
     */
    public static void apply(XSSFWorkbook wb, Content content, Messages messages, Provenance provenance) {
        boolean codeSheets = content.forecast() != null || !content.volumePrice().sections().isEmpty()
                || !content.planYears().lines().isEmpty() || !content.draft().isEmpty();
        Styles styles = codeSheets ? Styles.in(wb) : null;
        String settingsName = content.forecast() == null ? null // the controller's sheet, before the tool's
                : ScenarioSettingsSheet.ensure(wb, styles, messages, content.forecast());
        TemplateSheets templates = TemplateSheets.fromSystemProperty();
        ToolSheets.removeOld(wb);
        StyleCopier copier = new StyleCopier(wb);
        FindingsSheet.write(wb, templates, copier, messages, content.findings(), provenance.inputName(),
                provenance.processedAt(), provenance.version());
        DeviationSheet.write(wb, templates, copier, messages, content.lines());
        VolumePriceSheet.write(wb, styles, messages, content.volumePrice());
        if (content.forecast() != null) {
            ForecastSheet.write(wb, styles, messages, content.forecast(), settingsName);
        }
        PlanYearsSheet.write(wb, styles, messages, content.planYears());
        TextDraftSheet.write(wb, styles, messages, content.draft());
        record(wb, provenance);
        recalculateOnOpen(wb);
        refreshPivotTablesOnOpen(wb);
    }

    /**
     * Saves the output: POI's package, with the user's external link targets that POI cannot keep
     * put back as they were, and its tables as they were ({@link RestoredParts}). {@code input} is the user's file as read.
     */
    public static void write(XSSFWorkbook wb, byte[] input, java.io.OutputStream out) throws java.io.IOException {
        dropRgbReadFromTheme(wb);
        keepUnstyledCellsUnstyled(wb);
        dropSecondRelationshipToOnePart(wb);
        RestoredParts.write(wb, input, out);
    }

    /** The relationship types POI adds to the workbook itself when it does not find their part. */
    private static final java.util.Set<String> CREATED_WHEN_MISSING = java.util.Set.of(
            org.apache.poi.xssf.usermodel.XSSFRelation.SHARED_STRINGS.getRelation(),
            org.apache.poi.xssf.usermodel.XSSFRelation.STYLES.getRelation());

    /**
     * POI adds a shared-strings (or styles) part when it finds none, with a relationship of its own,
     * under the first free name: {@code xl/sharedStrings.xml}. A workbook whose relationship names
     * that part although the part is missing (openxlsx writes such files) would so get two
     * relationships of one type to one part, which Excel's rules forbid. The user's relationship
     * is kept (it now resolves) and POI's second one is left out; both are found by type, no XML
     * refers to either by its id.
     */
    static void dropSecondRelationshipToOnePart(XSSFWorkbook wb) {
        org.apache.poi.openxml4j.opc.PackagePart part = wb.getPackagePart();
        // the ids of the relationships POI made or read for its parts; the user's dangling one is not among them
        java.util.Set<String> poi = new java.util.HashSet<>();
        for (POIXMLDocumentPart.RelationPart rp : wb.getRelationParts()) {
            poi.add(rp.getRelationship().getId());
        }
        java.util.Map<String, List<String>> byTarget = new java.util.LinkedHashMap<>();
        try {
            for (org.apache.poi.openxml4j.opc.PackageRelationship rel : part.getRelationships()) {
                if (rel.getTargetMode() == org.apache.poi.openxml4j.opc.TargetMode.EXTERNAL
                        || !CREATED_WHEN_MISSING.contains(rel.getRelationshipType())) {
                    continue;
                }
                java.net.URI target = org.apache.poi.openxml4j.opc.PackagingURIHelper.resolvePartUri(
                        rel.getSourceURI(), rel.getTargetURI());
                byTarget.computeIfAbsent(rel.getRelationshipType() + " " + target.getPath().toLowerCase(java.util.Locale.ROOT),
                        k -> new java.util.ArrayList<>()).add(rel.getId());
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            return; // relationships POI could not read: it writes what it has
        }
        for (List<String> ids : byTarget.values()) {
            if (ids.size() < 2) {
                continue;
            }
            String kept = ids.stream().filter(id -> !poi.contains(id)).findFirst().orElse(ids.get(0));
            ids.stream().filter(id -> !id.equals(kept)).forEach(part::removeRelationship);
        }
    }

    /**
     * POI writes a column's style onto every cell of that column that has no style of its own
     * ({@code XSSFRow.onDocumentWrite}). Excel shows such a cell in the default style 0, not the
     * column's (the column's style is for cells that do not exist), so POI would change how the
     * user's cells look. Style 0 is written out instead, which is what the missing attribute means.
     */
    static void keepUnstyledCellsUnstyled(XSSFWorkbook wb) {
        for (Sheet s : wb) {
            XSSFSheet sheet = (XSSFSheet) s;
            java.util.BitSet styledColumns = new java.util.BitSet();
            for (CTCols cols : sheet.getCTWorksheet().getColsArray()) {
                for (CTCol col : cols.getColArray()) {
                    if (col.isSetStyle() && col.getStyle() != 0 && col.getMin() >= 1) {
                        styledColumns.set((int) col.getMin() - 1, (int) Math.min(col.getMax(), MAX_COLUMNS));
                    }
                }
            }
            if (styledColumns.isEmpty()) {
                continue;
            }
            for (Row row : sheet) {
                for (Cell cell : row) {
                    CTCell ct = ((XSSFCell) cell).getCTCell();
                    if (!ct.isSetS() && styledColumns.get(cell.getColumnIndex())) {
                        ct.setS(0);
                    }
                }
            }
        }
    }

    private static final long MAX_COLUMNS = 16_384;

    /**
     * Reading a border's theme colour through POI writes the theme's three-byte RGB into the colour
     * ({@code rgb="C0504D"}), which the schema forbids (four bytes, ARGB). The theme reference says
     * the colour; such an rgb is removed again.
     */
    static void dropRgbReadFromTheme(XSSFWorkbook wb) {
        for (org.apache.poi.xssf.usermodel.extensions.XSSFCellBorder border : wb.getStylesSource().getBorders()) {
            var b = border.getCTBorder();
            for (var side : new org.apache.xmlbeans.XmlObject[] {b.getLeft(), b.getRight(), b.getTop(), b.getBottom(),
                    b.getDiagonal(), b.getStart(), b.getEnd()}) {
                if (side instanceof org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBorderPr pr && pr.isSetColor()) {
                    var colour = pr.getColor();
                    if (colour.isSetTheme() && colour.isSetRgb() && colour.getRgb().length == 3) {
                        colour.unsetRgb();
                    }
                }
            }
        }
    }

    /**
     * Asks Excel for a full recalculation when it opens the file ({@code calcPr fullCalcOnLoad}).
     * Not POI's setForceFormulaRecalculation: that also switches manual calculation to automatic,
     * and a controller who set a large workbook to manual did so for a reason. The rest of calcPr
     * stays as it was.
     */
    static void recalculateOnOpen(XSSFWorkbook wb) {
        CTWorkbook workbook = wb.getCTWorkbook();
        CTCalcPr calcPr = workbook.isSetCalcPr() ? workbook.getCalcPr() : workbook.addNewCalcPr();
        calcPr.setFullCalcOnLoad(true);
    }

    /** The plan assumptions the controller entered on the plan-years sheet of an earlier run. */
    public static List<PlanProjection.Assumption> planAssumptions(org.apache.poi.ss.usermodel.Workbook wb) {
        return PlanYearsSheet.readAssumptions(wb);
    }

    /**
     * Filled cells can change what a pivot table summarises, and Excel does not recalculate pivot
     * tables with the formulas: each pivot cache is marked to be refreshed when the file is opened.
     * The rest of the cache definition (and the cached records) stays as the user's program wrote it.
     */
    static void refreshPivotTablesOnOpen(XSSFWorkbook wb) {
        for (POIXMLDocumentPart part : wb.getRelations()) {
            if (part instanceof XSSFPivotCacheDefinition cache) {
                cache.getCTPivotCacheDefinition().setRefreshOnLoad(true);
            }
        }
        for (XSSFPivotTable table : wb.getPivotTables()) {
            XSSFPivotCacheDefinition cache = table.getPivotCacheDefinition();
            if (cache != null) {
                cache.getCTPivotCacheDefinition().setRefreshOnLoad(true);
            }
        }
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
