package se.rapportkoll.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.forecast.PlanProjection;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan-years sheet: the assumptions (price uplift, volume growth per year) as cells, and per
 * care type and plan year the plan's price and volume beside the budget year's raised by the
 * assumptions, all formulas over the user's cells and the assumption cells, with a total per year.
 */
final class PlanYearsSheet {

    private static final String[] COLUMNS = {"careType", "year", "budgetPrice", "planPrice", "projectedPrice", "priceDifference",
            "impliedUplift", "budgetVolume", "planVolume", "projectedVolume", "planCost", "projectedCost", "difference"};
    private static final int C_TYPE = 0;
    private static final int C_YEAR = 1;
    private static final int C_PB = 2;
    private static final int C_PP = 3;
    private static final int C_PX = 4;
    private static final int C_PD = 5;
    private static final int C_UP = 6;
    private static final int C_VB = 7;
    private static final int C_VP = 8;
    private static final int C_VX = 9;
    private static final int C_CP = 10;
    private static final int C_CX = 11;
    private static final int C_DIFF = 12;

    private PlanYearsSheet() {
    }

    static void write(XSSFWorkbook wb, Styles styles, Messages messages, PlanProjection.Result result) {
        if (result.lines().isEmpty()) {
            return;
        }
        Sheet sheet = wb.createSheet(ToolSheets.freeName(wb, messages.get("plan.sheet.name")));
        ToolSheets.mark(wb, sheet);
        int budgetYear = result.lines().get(0).budgetYear();
        FindingsSheet.text(sheet, 0, 0, messages.get("plan.sheet.title", String.valueOf(budgetYear)), styles.title);
        FindingsSheet.text(sheet, 1, 0, messages.get("plan.sheet.note", String.valueOf(budgetYear), PlanProjection.ASSUMPTIONS_FILE), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, C_DIFF));
        sheet.getRow(1).setHeightInPoints(45);

        int r = 3;
        for (String key : new String[] {"assumption.year", "assumption.price", "assumption.volume"}) {
            FindingsSheet.text(sheet, r, key.equals("assumption.year") ? 0 : key.equals("assumption.price") ? 1 : 2,
                    messages.get("plan.sheet." + key), styles.header);
        }
        sheet.getRow(r).setHeightInPoints(32);
        List<Integer> assumptionRows = new ArrayList<>();
        for (PlanProjection.Assumption a : result.assumptions()) {
            r++;
            Row row = sheet.createRow(r);
            number(row, 0, a.year(), styles.text);
            number(row, 1, a.priceUplift(), styles.percent);
            number(row, 2, a.volumeGrowth(), styles.percent);
            assumptionRows.add(r);
        }
        r += 2;
        int header = r;
        for (int i = 0; i < COLUMNS.length; i++) {
            FindingsSheet.text(sheet, r, i, messages.get("plan.sheet." + COLUMNS[i]), styles.header);
        }
        sheet.getRow(r).setHeightInPoints(46);
        Integer year = null;
        int firstOfYear = r + 1;
        for (PlanProjection.Line line : result.lines()) {
            if (year != null && line.year() != year) {
                r = yearTotal(sheet, styles, messages, r + 1, year, firstOfYear, result);
                firstOfYear = r + 1;
            }
            year = line.year();
            r++;
            lineRow(sheet.createRow(r), styles, line, result.assumptions(), assumptionRows);
        }
        yearTotal(sheet, styles, messages, r + 1, year, firstOfYear, result);
        int[] widths = {38, 7, 11, 11, 11, 11, 12, 11, 11, 11, 13, 13, 12};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(1, header + 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void lineRow(Row row, Styles styles, PlanProjection.Line line, List<PlanProjection.Assumption> assumptions,
                                List<Integer> assumptionRows) {
        int r = row.getRowNum();
        Cell type = row.createCell(C_TYPE);
        type.setCellValue(line.careType());
        type.setCellStyle(styles.text);
        number(row, C_YEAR, line.year(), styles.text);
        reference(row, C_PB, line.budgetPrice(), styles.number);
        reference(row, C_PP, line.planPrice(), styles.number);
        StringBuilder priceFactor = new StringBuilder();
        StringBuilder volumeFactor = new StringBuilder();
        for (PlanProjection.Assumption a : line.assumptions()) {
            int ar = assumptionRows.get(assumptions.indexOf(a));
            priceFactor.append("*(1+").append(new CellReference(ar, 1, true, true).formatAsString()).append(')');
            volumeFactor.append("*(1+").append(new CellReference(ar, 2, true, true).formatAsString()).append(')');
        }
        formula(row, C_PX, a1(r, C_PB) + priceFactor, line.projectedPrice(), styles.number);
        formula(row, C_PD, a1(r, C_PP) + "-" + a1(r, C_PX), line.planPrice().value() - line.projectedPrice(), styles.number);
        String previous = Formulas.ref(line.previousPrice().sheet(), line.previousPrice().row(), line.previousPrice().col());
        Cell uplift = row.createCell(C_UP);
        String upliftFormula = "IF(" + previous + "=0,\"\"," + a1(r, C_PP) + "/" + previous + "-1)";
        if (line.impliedUplift() == null) {
            FormulaCells.set(uplift, upliftFormula, "");
        } else {
            FormulaCells.set(uplift, upliftFormula, line.impliedUplift());
        }
        uplift.setCellStyle(styles.percent);
        reference(row, C_VB, line.budgetVolume(), styles.number);
        reference(row, C_VP, line.planVolume(), styles.number);
        formula(row, C_VX, a1(r, C_VB) + volumeFactor, line.projectedVolume(), styles.number);
        formula(row, C_CP, a1(r, C_VP) + "*" + a1(r, C_PP) + "/1000", line.planCostTkr(), styles.number);
        formula(row, C_CX, a1(r, C_VX) + "*" + a1(r, C_PX) + "/1000", line.projectedCostTkr(), styles.number);
        formula(row, C_DIFF, a1(r, C_CP) + "-" + a1(r, C_CX), line.differenceTkr(), styles.number);
    }

    private static int yearTotal(Sheet sheet, Styles styles, Messages messages, int r, int year, int first,
                                 PlanProjection.Result result) {
        Row row = sheet.createRow(r);
        Cell label = row.createCell(C_TYPE);
        label.setCellValue(messages.get("plan.sheet.total", String.valueOf(year)));
        label.setCellStyle(styles.boldText);
        List<PlanProjection.Line> lines = result.lines().stream().filter(l -> l.year() == year).toList();
        formula(row, C_CP, "SUM(" + a1(first, C_CP) + ":" + a1(r - 1, C_CP) + ")",
                lines.stream().mapToDouble(PlanProjection.Line::planCostTkr).sum(), styles.boldNumber);
        formula(row, C_CX, "SUM(" + a1(first, C_CX) + ":" + a1(r - 1, C_CX) + ")",
                lines.stream().mapToDouble(PlanProjection.Line::projectedCostTkr).sum(), styles.boldNumber);
        formula(row, C_DIFF, a1(r, C_CP) + "-" + a1(r, C_CX),
                lines.stream().mapToDouble(PlanProjection.Line::differenceTkr).sum(), styles.boldNumber);
        return r;
    }

    private static void reference(Row row, int col, PlanProjection.Ref ref, CellStyle style) {
        formula(row, col, Formulas.ref(ref.sheet(), ref.row(), ref.col()), ref.value(), style);
    }

    private static void formula(Row row, int col, String formula, double cached, CellStyle style) {
        Cell cell = row.createCell(col);
        FormulaCells.set(cell, formula, cached);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int col, double value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String a1(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }
}
