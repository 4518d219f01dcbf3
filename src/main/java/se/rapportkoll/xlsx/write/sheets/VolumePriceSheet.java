package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCfRule;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTConditionalFormatting;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDxf;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCfType;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STConditionalFormattingOperator;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.model.SourceCell;
import se.rapportkoll.analyse.volumeprice.Effect;
import se.rapportkoll.analyse.volumeprice.Reconciliation;
import se.rapportkoll.analyse.volumeprice.VolumePriceAnalysis;
import se.rapportkoll.analyse.volumeprice.VolumePriceLine;
import se.rapportkoll.xlsx.write.SheetWriter;
import se.rapportkoll.xlsx.write.Styles;

import java.util.ArrayList;
import java.util.List;

/**
 * The volume–price sheet: per scope, one row per care type with its volumes and prices as
 * references to the user's cells, cost, deviation and effects as formulas over them, then a
 * subtotal per target group and the total; a method note and a bar chart of the effects.
 * Every formula carries the value the analysis computed, so viewers that do not recalculate agree.
 */
public final class VolumePriceSheet {

    static final int COL_CARE_TYPE = 0;
    static final int COL_PRICE_LABEL = 1;
    static final int COL_GROUP = 2;
    static final int COL_VB = 3;
    static final int COL_VA = 4;
    static final int COL_PB = 5;
    static final int COL_PA = 6;
    static final int COL_CB = 7;
    static final int COL_CA = 8;
    static final int COL_DEV = 9;
    static final int COL_FIRST_EFFECT = 10;
    private static final int CHART_ROWS = 24;

    private VolumePriceSheet() {
    }

    /** Writes the sheet, or nothing when no volume table could be paired with a price table. */
    public static Sheet write(XSSFWorkbook wb, Styles styles, Messages messages, VolumePriceAnalysis.Result result) {
        if (result.sections().isEmpty()) {
            return null;
        }
        List<Effect> effects = result.options().effects();
        int colCheck = COL_FIRST_EFFECT + effects.size();
        SheetWriter w = SheetWriter.toolSheet(wb, styles, messages.get("volumeprice.sheet.name"));
        XSSFSheet sheet = w.sheet();
        w.text(0, 0, messages.get("volumeprice.sheet.title"), styles.title);
        StringBuilder method = new StringBuilder(messages.get(result.options().split() == se.rapportkoll.analyse.volumeprice.VolumePriceOptions.Split.THREE
                ? "volumeprice.sheet.method.three" : "volumeprice.sheet.method.two"));
        if (result.options().mix()) {
            method.append(' ').append(messages.get("volumeprice.sheet.method.mix"));
        }
        w.text(1, 0, messages.get("volumeprice.sheet.note", method.toString()), styles.note);
        w.merge(1, 0, colCheck);
        w.height(1, result.options().mix() ? 92 : 78);

        List<ChartBlock> charts = new ArrayList<>();
        int r = 3;
        for (VolumePriceAnalysis.Section section : result.sections()) {
            String scope = section.scope().json();
            String volumeRange = section.volumeTable().sheetName() + "!" + section.volumeTable().range();
            String priceRange = section.priceTable().sheetName() + "!" + section.priceTable().range();
            w.text(r, 0, messages.get("volumeprice.sheet.section." + scope, section.period(), volumeRange, priceRange),
                    styles.boldText);
            r++;
            int headerRow = r;
            String[] headers = {"careType", "priceLabel", "group", "budgetVolume", "actualVolume." + scope, "budgetPrice",
                    "actualPrice." + scope, "budgetCost", "actualCost." + scope, "deviation"};
            for (int i = 0; i < headers.length; i++) {
                w.text(r, i, messages.get("volumeprice.sheet." + headers[i]), styles.header);
            }
            for (int i = 0; i < effects.size(); i++) {
                w.text(r, COL_FIRST_EFFECT + i, messages.get("volumeprice.sheet.effect." + effects.get(i).key()), styles.header);
            }
            w.text(r, colCheck, messages.get("volumeprice.sheet.check"), styles.header);
            w.height(r, 46);
            r++;

            List<VolumePriceLine> careTypes = section.careTypes();
            List<VolumePriceLine> groups = section.groups();
            int firstCare = r;
            int lastCare = r + careTypes.size() - 1;
            int firstGroupRow = lastCare + 1;
            // rows of each group's care types (they are listed group by group), and each group's subtotal row
            for (int i = 0; i < careTypes.size(); i++) {
                VolumePriceLine line = careTypes.get(i);
                int subtotalRow = firstGroupRow + indexOfGroup(groups, line.group());
                careTypeRow(w, firstCare + i, line, effects, subtotalRow, colCheck);
            }
            r = firstGroupRow;
            for (VolumePriceLine g : groups) {
                int from = -1;
                int to = -1;
                for (int i = 0; i < careTypes.size(); i++) {
                    if (careTypes.get(i).group().equals(g.group())) {
                        from = from < 0 ? firstCare + i : from;
                        to = firstCare + i;
                    }
                }
                sumRow(w, r, messages.get("volumeprice.sheet.subtotal", g.careType()), g, effects, from, to, colCheck);
                r++;
            }
            sumRow(w, r, messages.get("volumeprice.sheet.total"), section.total(), effects, firstCare, lastCare, colCheck);
            colour(sheet, firstCare, r, colCheck);
            charts.add(new ChartBlock(section, headerRow, firstCare, lastCare));
            r = reconciliations(w, messages, section, r, firstCare) + 2;
        }
        // Two empty rows above the charts: for the page breaks (PrintLayout) they are no part of the last table.
        r++;
        int chartCol = 0;
        for (ChartBlock block : charts) {
            int toCol = chartCol == 0 ? COL_VB : colCheck + 1;
            chart(sheet, messages, block, effects, r, chartCol, toCol);
            chartCol = toCol;
        }
        int[] widths = new int[colCheck + 1];
        int[] named = {38, 30, 14, 11, 11, 10, 10, 11, 11, 11};
        for (int i = 0; i <= colCheck; i++) {
            widths[i] = i < named.length ? named[i] : 12;
        }
        w.widths(widths);
        sheet.createFreezePane(1, 0);
        w.printLayout();
        return sheet;
    }

    private record ChartBlock(VolumePriceAnalysis.Section section, int headerRow, int firstRow, int lastRow) {
    }

    private static int indexOfGroup(List<VolumePriceLine> groups, String group) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).group().equals(group)) {
                return i;
            }
        }
        throw new IllegalStateException("no subtotal for " + group);
    }

    private static void careTypeRow(SheetWriter w, int r, VolumePriceLine line, List<Effect> effects,
                                    int subtotalRow, int colCheck) {
        Styles styles = w.styles();
        w.text(r, COL_CARE_TYPE, line.careType(), styles.text);
        w.text(r, COL_PRICE_LABEL, line.priceLabel(), styles.text);
        w.text(r, COL_GROUP, line.group(), styles.text);
        source(w, r, COL_VB, line.budgetVolumeCell(), styles.number);
        source(w, r, COL_VA, line.actualVolumeCell(), styles.number);
        source(w, r, COL_PB, line.budgetPriceCell(), styles.number);
        source(w, r, COL_PA, line.actualPriceCell(), styles.number);
        String vb = a1(r, COL_VB);
        String va = a1(r, COL_VA);
        String pb = a1(r, COL_PB);
        String pa = a1(r, COL_PA);
        w.formula(r, COL_CB, vb + "*" + pb + "/1000", line.budgetCostTkr(), styles.number);
        w.formula(r, COL_CA, va + "*" + pa + "/1000", line.actualCostTkr(), styles.number);
        w.formula(r, COL_DEV, a1(r, COL_CB) + "-" + a1(r, COL_CA), line.deviationTkr(), styles.number);
        String avgPb = SheetWriter.absolute(subtotalRow, COL_PB);
        for (int i = 0; i < effects.size(); i++) {
            Effect e = effects.get(i);
            w.formula(r, COL_FIRST_EFFECT + i, e.formula(vb, va, pb, pa, avgPb), line.effect(e), styles.number);
        }
        check(w, r, effects.size(), colCheck, line, styles.number);
    }

    private static void sumRow(SheetWriter w, int r, String label, VolumePriceLine line, List<Effect> effects,
                               int from, int to, int colCheck) {
        Styles styles = w.styles();
        w.text(r, COL_CARE_TYPE, label, styles.boldText);
        if (line.kind() == VolumePriceLine.Kind.GROUP) {
            w.text(r, COL_GROUP, line.group(), styles.boldText);
        }
        w.formula(r, COL_VB, sum(from, to, COL_VB), line.budgetVolume(), styles.boldNumber);
        w.formula(r, COL_VA, sum(from, to, COL_VA), line.actualVolume(), styles.boldNumber);
        // an average price: cost over volume, 0 rather than #DIV/0! for no volume
        w.formula(r, COL_PB, "IF(" + a1(r, COL_VB) + "=0,0," + a1(r, COL_CB) + "*1000/" + a1(r, COL_VB) + ")", line.budgetPrice(), styles.boldNumber);
        w.formula(r, COL_PA, "IF(" + a1(r, COL_VA) + "=0,0," + a1(r, COL_CA) + "*1000/" + a1(r, COL_VA) + ")", line.actualPrice(), styles.boldNumber);
        w.formula(r, COL_CB, sum(from, to, COL_CB), line.budgetCostTkr(), styles.boldNumber);
        w.formula(r, COL_CA, sum(from, to, COL_CA), line.actualCostTkr(), styles.boldNumber);
        w.formula(r, COL_DEV, sum(from, to, COL_DEV), line.deviationTkr(), styles.boldNumber);
        for (int i = 0; i < effects.size(); i++) {
            w.formula(r, COL_FIRST_EFFECT + i, sum(from, to, COL_FIRST_EFFECT + i), line.effect(effects.get(i)), styles.boldNumber);
        }
        check(w, r, effects.size(), colCheck, line, styles.boldNumber);
    }

    /** The effects' sum minus the deviation, rounded to a millionth of a tkr so that floating-point noise shows as 0. */
    private static void check(SheetWriter w, int r, int effectCount, int colCheck, VolumePriceLine line, CellStyle style) {
        String effects = a1(r, COL_FIRST_EFFECT) + ":" + a1(r, COL_FIRST_EFFECT + effectCount - 1);
        double cached = Math.round(line.check() * 1e6) / 1e6;
        w.formula(r, colCheck, "ROUND(SUM(" + effects + ")-" + a1(r, COL_DEV) + ",6)", cached == 0 ? 0.0 : cached, style);
    }

    private static String sum(int from, int to, int col) {
        return "SUM(" + a1(from, col) + ":" + a1(to, col) + ")";
    }

    /**
     * Below a section's total: for each budget row the care types should explain, that row's
     * deviation (a formula over its cells), what the care types explain, and what remains.
     * Returns the last row written.
     */
    private static int reconciliations(SheetWriter w, Messages messages, VolumePriceAnalysis.Section section,
                                       int totalRow, int firstCare) {
        Styles styles = w.styles();
        int r = totalRow;
        for (Reconciliation rec : section.reconciliations()) {
            r += 2;
            String budget = Formulas.ref(rec.sheet(), rec.row(), rec.budgetCol());
            String outcome = Formulas.ref(rec.sheet(), rec.row(), rec.outcomeCol());
            String where = rec.sheet() + "!" + a1(rec.row(), rec.budgetCol()) + ", " + a1(rec.row(), rec.outcomeCol());
            w.text(r, COL_CARE_TYPE, messages.get("volumeprice.sheet.reconciliation", rec.label(), where), styles.boldText);
            int deviationRow = r + 1;
            w.text(deviationRow, COL_CARE_TYPE, messages.get("volumeprice.sheet.reconciliation.deviation"), styles.text);
            String scale = rec.unitToTkr() == 1 ? "" : "*" + rec.unitToTkr();
            String difference = rec.favourableSign() > 0 ? outcome + "-" + budget : budget + "-" + outcome; // favourable is positive
            w.formula(deviationRow, COL_DEV, "(" + difference + ")" + scale, rec.deviationTkr(), styles.number);
            w.text(deviationRow + 1, COL_CARE_TYPE, messages.get(rec.allCareTypes()
                    ? "volumeprice.sheet.reconciliation.explainedAll" : "volumeprice.sheet.reconciliation.explained",
                    String.join(", ", rec.careTypes())), styles.text);
            w.formula(deviationRow + 1, COL_DEV, rec.allCareTypes() ? a1(totalRow, COL_DEV) : careTypeSum(section, rec, firstCare),
                    rec.explainedTkr(), styles.number);
            w.text(deviationRow + 2, COL_CARE_TYPE, messages.get("volumeprice.sheet.reconciliation.remaining"),
                    styles.boldText);
            w.formula(deviationRow + 2, COL_DEV, a1(deviationRow, COL_DEV) + "-" + a1(deviationRow + 1, COL_DEV), rec.remainingTkr(),
                    styles.boldNumber);
            r = deviationRow + 2;
        }
        return r;
    }

    /** SUM of the deviation cells of the care types a reconciliation names. */
    private static String careTypeSum(VolumePriceAnalysis.Section section, Reconciliation rec, int firstCare) {
        List<int[]> cells = new ArrayList<>();
        List<VolumePriceLine> careTypes = section.careTypes();
        for (int i = 0; i < careTypes.size(); i++) {
            if (rec.careTypes().contains(careTypes.get(i).careType())) {
                cells.add(new int[] {firstCare + i, COL_DEV});
            }
        }
        return Formulas.sum(null, cells);
    }

    private static void source(SheetWriter w, int r, int col, SourceCell source, CellStyle style) {
        if (source.live()) {
            w.formula(r, col, Formulas.ref(source.sheet(), source.row(), source.col()), source.number(), style);
        } else {
            w.number(r, col, source.number(), style);
        }
    }

    /** Unfavourable red, favourable green; the formats enter the workbook's styles by value. */
    private static void colour(Sheet sheet, int firstRow, int lastRow, int colCheck) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        CTConditionalFormatting cf = xssf.getCTWorksheet().addNewConditionalFormatting();
        cf.setSqref(List.of(new CellRangeAddress(firstRow, lastRow, COL_DEV, colCheck - 1).formatAsString()));
        rule(xssf, cf, STConditionalFormattingOperator.LESS_THAN, "-0.5", IndexedColors.DARK_RED, 1);
        rule(xssf, cf, STConditionalFormattingOperator.GREATER_THAN, "0.5", IndexedColors.GREEN, 2);
    }

    private static void rule(XSSFSheet sheet, CTConditionalFormatting cf, STConditionalFormattingOperator.Enum operator,
                             String value, IndexedColors colour, int priority) {
        CTDxf dxf = CTDxf.Factory.newInstance();
        dxf.addNewFont().addNewColor().setIndexed(colour.getIndex());
        CTCfRule rule = cf.addNewCfRule();
        rule.setType(STCfType.CELL_IS);
        rule.setOperator(operator);
        rule.addFormula(value);
        rule.setDxfId(Styles.dxf(sheet.getWorkbook().getStylesSource(), dxf));
        rule.setPriority(priority);
    }

    /** Horizontal bars, one group per care type, one bar per effect: long care-type names stay readable. */
    private static void chart(XSSFSheet sheet, Messages messages, ChartBlock block, List<Effect> effects, int row, int fromCol, int toCol) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, fromCol, row, toCol, row + CHART_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        String scope = messages.get("volumeprice.sheet.chart." + block.section().scope().json(), block.section().period());
        chart.setTitleText(messages.get("volumeprice.sheet.chart", scope));
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
        // names beside the lowest value, so bars to the left do not cover them
        categories.setTickLabelPosition(AxisTickLabelPosition.LOW);
        categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
        // bars grow from 0; with the care types top-down the value axis would sit at the top, so it
        // crosses the category axis at its last (bottom) care type
        categories.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrosses(AxisCrosses.MAX);
        values.setNumberFormat("#,##0");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.BAR);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        var names = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(block.firstRow(), block.lastRow(), COL_CARE_TYPE, COL_CARE_TYPE));
        PresetColor[] colours = {PresetColor.STEEL_BLUE, PresetColor.DARK_ORANGE, PresetColor.GRAY, PresetColor.OLIVE_DRAB};
        for (int i = 0; i < effects.size(); i++) {
            int col = VolumePriceSheet.COL_FIRST_EFFECT + i;
            var numbers = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(block.firstRow(), block.lastRow(), col, col));
            XDDFChartData.Series series = data.addSeries(names, numbers);
            series.setTitle(messages.get("volumeprice.sheet.effect." + effects.get(i).key()),
                    new CellReference(sheet.getSheetName(), block.headerRow(), col, true, true));
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colours[i % colours.length])));
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

    private static String a1(int row, int col) {
        return SheetWriter.a1(row, col);
    }
}
