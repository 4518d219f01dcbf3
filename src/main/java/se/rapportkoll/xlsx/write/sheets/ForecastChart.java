package se.rapportkoll.xlsx.write.sheets;

import se.rapportkoll.analyse.forecast.ChartSeries;
import se.rapportkoll.analyse.forecast.Forecasting;
import se.rapportkoll.analyse.forecast.LineForecast;

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
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.xlsx.write.SheetWriter;
import se.rapportkoll.xlsx.write.Styles;

import java.util.List;

/**
 * One line chart per line (at most {@value ChartSeries#MAX_CHARTS}, see {@link ChartSeries}), its
 * data in a small table above it.
 */
final class ForecastChart {

    private static final int CHART_ROWS = 18;
    private static final int CHART_COLS = 10;

    private ForecastChart() {
    }

    /** Writes the data tables and charts from row {@code first}; returns the next free row. */
    static int write(SheetWriter w, Messages messages, List<LineForecast> lines, int first) {
        Styles styles = w.styles();
        XSSFSheet sheet = w.sheet();
        int r = first;
        List<LineForecast> charted = ChartSeries.charted(lines, ChartSeries.MAX_CHARTS);
        if (charted.size() < lines.size()) {
            w.text(r, 0, messages.get("forecast.chart.some", charted.size(), lines.size()), styles.note);
            r += 2;
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        for (LineForecast f : charted) {
            w.text(r, 0, f.label() + " – " + messages.get("forecast.chart.data"), styles.section);
            int header = r + 1;
            for (int m = 1; m <= 12; m++) {
                w.text(header, m, Forecasting.shortMonth(m, messages), styles.monthHeader);
            }
            double[][] series = ChartSeries.series(f);
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
                int row = header + 1 + used;
                w.text(row, 0, names[s], styles.text);
                for (int m = 1; m <= 12; m++) {
                    if (!Double.isNaN(series[s][m - 1])) {
                        w.number(row, m, Math.round(series[s][m - 1]), styles.number);
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
            XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(header, header, 1, 12));
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
            data.setGrouping(Grouping.STANDARD); // required by the schema; POI leaves it out
            for (int i = 0; i < used; i++) {
                int row = header + 1 + i;
                XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                        new CellRangeAddress(row, row, 1, 12));
                XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.addSeries(months, values);
                s.setTitle(names[kinds[i]], new CellReference(sheet.getSheetName(), row, 0, true, true));
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
}
