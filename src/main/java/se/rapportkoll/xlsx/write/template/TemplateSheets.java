package se.rapportkoll.xlsx.write.template;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxls.builder.JxlsStreaming;
import org.jxls.logging.JxlsLogger;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.JxlsPoiTemplateFillerBuilder;
import org.jxls.transform.poi.PoiTransformer;
import org.jxls.transform.poi.PoiTransformerFactory;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rapportkoll.xlsx.write.FormulaCells;
import se.rapportkoll.xlsx.write.InlineText;
import se.rapportkoll.xlsx.write.StyleCopier;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.ToolSheets;

/**
 * Makes the tool's sheets from the templates in {@code workbook-templates/} (packaged under
 * {@code se/rapportkoll/templates/}, or files of the same names in an override folder).
 * <p>
 * jxls fills a template into a workbook of its own, in memory: it never runs over the user's
 * workbook, so nothing the user wrote (a cell comment saying {@code jx:each}, a {@code ${...}}
 * text) is ever taken for markup or evaluated. The filled first sheet is then copied into the
 * user's workbook: values, styles (cloned once per distinct style), merged regions, column widths,
 * row heights, hyperlinks, freeze pane, print setup (orientation, fit, paper, margins, repeated
 * rows), gridlines, tab colour and zoom; conditional formatting and the autofilter
 * are taken from the unfilled template and stretched over the rows the {@code jx:each} produced.
 * Cells written by a {@link TemplateRows.Value} get their formula (over the user's cells, so it
 * could not live in the template's workbook), a named style from the template's {@value #STYLES_SHEET}
 * sheet, or are left out, as the value says.
 */
public final class TemplateSheets {

    public static final String VALIDATION = "validering.xlsx";
    public static final String DEVIATIONS = "avvikelser.xlsx";
    /** The system property naming a folder whose template files replace the packaged ones. */
    static final String OVERRIDE_PROPERTY = "rapportkoll.templates";
    /** A template's sheet of named styles: keys in column A, a cell with the style in column B. */
    static final String STYLES_SHEET = "stilar";
    private static final String PACKAGED = "/se/rapportkoll/templates/";
    private static final Pattern EACH = Pattern.compile("jx:each\\s*\\((.*)\\)", Pattern.DOTALL);
    private static final Pattern ALLOWED_MARKUP = Pattern.compile(
            "jx:area\\(\\s*lastCell\\s*=\\s*\"[A-Z]{1,3}[0-9]{1,7}\"\\s*\\)"
                    + "|jx:each\\(\\s*items\\s*=\\s*\"[A-Za-z][A-Za-z0-9]*\"\\s+var\\s*=\\s*\"[A-Za-z][A-Za-z0-9]*\"\\s+"
                    + "lastCell\\s*=\\s*\"[A-Z]{1,3}[0-9]{1,7}\"\\s*\\)");
    private static final Pattern LAST_CELL = Pattern.compile("lastCell\\s*=\\s*\"([A-Za-z]+[0-9]+)\"");

    private final Path overrideDir;
    private final RestrictedJexl jexl = new RestrictedJexl();

    /** @param overrideDir a folder with replacement templates, or null for the packaged ones only */
    TemplateSheets(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    /** The packaged templates, replaced by those in the folder the system property names, if set. */
    public static TemplateSheets fromSystemProperty() {
        String dir = System.getProperty(OVERRIDE_PROPERTY);
        return new TemplateSheets(dir == null || dir.isBlank() ? null : Path.of(dir));
    }

    /** The template's bytes: the override file if there is one, else the packaged template. */
    byte[] template(String name) {
        try {
            if (overrideDir != null) {
                Path file = overrideDir.resolve(name);
                if (Files.isRegularFile(file)) {
                    return Files.readAllBytes(file);
                }
            }
            try (InputStream in = TemplateSheets.class.getResourceAsStream(PACKAGED + name)) {
                if (in == null) {
                    throw new IllegalStateException("The template " + name + " is not packaged");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + name, e);
        }
    }

    /**
     * Fills the template and copies its first sheet into {@code target} as a new, marked sheet.
     * The template is parsed once and jxls fills that workbook in place: its result is taken as it
     * is, never written out and parsed again.
     *
     * @param items how many objects the template's {@code jx:each} repeats over
     */
    public XSSFSheet write(XSSFWorkbook target, StyleCopier styles, String templateName, String sheetName,
                    Map<String, Object> variables, int items, TemplateRows.Directives directives) {
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(template(templateName)))) {
            checkMarkup(template, templateName); // before jxls reads the markup
            Unfilled unfilled = Unfilled.of(template.getSheetAt(0)); // jxls moves or drops these as it fills
            JxlsPoiTemplateFillerBuilder.newInstance()
                    .withTemplate(InputStream.nullInputStream()) // the factory below hands jxls the parsed template
                    .withTransformerFactory(new InPlaceFactory(template))
                    .withExpressionEvaluatorFactory(jexl)
                    .withIgnoreColumnProps(true) // the filled sheet is the template sheet: its widths are already there
                    .withExceptionThrower()
                    .buildAndFill(new HashMap<>(variables), OutputStream::nullOutputStream);
            return copy(target, styles, sheetName, items, directives, unfilled, template);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + templateName, e);
        }
    }

    /** What the copy needs from the template as it was before jxls filled it. */
    private record Unfilled(int[] each, String autoFilter, List<CTConditionalFormatting> conditionalFormats) {

        static Unfilled of(XSSFSheet sheet) {
            List<CTConditionalFormatting> formats = new ArrayList<>();
            for (CTConditionalFormatting cf : sheet.getCTWorksheet().getConditionalFormattingArray()) {
                formats.add((CTConditionalFormatting) cf.copy());
            }
            String autoFilter = sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : null;
            return new Unfilled(eachRows(sheet), autoFilter, formats);
        }
    }

    /** Gives jxls the already parsed template, and keeps the filled workbook in memory instead of writing it. */
    private static final class InPlaceFactory extends PoiTransformerFactory {
        private final XSSFWorkbook template;

        InPlaceFactory(XSSFWorkbook template) {
            this.template = template;
        }

        @Override
        public Transformer create(InputStream ignored, OutputStream out, JxlsStreaming streaming, JxlsLogger logger) {
            PoiTransformer transformer = new PoiTransformer(template, false) {
                @Override
                public void write() {
                    // the caller copies the filled sheet out of the workbook itself
                }
            };
            transformer.setLogger(logger);
            transformer.setOutputStream(out);
            return transformer;
        }
    }

    private XSSFSheet copy(XSSFWorkbook target, StyleCopier styles, String sheetName, int items,
                           TemplateRows.Directives directives, Unfilled unfilled, XSSFWorkbook filled) {
        XSSFSheet from = filled.getSheetAt(0);
        XSSFSheet sheet = target.createSheet(ToolSheets.freeName(target, sheetName));
        ToolSheets.mark(target, sheet);
        Map<String, XSSFCellStyle> named = namedStyles(filled);
        copyCells(from, sheet, styles, named, directives);
        copyLayout(from, sheet);
        copyAutoFilter(unfilled, sheet, items);
        copyConditionalFormatting(unfilled, filled.getStylesSource(), sheet, items);
        return sheet;
    }

    /**
     * Only the two jxls commands the templates need, with literal attributes: {@code jx:area(lastCell)}
     * and {@code jx:each(items var lastCell)} over a variable by name. Other commands and attributes
     * ({@code orderBy}, {@code groupBy}, {@code select}, {@code multisheet}, images, ...) evaluate
     * or reflect outside the restricted JEXL, so a template using them is refused.
     */
    static void checkMarkup(byte[] template, String templateName) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            checkMarkup(wb, templateName);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template " + templateName, e);
        }
    }

    private static void checkMarkup(XSSFWorkbook wb, String templateName) {
        for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
            for (Map.Entry<CellAddress, ? extends Comment> e : sheet.getCellComments().entrySet()) {
                String text = e.getValue().getString().getString();
                for (String line : text.split("\\R")) {
                    String markup = line.trim();
                    if (markup.contains("jx:") && !ALLOWED_MARKUP.matcher(markup).matches()) {
                        throw new IllegalArgumentException("The template " + templateName + " has markup that is not allowed in "
                                + sheet.getSheetName() + "!" + e.getKey() + ": " + markup);
                    }
                }
            }
        }
    }

    private static Map<String, XSSFCellStyle> namedStyles(XSSFWorkbook filled) {
        Map<String, XSSFCellStyle> named = new HashMap<>();
        XSSFSheet sheet = filled.getSheet(STYLES_SHEET);
        if (sheet != null) {
            for (Row row : sheet) {
                Cell key = row.getCell(0);
                Cell sample = row.getCell(1);
                if (key != null && key.getCellType() == CellType.STRING && sample != null) {
                    named.put(key.getStringCellValue().trim(), (XSSFCellStyle) sample.getCellStyle());
                }
            }
        }
        return named;
    }

    private static void copyCells(XSSFSheet from, XSSFSheet to, StyleCopier styles, Map<String, XSSFCellStyle> named,
                                  TemplateRows.Directives directives) {
        StylesTable source = from.getWorkbook().getStylesSource();
        for (Row templateRow : from) {
            // jxls gives every row it writes a height; only one differing from the default is the template's.
            boolean customHeight = ((XSSFRow) templateRow).getCTRow().isSetCustomHeight()
                    && templateRow.getHeight() != from.getDefaultRowHeight();
            if (templateRow.getPhysicalNumberOfCells() == 0 && !customHeight) {
                continue;
            }
            XSSFRow row = to.createRow(templateRow.getRowNum());
            if (customHeight) {
                row.setHeight(templateRow.getHeight());
            }
            for (Cell cell : templateRow) {
                TemplateRows.Value value = directives.at(cell.getRowIndex(), cell.getColumnIndex());
                if (value != null && value.isAbsent()) {
                    continue;
                }
                XSSFCell copy = row.createCell(cell.getColumnIndex());
                XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
                if (value != null && value.styleKey() != null) {
                    XSSFCellStyle sample = named.get(value.styleKey());
                    if (sample == null) {
                        throw new IllegalStateException("The template has no style named " + value.styleKey()
                                + " in its sheet " + STYLES_SHEET);
                    }
                    style = sample;
                }
                copy.setCellStyle(styles.copy(style, source));
                if (value != null) {
                    writeValue(copy, value);
                    if (value.heightPoints() != null) {
                        row.setHeightInPoints(value.heightPoints());
                    }
                } else {
                    copyValue(cell, copy);
                }
                Hyperlink link = cell.getHyperlink();
                if (link != null) {
                    Hyperlink h = to.getWorkbook().getCreationHelper().createHyperlink(link.getType());
                    h.setAddress(link.getAddress());
                    copy.setHyperlink(h);
                }
            }
        }
    }

    private static void writeValue(Cell cell, TemplateRows.Value value) {
        if (value.placedFormula() != null) {
            if (value.number() != null) {
                FormulaCells.set(cell, value.placedFormula(), value.number());
            } else {
                FormulaCells.set(cell, value.placedFormula(), value.text());
            }
        } else if (value.number() != null) {
            cell.setCellValue(value.number());
        } else {
            InlineText.set(cell, value.text());
        }
    }

    /** Template cells the data did not write: their text, number or (same-sheet) formula as filled. */
    private static void copyValue(Cell from, Cell to) {
        switch (from.getCellType()) {
            case STRING -> InlineText.set(to, from.getStringCellValue());
            case NUMERIC -> to.setCellValue(from.getNumericCellValue());
            case BOOLEAN -> to.setCellValue(from.getBooleanCellValue());
            case FORMULA -> to.setCellFormula(from.getCellFormula());
            case ERROR -> to.setCellErrorValue(from.getErrorCellValue());
            default -> {
            }
        }
    }

    private static void copyLayout(XSSFSheet from, XSSFSheet to) {
        int lastCol = 0;
        for (Row row : from) {
            lastCol = Math.max(lastCol, row.getLastCellNum());
        }
        for (int c = 0; c <= lastCol + 1; c++) {
            if (from.getColumnHelper().getColumn(c, false) != null) {
                to.setColumnWidth(c, from.getColumnWidth(c));
                to.setColumnHidden(c, from.isColumnHidden(c));
            }
        }
        for (CellRangeAddress region : from.getMergedRegions()) {
            to.addMergedRegion(region.copy());
        }
        PaneInformation pane = from.getPaneInformation();
        if (pane != null && pane.isFreezePane()) {
            to.createFreezePane(pane.getVerticalSplitPosition(), pane.getHorizontalSplitPosition(),
                    pane.getVerticalSplitLeftColumn(), pane.getHorizontalSplitTopRow());
        }
        PrintSetup a = from.getPrintSetup();
        PrintSetup b = to.getPrintSetup();
        b.setLandscape(a.getLandscape());
        b.setPaperSize(a.getPaperSize());
        to.setFitToPage(from.getFitToPage());
        if (from.getFitToPage()) {
            b.setFitWidth(a.getFitWidth());
            b.setFitHeight(a.getFitHeight());
        } else if (a.getScale() != 100) {
            b.setScale(a.getScale());
        }
        for (PageMargin margin : PageMargin.values()) {
            to.setMargin(margin, from.getMargin(margin));
        }
        if (from.getRepeatingRows() != null) {
            to.setRepeatingRows(from.getRepeatingRows());
        }
        if (from.getRepeatingColumns() != null) {
            to.setRepeatingColumns(from.getRepeatingColumns());
        }
        to.setDisplayGridlines(from.isDisplayGridlines());
        to.setPrintGridlines(from.isPrintGridlines());
        if (from.getTabColor() != null) {
            to.setTabColor(from.getTabColor());
        }
        if (from.getCTWorksheet().getSheetViews().sizeOfSheetViewArray() > 0
                && from.getCTWorksheet().getSheetViews().getSheetViewArray(0).isSetZoomScale()) {
            to.setZoom((int) from.getCTWorksheet().getSheetViews().getSheetViewArray(0).getZoomScale());
        }
    }

    /** The first and last template row of the first {@code jx:each}, or null when there is none. */
    static int[] eachRows(XSSFSheet template) {
        for (Map.Entry<CellAddress, ? extends Comment> e : template.getCellComments().entrySet()) {
            Matcher each = EACH.matcher(e.getValue().getString().getString());
            if (each.find()) {
                Matcher last = LAST_CELL.matcher(each.group(1));
                int first = e.getKey().getRow();
                int lastRow = last.find() ? new CellReference(last.group(1)).getRow() : first;
                return new int[]{first, lastRow};
            }
        }
        return null;
    }

    /**
     * Where a template range ends up: before the repeated rows unchanged, after them shifted by the
     * rows added, over them stretched to all rows filled; null when it covered only repeated rows
     * and there were none.
     */
    static CellRangeAddress stretch(CellRangeAddress range, int[] each, int items) {
        if (each == null || range.getLastRow() < each[0]) {
            return range;
        }
        int height = each[1] - each[0] + 1;
        int grow = (items - 1) * height;
        if (range.getFirstRow() > each[1]) {
            return new CellRangeAddress(range.getFirstRow() + grow, range.getLastRow() + grow,
                    range.getFirstColumn(), range.getLastColumn());
        }
        int lastRow = range.getLastRow() + grow;
        if (items == 0 && range.getFirstRow() >= each[0] && range.getLastRow() <= each[1] || lastRow < range.getFirstRow()) {
            return null;
        }
        return new CellRangeAddress(range.getFirstRow(), lastRow, range.getFirstColumn(), range.getLastColumn());
    }

    /** The template's autofilter over the filled rows; none when the data gave no rows to filter. */
    private static void copyAutoFilter(Unfilled unfilled, XSSFSheet to, int items) {
        if (unfilled.autoFilter() == null || items == 0) {
            return;
        }
        CellRangeAddress range = stretch(CellRangeAddress.valueOf(unfilled.autoFilter()), unfilled.each(), items);
        if (range != null) {
            to.setAutoFilter(range);
        }
    }

    /** The template's conditional formats, their ranges stretched, their formats copied into the target's styles. */
    private static void copyConditionalFormatting(Unfilled unfilled, StylesTable fromStyles, XSSFSheet to, int items) {
        StylesTable toStyles = to.getWorkbook().getStylesSource();
        for (CTConditionalFormatting cf : unfilled.conditionalFormats()) {
            List<String> ranges = new ArrayList<>();
            for (Object ref : cf.getSqref()) {
                for (String part : ref.toString().split(" ")) {
                    CellRangeAddress stretched = stretch(CellRangeAddress.valueOf(part), unfilled.each(), items);
                    if (stretched != null) {
                        ranges.add(stretched.formatAsString());
                    }
                }
            }
            if (ranges.isEmpty()) {
                continue;
            }
            CTConditionalFormatting copy = to.getCTWorksheet().addNewConditionalFormatting();
            copy.setSqref(ranges);
            for (CTCfRule rule : cf.getCfRuleArray()) {
                CTCfRule r = (CTCfRule) rule.copy();
                if (rule.isSetDxfId()) {
                    CTDxf dxf = (CTDxf) fromStyles.getDxfAt((int) rule.getDxfId()).copy();
                    r.setDxfId(Styles.dxf(toStyles, dxf));
                }
                r.setPriority(nextPriority(to));
                copy.addNewCfRule().set(r);
            }
        }
    }

    private static int nextPriority(XSSFSheet sheet) {
        int max = 0;
        for (CTConditionalFormatting cf : sheet.getCTWorksheet().getConditionalFormattingArray()) {
            for (CTCfRule rule : cf.getCfRuleArray()) {
                max = Math.max(max, rule.getPriority());
            }
        }
        return max + 1;
    }
}
