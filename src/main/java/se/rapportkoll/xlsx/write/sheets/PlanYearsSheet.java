package se.rapportkoll.xlsx.write.sheets;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.forecast.ForecastStyles;
import se.rapportkoll.forecast.PlanProjection;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.xlsx.write.FormulaCells;
import se.rapportkoll.xlsx.write.PrintLayout;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.ToolSheets;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The plan-years sheet. On top the assumptions (price uplift, volume growth per plan year) as input
 * cells, empty unless the controller entered them, and read back from here on the next run. Below,
 * per care type and plan year: what the plan itself implies (volume growth and price uplift from the
 * year before, the cost change split into a volume and a price part), then the budget year projected
 * with the assumptions and the plan's difference from it, split the same way. All formulas over the
 * user's cells and the assumption cells, with a total per year.
 */
public final class PlanYearsSheet {

    /** Marks the sheet whose assumption cells are read back; removed with the sheet when it is replaced. */
    static final String MARKER = "rapportkoll_planar";
    static final int ASSUMPTION_HEADER_ROW = 3;

    private static final String[] COLUMNS = {"careType", "year",
            "previousVolume", "planVolume", "impliedGrowth", "previousPrice", "planPrice", "impliedUplift",
            "planCost", "costChange", "costChangeVolume", "costChangePrice",
            "projectedVolume", "projectedPrice", "projectedCost", "difference", "differenceVolume", "differencePrice"};
    private static final int C_TYPE = 0, C_YEAR = 1, C_VPREV = 2, C_VPLAN = 3, C_VGROWTH = 4, C_PPREV = 5, C_PPLAN = 6,
            C_PUP = 7, C_COST = 8, C_CHANGE = 9, C_CHANGE_V = 10, C_CHANGE_P = 11, C_VX = 12, C_PX = 13, C_CX = 14,
            C_DIFF = 15, C_DIFF_V = 16, C_DIFF_P = 17;
    private static final int[] TOTALLED = {C_COST, C_CHANGE, C_CHANGE_V, C_CHANGE_P, C_CX, C_DIFF, C_DIFF_V, C_DIFF_P};

    private PlanYearsSheet() {
    }

    /**
     * The assumptions the controller entered on the plan-years sheet of an earlier run (year, price
     * uplift, volume growth; an empty cell stays empty), or none when there is no such sheet.
     */
    public static List<PlanProjection.Assumption> readAssumptions(Workbook wb) {
        List<PlanProjection.Assumption> out = new ArrayList<>();
        for (Name name : wb.getAllNames()) {
            if (!MARKER.equalsIgnoreCase(name.getNameName()) || name.getSheetIndex() < 0) {
                continue;
            }
            Sheet sheet = wb.getSheetAt(name.getSheetIndex());
            for (int r = ASSUMPTION_HEADER_ROW + 1; ; r++) {
                Row row = sheet.getRow(r);
                OptionalDouble year = row == null ? OptionalDouble.empty() : number(row.getCell(0));
                if (year.isEmpty()) {
                    break;
                }
                OptionalDouble price = number(row.getCell(1));
                OptionalDouble volume = number(row.getCell(2));
                out.add(new PlanProjection.Assumption((int) year.getAsDouble(),
                        price.isPresent() ? price.getAsDouble() : null, volume.isPresent() ? volume.getAsDouble() : null));
            }
        }
        return out;
    }

    /** A number, or a percentage typed as text ("3,5 %"), through the project's one reading of numbers in text. */
    private static OptionalDouble number(Cell cell) {
        if (cell == null) {
            return OptionalDouble.empty();
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            return OptionalDouble.of(cell.getNumericCellValue());
        }
        return type == CellType.STRING ? NumberText.parse(cell.getStringCellValue()) : OptionalDouble.empty();
    }

    public static void write(XSSFWorkbook wb, Styles styles, Messages messages, PlanProjection.Result result) {
        if (result.lines().isEmpty()) {
            return;
        }
        Sheet sheet = wb.createSheet(ToolSheets.freeName(wb, messages.get("plan.sheet.name")));
        ToolSheets.mark(wb, sheet);
        Name marker = wb.createName();
        marker.setNameName(MARKER);
        marker.setSheetIndex(wb.getSheetIndex(sheet));
        marker.setRefersToFormula("\"rapportkoll\"");
        CellStyle input = ForecastStyles.in(wb).percentInput;
        int budgetYear = result.lines().get(0).budgetYear();
        FindingsSheet.text(sheet, 0, 0, messages.get("plan.sheet.title", String.valueOf(budgetYear)), styles.title);
        FindingsSheet.text(sheet, 1, 0, messages.get(result.hasAssumptions() ? "plan.sheet.note" : "plan.sheet.noteEmpty",
                String.valueOf(budgetYear)), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, C_DIFF_P));
        sheet.getRow(1).setHeightInPoints(62);

        int r = ASSUMPTION_HEADER_ROW;
        FindingsSheet.text(sheet, r, 0, messages.get("plan.sheet.assumption.year"), styles.header);
        FindingsSheet.text(sheet, r, 1, messages.get("plan.sheet.assumption.price"), styles.header);
        FindingsSheet.text(sheet, r, 2, messages.get("plan.sheet.assumption.volume"), styles.header);
        sheet.getRow(r).setHeightInPoints(32);
        List<Integer> assumptionRows = new ArrayList<>();
        for (PlanProjection.Assumption a : result.assumptions()) {
            r++;
            Row row = sheet.createRow(r);
            number(row, 0, a.year(), styles.text);
            input(row, 1, a.priceUplift(), input);
            input(row, 2, a.volumeGrowth(), input);
            assumptionRows.add(r);
        }
        r += 2;
        int header = r;
        for (int i = 0; i < COLUMNS.length; i++) {
            FindingsSheet.text(sheet, r, i, messages.get("plan.sheet." + COLUMNS[i]), styles.header);
        }
        sheet.getRow(r).setHeightInPoints(60);
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
        int[] widths = {34, 6, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 10, 10, 11, 11, 11, 11};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(1, header + 1);
        PrintLayout.apply(sheet);
    }

    private static void lineRow(Row row, Styles styles, PlanProjection.Line line, List<PlanProjection.Assumption> assumptions,
                                List<Integer> assumptionRows) {
        int r = row.getRowNum();
        Cell type = row.createCell(C_TYPE);
        type.setCellValue(line.careType());
        type.setCellStyle(styles.text);
        number(row, C_YEAR, line.year(), styles.text);
        reference(row, C_VPREV, line.previousVolume(), styles.number);
        reference(row, C_VPLAN, line.planVolume(), styles.number);
        ratio(row, C_VGROWTH, a1(r, C_VPLAN), a1(r, C_VPREV), line.impliedGrowth(), styles.percent);
        reference(row, C_PPREV, line.previousPrice(), styles.number);
        reference(row, C_PPLAN, line.planPrice(), styles.number);
        ratio(row, C_PUP, a1(r, C_PPLAN), a1(r, C_PPREV), line.impliedUplift(), styles.percent);
        formula(row, C_COST, a1(r, C_VPLAN) + "*" + a1(r, C_PPLAN) + "/1000", line.planCostTkr(), styles.number);
        formula(row, C_CHANGE, a1(r, C_COST) + "-" + a1(r, C_VPREV) + "*" + a1(r, C_PPREV) + "/1000", line.costChangeTkr(), styles.number);
        formula(row, C_CHANGE_V, "(" + a1(r, C_VPLAN) + "-" + a1(r, C_VPREV) + ")*" + a1(r, C_PPREV) + "/1000",
                line.costChangeVolumeTkr(), styles.number);
        formula(row, C_CHANGE_P, "(" + a1(r, C_PPLAN) + "-" + a1(r, C_PPREV) + ")*" + a1(r, C_VPLAN) + "/1000",
                line.costChangePriceTkr(), styles.number);
        StringBuilder priceFactor = new StringBuilder();
        StringBuilder volumeFactor = new StringBuilder();
        for (PlanProjection.Assumption a : line.assumptions()) {
            int ar = assumptionRows.get(assumptions.indexOf(a));
            priceFactor.append("*(1+").append(new CellReference(ar, 1, true, true).formatAsString()).append(')');
            volumeFactor.append("*(1+").append(new CellReference(ar, 2, true, true).formatAsString()).append(')');
        }
        formula(row, C_VX, ref(line.budgetVolume()) + volumeFactor, line.projectedVolume(), styles.number);
        formula(row, C_PX, ref(line.budgetPrice()) + priceFactor, line.projectedPrice(), styles.number);
        formula(row, C_CX, a1(r, C_VX) + "*" + a1(r, C_PX) + "/1000", line.projectedCostTkr(), styles.number);
        formula(row, C_DIFF, a1(r, C_COST) + "-" + a1(r, C_CX), line.differenceTkr(), styles.number);
        formula(row, C_DIFF_V, "(" + a1(r, C_VPLAN) + "-" + a1(r, C_VX) + ")*" + a1(r, C_PX) + "/1000",
                line.differenceVolumeTkr(), styles.number);
        formula(row, C_DIFF_P, "(" + a1(r, C_PPLAN) + "-" + a1(r, C_PX) + ")*" + a1(r, C_VPLAN) + "/1000",
                line.differencePriceTkr(), styles.number);
    }

    /** this / previous − 1, or an empty text where the previous year is 0. */
    private static void ratio(Row row, int col, String now, String previous, Double cached, CellStyle style) {
        Cell cell = row.createCell(col);
        String f = "IF(" + previous + "=0,\"\"," + now + "/" + previous + "-1)";
        if (cached == null) {
            FormulaCells.set(cell, f, "");
        } else {
            FormulaCells.set(cell, f, cached);
        }
        cell.setCellStyle(style);
    }

    private static int yearTotal(Sheet sheet, Styles styles, Messages messages, int r, int year, int first,
                                 PlanProjection.Result result) {
        Row row = sheet.createRow(r);
        Cell label = row.createCell(C_TYPE);
        label.setCellValue(messages.get("plan.sheet.total", String.valueOf(year)));
        label.setCellStyle(styles.boldText);
        List<PlanProjection.Line> lines = result.lines().stream().filter(l -> l.year() == year).toList();
        for (int c : TOTALLED) {
            double cached = lines.stream().mapToDouble(l -> switch (c) {
                case C_COST -> l.planCostTkr();
                case C_CHANGE -> l.costChangeTkr();
                case C_CHANGE_V -> l.costChangeVolumeTkr();
                case C_CHANGE_P -> l.costChangePriceTkr();
                case C_CX -> l.projectedCostTkr();
                case C_DIFF -> l.differenceTkr();
                case C_DIFF_V -> l.differenceVolumeTkr();
                default -> l.differencePriceTkr();
            }).sum();
            formula(row, c, "SUM(" + a1(first, c) + ":" + a1(r - 1, c) + ")", cached, styles.boldNumber);
        }
        return r;
    }

    private static void reference(Row row, int col, PlanProjection.Ref ref, CellStyle style) {
        formula(row, col, ref(ref), ref.value(), style);
    }

    private static String ref(PlanProjection.Ref ref) {
        return Formulas.ref(ref.sheet(), ref.row(), ref.col());
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

    /** An input cell: the value where there is one, else left empty for the controller. */
    private static void input(Row row, int col, Double value, CellStyle style) {
        Cell cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static String a1(int row, int col) {
        return new CellReference(row, col).formatAsString();
    }
}
