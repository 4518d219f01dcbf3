package se.rapportkoll.xlsx.write;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STXstring;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTRst;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

import javax.xml.namespace.QName;

/**
 * Writes a text of the tool's sheets as an inline string, in the cell itself. {@code setCellValue}
 * puts every text into the shared strings table, whose lookup serialises each new entry to XML
 * first: about a tenth of processing a large workbook. Excel and LibreOffice read inline strings
 * as any other text (Excel moves them into its shared strings when it saves).
 */
public final class InlineText {

    private static final QName XML_SPACE = new QName("http://www.w3.org/XML/1998/namespace", "space");

    private InlineText() {
    }

    /** Sets a new cell's text; any other cell gets it through POI as usual. */
    public static void set(Cell cell, String text) {
        if (!(cell instanceof XSSFCell x) || x.getCTCell().isSetF() || x.getCTCell().isSetV() || x.getCTCell().isSetIs()) {
            cell.setCellValue(text);
            return;
        }
        CTCell ct = x.getCTCell();
        ct.setT(STCellType.INLINE_STR);
        CTRst is = ct.addNewIs();
        is.setT(text);
        if (!text.equals(text.strip())) {
            STXstring t = is.xgetT();
            try (XmlCursor cursor = t.newCursor()) {
                cursor.toNextToken();
                cursor.insertAttributeWithValue(XML_SPACE, "preserve"); // else leading and trailing blanks are dropped
            }
        }
    }
}
