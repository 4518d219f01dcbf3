package se.rapportkoll.xlsx.write.sheets;

import se.rapportkoll.model.SourceCell;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.analyse.plan.PlanProjection;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.Formulas;
import se.rapportkoll.locate.NumberText;
import se.rapportkoll.xlsx.write.SheetWriter;
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
        for (Sheet sheet : ToolSheets.labelled(wb, MARKER)) {
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
        SheetWriter w = SheetWriter.toolSheet(wb, styles, messages.get("plan.sheet.name"));
        ToolSheets.label(wb, w.sheet(), MARKER, null);
        CellStyle input = styles.percentInput;
        int budgetYear = result.lines().get(0).budgetYear();
        w.text(0, 0, messages.get("plan.sheet.title", String.valueOf(budgetYear)), styles.title);
        w.text(1, 0, messages.get(result.hasAssumptions() ? "plan.sheet.note" : "plan.sheet.noteEmpty",
                String.valueOf(budgetYear)), styles.note);
        w.merge(1, 0, C_DIFF_P);
        w.height(1, 62);

        int r = ASSUMPTION_HEADER_ROW;
        w.text(r, 0, messages.get("plan.sheet.assumption.year"), styles.header);
        w.text(r, 1, messages.get("plan.sheet.assumption.price"), styles.header);
        w.text(r, 2, messages.get("plan.sheet.assumption.volume"), styles.header);
        w.height(r, 32);
        List<Integer> assumptionRows = new ArrayList<>();
        for (PlanProjection.Assumption a : result.assumptions()) {
            r++;
            w.number(r, 0, a.year(), styles.text);
            input(w, r, 1, a.priceUplift(), input);
            input(w, r, 2, a.volumeGrowth(), input);
            assumptionRows.add(r);
        }
        r += 2;
        int header = r;
        for (int i = 0; i < COLUMNS.length; i++) {
            w.text(r, i, messages.get("plan.sheet." + COLUMNS[i]), styles.header);
        }
        w.height(r, 60);
        Integer year = null;
        int firstOfYear = r + 1;
        for (PlanProjection.Line line : result.lines()) {
            if (year != null && line.year() != year) {
                r = yearTotal(w, messages, r + 1, year, firstOfYear, result);
                firstOfYear = r + 1;
            }
            year = line.year();
            r++;
            lineRow(w, r, line, result.assumptions(), assumptionRows);
        }
        yearTotal(w, messages, r + 1, year, firstOfYear, result);
        w.widths(34, 6, 10, 10, 10, 10, 10, 10, 11, 11, 11, 11, 10, 10, 11, 11, 11, 11);
        w.sheet().createFreezePane(1, header + 1);
        w.printLayout();
    }

    private static void lineRow(SheetWriter w, int r, PlanProjection.Line line, List<PlanProjection.Assumption> assumptions,
                                List<Integer> assumptionRows) {
        Styles styles = w.styles();
        w.text(r, C_TYPE, line.careType(), styles.text);
        w.number(r, C_YEAR, line.year(), styles.text);
        reference(w, r, C_VPREV, line.previousVolume(), styles.number);
        reference(w, r, C_VPLAN, line.planVolume(), styles.number);
        ratio(w, r, C_VGROWTH, a1(r, C_VPLAN), a1(r, C_VPREV), line.impliedGrowth(), styles.percent);
        reference(w, r, C_PPREV, line.previousPrice(), styles.number);
        reference(w, r, C_PPLAN, line.planPrice(), styles.number);
        ratio(w, r, C_PUP, a1(r, C_PPLAN), a1(r, C_PPREV), line.impliedUplift(), styles.percent);
        w.formula(r, C_COST, a1(r, C_VPLAN) + "*" + a1(r, C_PPLAN) + "/1000", line.planCostTkr(), styles.number);
        w.formula(r, C_CHANGE, a1(r, C_COST) + "-" + a1(r, C_VPREV) + "*" + a1(r, C_PPREV) + "/1000", line.costChangeTkr(), styles.number);
        w.formula(r, C_CHANGE_V, "(" + a1(r, C_VPLAN) + "-" + a1(r, C_VPREV) + ")*" + a1(r, C_PPREV) + "/1000",
                line.costChangeVolumeTkr(), styles.number);
        w.formula(r, C_CHANGE_P, "(" + a1(r, C_PPLAN) + "-" + a1(r, C_PPREV) + ")*" + a1(r, C_VPLAN) + "/1000",
                line.costChangePriceTkr(), styles.number);
        StringBuilder priceFactor = new StringBuilder();
        StringBuilder volumeFactor = new StringBuilder();
        for (PlanProjection.Assumption a : line.assumptions()) {
            int ar = assumptionRows.get(assumptions.indexOf(a));
            priceFactor.append("*(1+").append(SheetWriter.absolute(ar, 1)).append(')');
            volumeFactor.append("*(1+").append(SheetWriter.absolute(ar, 2)).append(')');
        }
        w.formula(r, C_VX, ref(line.budgetVolume()) + volumeFactor, line.projectedVolume(), styles.number);
        w.formula(r, C_PX, ref(line.budgetPrice()) + priceFactor, line.projectedPrice(), styles.number);
        w.formula(r, C_CX, a1(r, C_VX) + "*" + a1(r, C_PX) + "/1000", line.projectedCostTkr(), styles.number);
        w.formula(r, C_DIFF, a1(r, C_COST) + "-" + a1(r, C_CX), line.differenceTkr(), styles.number);
        w.formula(r, C_DIFF_V, "(" + a1(r, C_VPLAN) + "-" + a1(r, C_VX) + ")*" + a1(r, C_PX) + "/1000",
                line.differenceVolumeTkr(), styles.number);
        w.formula(r, C_DIFF_P, "(" + a1(r, C_PPLAN) + "-" + a1(r, C_PX) + ")*" + a1(r, C_VPLAN) + "/1000",
                line.differencePriceTkr(), styles.number);
    }

    /** this / previous − 1, or an empty text where the previous year is 0. */
    private static void ratio(SheetWriter w, int r, int col, String now, String previous, Double cached, CellStyle style) {
        String f = "IF(" + previous + "=0,\"\"," + now + "/" + previous + "-1)";
        if (cached == null) {
            w.formula(r, col, f, "", style);
        } else {
            w.formula(r, col, f, cached, style);
        }
    }

    private static int yearTotal(SheetWriter w, Messages messages, int r, int year, int first,
                                 PlanProjection.Result result) {
        Styles styles = w.styles();
        w.text(r, C_TYPE, messages.get("plan.sheet.total", String.valueOf(year)), styles.boldText);
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
            w.formula(r, c, "SUM(" + a1(first, c) + ":" + a1(r - 1, c) + ")", cached, styles.boldNumber);
        }
        return r;
    }

    private static void reference(SheetWriter w, int r, int col, SourceCell ref, CellStyle style) {
        w.formula(r, col, ref(ref), ref.number(), style);
    }

    private static String ref(SourceCell ref) {
        return Formulas.ref(ref.sheet(), ref.row(), ref.col());
    }

    /** An input cell: the value where there is one, else left empty for the controller. */
    private static void input(SheetWriter w, int r, int col, Double value, CellStyle style) {
        if (value != null) {
            w.number(r, col, value, style);
        } else {
            w.row(r).createCell(col).setCellStyle(style);
        }
    }

    private static String a1(int row, int col) {
        return SheetWriter.a1(row, col);
    }
}
