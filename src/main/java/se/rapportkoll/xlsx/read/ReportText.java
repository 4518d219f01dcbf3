package se.rapportkoll.xlsx.read;

import se.rapportkoll.prose.ClaimFinder;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The prose of a report, as paragraphs: from a Word document (.docx, its body paragraphs; tables
 * are the workbook's figures, not prose) or a plain text (.txt, UTF-8 or Windows-1252, paragraphs
 * separated by blank lines, a short first line without a full stop taken as a heading).
 */
public final class ReportText {

    /** Why a report text could not be read; {@code unsupported} for a file of another kind. */
    public static final class Problem extends Exception {
        private final boolean unsupported;

        Problem(String message, boolean unsupported, Throwable cause) {
            super(message, cause);
            this.unsupported = unsupported;
        }

        public boolean unsupported() {
            return unsupported;
        }
    }

    private static final int HEADING_LENGTH = 80;

    private ReportText() {
    }

    /** True for the file kinds {@link #read} takes. */
    public static boolean isReportText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".docx") || name.endsWith(".txt");
    }

    public static List<ClaimFinder.Paragraph> read(Path file) throws Problem {
        if (!isReportText(file)) {
            throw new Problem(file.getFileName().toString(), true, null);
        }
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".docx")) {
                try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
                    return paragraphs(doc);
                }
            }
            return paragraphs(decode(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new Problem(reason, false, e);
        }
    }

    static List<ClaimFinder.Paragraph> paragraphs(XWPFDocument doc) {
        List<ClaimFinder.Paragraph> out = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                String text = p.getText().strip();
                if (text.isEmpty()) {
                    continue;
                }
                String style = p.getStyle() == null ? "" : p.getStyle().toLowerCase(Locale.ROOT);
                boolean heading = style.contains("heading") || style.contains("rubrik") || looksLikeHeading(text);
                out.add(new ClaimFinder.Paragraph(text, heading));
            }
        }
        return out;
    }

    static List<ClaimFinder.Paragraph> paragraphs(String text) {
        List<ClaimFinder.Paragraph> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            List<String> lines = block.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            if (block.contains("\t")) {
                lines.forEach(l -> out.add(new ClaimFinder.Paragraph(l, false))); // a table's rows
                continue;
            }
            int from = 0;
            if (looksLikeHeading(lines.get(0))) {
                out.add(new ClaimFinder.Paragraph(lines.get(0), true));
                from = 1;
            }
            if (from < lines.size()) {
                out.add(new ClaimFinder.Paragraph(String.join(" ", lines.subList(from, lines.size())), false));
            }
        }
        return out;
    }

    private static boolean looksLikeHeading(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.length() <= HEADING_LENGTH && ".:!?,;".indexOf(l.charAt(l.length() - 1)) < 0
                && Character.isUpperCase(l.charAt(0)) && !l.matches(".*\\d\\s*(tkr|mnkr).*");
    }

    /** UTF-8 if the bytes are valid UTF-8, else Windows-1252 (Notepad's "ANSI" on a Swedish Windows). */
    static String decode(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
