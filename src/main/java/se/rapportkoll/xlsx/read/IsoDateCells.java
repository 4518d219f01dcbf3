package se.rapportkoll.xlsx.read;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.impl.values.XmlValueOutOfRangeException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import javax.xml.namespace.QName;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Cells of type {@code d} hold an ISO 8601 date as text (Strict Open XML and some libraries write
 * them). POI's schema types do not know the type and fail on the first look at such a cell; Excel
 * reads them as dates. Each becomes the date's serial number, as Excel itself stores a date, with
 * the cell's format unchanged; one whose text is no date becomes that text.
 */
final class IsoDateCells {

    private IsoDateCells() {
    }

    static void toSerialNumbers(XSSFWorkbook wb) {
        boolean date1904 = wb.isDate1904();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    CTCell ct = ((XSSFCell) cell).getCTCell();
                    if (ct.isSetT() && isIsoDate(ct)) {
                        convert(ct, date1904);
                    }
                }
            }
        }
    }

    private static boolean isIsoDate(CTCell ct) {
        try {
            ct.getT();
            return false;
        } catch (XmlValueOutOfRangeException e) {
            try (XmlCursor cursor = ct.newCursor()) { // the typed getters fail on the unknown value
                return "d".equals(cursor.getAttributeText(new QName("", "t")));
            }
        }
    }

    private static void convert(CTCell ct, boolean date1904) {
        String text = ct.isSetV() ? ct.getV().trim() : "";
        Double serial = serial(text, date1904);
        if (serial != null) {
            ct.unsetT();
            ct.setV(serial % 1 == 0 ? String.valueOf(serial.longValue()) : String.valueOf(serial));
        } else if (text.isEmpty()) {
            ct.unsetT();
            if (ct.isSetV()) {
                ct.unsetV();
            }
        } else {
            ct.setT(STCellType.STR);
        }
    }

    /** Excel's serial number of an ISO 8601 date, date-time or time, or null. */
    static Double serial(String text, boolean date1904) {
        try {
            LocalDateTime when;
            if (text.contains("T")) {
                when = text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")
                        ? OffsetDateTime.parse(text).toLocalDateTime() : LocalDateTime.parse(text);
            } else if (text.contains(":")) {
                return LocalTime.parse(text).toNanoOfDay() / 86_400e9;
            } else {
                when = LocalDate.parse(text).atStartOfDay();
            }
            double serial = DateUtil.getExcelDate(when, date1904);
            return serial < 0 ? null : serial;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
