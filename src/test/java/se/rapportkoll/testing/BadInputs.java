package se.rapportkoll.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;
import se.rapportkoll.xlsx.read.InputProblem.Reason;

/**
 * Bad inputs built at test time: random bytes, a CSV, an old .xls, an .ods, a truncated or
 * password-protected workbook, a zip bomb, ... Shared by the opener's and the command line's tests.
 */
public final class BadInputs {

    private BadInputs() {
    }

    public static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    public static byte[] csv() {
        return "Kommun;År;Belopp\nSolna;2024;1200\nÖrebro;2024;950\n".getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] html() {
        return "<html><body><table><tr><td>Kommun</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    /** What Excel writes to "~$name.xlsx": a length byte, the user name, padding. */
    public static byte[] lockFile() {
        byte[] bytes = new byte[165];
        byte[] user = "Anna Andersson".getBytes(StandardCharsets.ISO_8859_1);
        bytes[0] = (byte) user.length;
        System.arraycopy(user, 0, bytes, 1, user.length);
        return bytes;
    }

    public static byte[] xlsx() throws IOException {
        return toBytes(filled(new XSSFWorkbook()));
    }

    public static byte[] xlsm() throws IOException {
        return toBytes(filled(new XSSFWorkbook(XSSFWorkbookType.XLSM)));
    }

    public static byte[] xls() throws IOException {
        return toBytes(filled(new HSSFWorkbook()));
    }

    public static Workbook filled(Workbook workbook) {
        var sheet = workbook.createSheet("Data");
        sheet.createRow(0).createCell(0).setCellValue("Kommun");
        sheet.createRow(1).createCell(0).setCellValue("Solna");
        sheet.getRow(1).createCell(1).setCellValue(1200);
        return workbook;
    }

    public static byte[] toBytes(Workbook workbook) throws IOException {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] half(byte[] content) {
        return Arrays.copyOf(content, content.length / 2);
    }

    /** Minimal ODF spreadsheet: "mimetype" first and stored, as the format requires. */
    public static byte[] ods() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            putText(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                     <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            putText(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                     <office:body><office:spreadsheet><table:table table:name="Data">
                      <table:table-row><table:table-cell office:value-type="string"><text:p>Kommun</text:p></table:table-cell></table:table-row>
                     </table:table></office:spreadsheet></office:body>
                    </office:document-content>
                    """);
        }
        return bytes.toByteArray();
    }

    /** An OOXML package that is a Word document, not a workbook. */
    public static byte[] docxLikeZip() throws IOException {
        return zipOf("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<document/>");
    }

    public static byte[] xlsbLikeZip() throws IOException {
        return zipOf("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "xl/workbook.bin", "binary");
    }

    public static byte[] zipOf(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                putText(zip, namesAndTexts[i], namesAndTexts[i + 1]);
            }
        }
        return bytes.toByteArray();
    }

    public static void putText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Agile encryption is what current Excel versions write for "Encrypt with Password". */
    public static byte[] encrypted() throws Exception {
        byte[] plain = xlsx();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fs.writeFilesystem(bytes);
            return bytes.toByteArray();
        }
    }

    /** A real workbook whose sheet part is replaced; everything else is copied as is. */
    public interface SheetWriter {
        void write(OutputStream out) throws IOException;
    }

    public static byte[] withReplacedEntry(byte[] xlsx, String entryName, SheetWriter writer) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(entryName)) {
                    writer.write(out);
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /**
     * 200 MB of whitespace inside the sheet XML, deflated to a few hundred KB. POI's default
     * minimum inflate ratio (1 %) must refuse it. Streamed, so the test never holds 200 MB.
     */
    public static byte[] zipBomb() throws IOException {
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        return withReplacedEntry(xlsx(), "xl/worksheets/sheet1.xml", out -> {
            out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns="
                    + "\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 200; i++) {
                out.write(blanks);
            }
            out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
        });
    }

    public static byte[] damagedSheetXml() throws IOException {
        return withReplacedEntry(xlsx(), "xl/worksheets/sheet1.xml",
                out -> out.write("<worksheet><sheetData><row><c r=\"A1\"".getBytes(StandardCharsets.UTF_8)));
    }

}
