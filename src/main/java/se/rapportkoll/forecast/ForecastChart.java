package se.rapportkoll.forecast;

import se.rapportkoll.analyse.forecast.Estimate;
import se.rapportkoll.analyse.forecast.ForecastMethods;
import se.rapportkoll.analyse.forecast.LineForecast;
import se.rapportkoll.analyse.forecast.Method;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.xlsx.write.Styles;
import se.rapportkoll.xlsx.write.InlineText;

import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line chart per line (at most {@value #MAX_CHARTS}, see {@link #charted}): this year's and
 * last year's cumulative actuals by month, and from the last month booked the trend forecast to
 * December with its interval (straight lines from the last month booked to December's bounds)
 * and the controller's Prognos.
 * The chart's data sit in a small table above it.
 */
final class ForecastChart {

    private static final int CHART_ROWS = 18;
    /**
     * Charts beyond this many would bury the sheet (a whole municipality's monthly table has
     * thousands of cost centres) and cost more than the rest of the run: the lines the report
     * matches come first, then those with the largest actuals so far.
     */
    static final int MAX_CHARTS = 20;
    private static final int CHART_COLS = 10;

    private ForecastChart() {
    }

    /** Writes the data tables and charts from row {@code first}; returns the next free row. */
    static int write(XSSFWorkbook wb, Sheet sheet, Messages messages, Styles styles, List<LineForecast> lines, int first) {
        int r = first;
        List<LineForecast> charted = charted(lines, MAX_CHARTS);
        if (charted.size() < lines.size()) {
            cell(sheet.createRow(r), 0, messages.get("forecast.chart.some", charted.size(), lines.size()), styles.note);
            r += 2;
        }
        XSSFDrawing drawing = ((XSSFSheet) sheet).createDrawingPatriarch();
        for (LineForecast f : charted) {
            Row title = sheet.createRow(r);
            cell(title, 0, f.label() + " – " + messages.get("forecast.chart.data"), styles.section);
            int header = r + 1;
            Row h = sheet.createRow(header);
            for (int m = 1; m <= 12; m++) {
                cell(h, m, Forecasting.shortMonth(m, messages), styles.monthHeader);
            }
            double[][] series = series(f);
            String[] names = {
                    messages.get("forecast.chart.thisYear", String.valueOf(f.year())),
                    messages.get("forecast.chart.lastYear", String.valueOf(f.year() - 1)),
                    messages.get("forecast.chart.forecast"),
                    messages.get("forecast.chart.lower"),
                    messages.get("forecast.chart.upper"),
                    messages.get("forecast.chart.prognos")};
            int used = 0;
            int[] kinds = new int[series.length];
            for (int s = 0; s < series.length; s++) {
                if (series[s] == null) {
                    continue;
                }
                kinds[used] = s;
                Row row = sheet.createRow(header + 1 + used);
                cell(row, 0, names[s], styles.text);
                for (int m = 1; m <= 12; m++) {
                    if (!Double.isNaN(series[s][m - 1])) {
                        Cell c = row.createCell(m);
                        c.setCellValue(Math.round(series[s][m - 1]));
                        c.setCellStyle(styles.number);
                    }
                }
                used++;
            }
            int chartTop = header + 1 + used + 1;
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, chartTop, CHART_COLS, chartTop + CHART_ROWS);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(messages.get("forecast.chart.title", f.label()));
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange((XSSFSheet) sheet,
                    new CellRangeAddress(header, header, 1, 12));
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
            data.setGrouping(Grouping.STANDARD); // required by the schema; POI leaves it out
            for (int i = 0; i < used; i++) {
                int row = header + 1 + i;
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange((XSSFSheet) sheet,
                        new CellRangeAddress(row, row, 1, 12));
                XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(months, values);
                s.setTitle(sheet.getRow(row).getCell(0).getStringCellValue(), new CellReference(sheet.getSheetName(), row, 0, true, true));
                s.setMarkerStyle(MarkerStyle.NONE);
                s.setSmooth(false);
                s.setLineProperties(line(COLOURS[kinds[i]], kinds[i] == 3 || kinds[i] == 4));
            }
            chart.plot(data);
            chart.displayBlanksAs(org.apache.poi.xddf.usermodel.chart.DisplayBlanks.GAP); // months not yet booked are no zeros
            r = chartTop + CHART_ROWS + 1;
        }
        return r;
    }

    /**
     * The lines to chart, at most {@code max}, in their table order: those matched to a row of the
     * report first, then by the size of this year's actuals so far.
     */
    static List<LineForecast> charted(List<LineForecast> lines, int max) {
        if (lines.size() <= max) {
            return lines;
        }
        // Each line's actuals are summed once, not at every comparison of the sort.
        Map<LineForecast, Double> size = new IdentityHashMap<>();
        lines.forEach(f -> size.put(f, Math.abs(ForecastMethods.sum(f.line().months(f.year(), f.month())))));
        Comparator<LineForecast> weight = Comparator.comparing((LineForecast f) -> f.report() == null)
                .thenComparing(f -> -size.get(f));
        Set<LineForecast> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
        lines.stream().sorted(weight).limit(max).forEach(chosen::add);
        return lines.stream().filter(chosen::contains).toList();
    }

    /**
     * Cumulative series by month (NaN = no point): this year, last year, trend, lower, upper, and the
     * controller's Prognos as a straight line from the last month booked to December.
     */
    static double[][] series(LineForecast f) {
        double[][] methods = methodSeries(f);
        double[][] all = java.util.Arrays.copyOf(methods, 6);
        int m = f.month();
        all[5] = f.controllerForecast().filter(p -> m < 12).map(p -> {
            double[] path = nan();
            double booked = methods[0][m - 1];
            for (int k = m; k <= 12; k++) {
                path[k - 1] = booked + (p - booked) * (k - m) / (12 - m);
            }
            return path;
        }).orElse(null);
        return all;
    }

    private static double[][] methodSeries(LineForecast f) {
        int m = f.month();
        double[] current = f.line().months(f.year(), m);
        double[] last = f.line().months(f.year() - 1, 12);
        double[] thisYear = nan();
        double cum = 0;
        for (int k = 1; k <= m; k++) {
            cum += current[k - 1];
            thisYear[k - 1] = cum;
        }
        double[] lastYear = null;
        if (last != null) {
            lastYear = nan();
            double c = 0;
            for (int k = 1; k <= 12; k++) {
                c += last[k - 1];
                lastYear[k - 1] = c;
            }
        }
        var trend = f.estimate(Method.TREND);
        if (trend.isEmpty() || m == 12) {
            return new double[][] {thisYear, lastYear, null, null, null};
        }
        SimpleRegression ols = new SimpleRegression();
        for (int k = 1; k <= m; k++) {
            ols.addData(k, current[k - 1]);
        }
        double[] path = nan();
        double[] low = nan();
        double[] high = nan();
        path[m - 1] = cum;
        double c = cum;
        for (int k = m + 1; k <= 12; k++) {
            c += ols.getIntercept() + ols.getSlope() * k;
            path[k - 1] = c;
        }
        Estimate e = trend.get();
        if (e.lower() == null) {
            return new double[][] {thisYear, lastYear, path, null, null};
        }
        // straight from the last month booked to December's bounds: a cumulative path never turns back
        for (int k = m; k <= 12; k++) {
            double share = (k - m) / (double) (12 - m);
            low[k - 1] = cum + (e.lower() - cum) * share;
            high[k - 1] = cum + (e.upper() - cum) * share;
        }
        return new double[][] {thisYear, lastYear, path, low, high};
    }

    /** Blue this year, grey last year, orange trend, light orange dashed interval, green the controller's Prognos. */
    private static final byte[][] COLOURS = {
            {(byte) 0x1F, (byte) 0x4E, (byte) 0x79}, {(byte) 0x99, (byte) 0x99, (byte) 0x99},
            {(byte) 0xE0, (byte) 0x7B, (byte) 0x00}, {(byte) 0xF2, (byte) 0xB8, (byte) 0x6B},
            {(byte) 0xF2, (byte) 0xB8, (byte) 0x6B}, {(byte) 0x2E, (byte) 0x8B, (byte) 0x57}};

    /** An explicit solid (or dashed) line: LibreOffice draws series without line properties invisibly. */
    private static XDDFLineProperties line(byte[] rgb, boolean dashed) {
        XDDFLineProperties p = new XDDFLineProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        p.setWidth(2.0);
        if (dashed) {
            p.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
        }
        return p;
    }

    private static double[] nan() {
        double[] a = new double[12];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static void cell(Row row, int col, String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Cell c = row.createCell(col);
        InlineText.set(c, text);
        c.setCellStyle(style);
    }
}
