package se.rapportkoll.forecast;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the forecast and settings sheets, in the look of the tool's other sheets. */
final class ForecastStyles {

    final CellStyle title;
    final CellStyle note;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle boldText;
    final CellStyle number;
    final CellStyle boldNumber;
    final CellStyle best;
    final CellStyle percent;
    final CellStyle percentInput;
    final CellStyle missing;

    ForecastStyles(Workbook wb) {
        short numberFormat = wb.createDataFormat().getFormat("#,##0;-#,##0");
        short percentFormat = wb.createDataFormat().getFormat("0.0%");
        title = wb.createCellStyle();
        title.setFont(font(wb, true, 14, false));
        note = wb.createCellStyle();
        Font grey = font(wb, false, 10, true);
        grey.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
        note.setFont(grey);
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        section = wb.createCellStyle();
        section.setFont(font(wb, true, 12, false));
        Font bold = font(wb, true, 11, false);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = wb.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        boldText = wb.createCellStyle();
        boldText.setFont(bold);
        number = wb.createCellStyle();
        number.setDataFormat(numberFormat);
        boldNumber = wb.createCellStyle();
        boldNumber.setFont(bold);
        boldNumber.setDataFormat(numberFormat);
        best = wb.createCellStyle();
        best.setFont(bold);
        best.setDataFormat(numberFormat);
        best.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        best.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        percent = wb.createCellStyle();
        percent.setDataFormat(percentFormat);
        percentInput = wb.createCellStyle();
        percentInput.setDataFormat(percentFormat);
        percentInput.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        percentInput.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        missing = wb.createCellStyle();
        missing.setFillForegroundColor(IndexedColors.ROSE.getIndex());
        missing.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static Font font(Workbook wb, boolean bold, int points, boolean italic) {
        Font f = wb.createFont();
        f.setBold(bold);
        f.setItalic(italic);
        f.setFontHeightInPoints((short) points);
        return f;
    }
}
