package se.rapportkoll.xlsx.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.testing.PackageCheck;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The user's workbook settings and link targets survive processing: manual calculation stays
 * manual (a full recalculation on load is requested without changing it), every hyperlink target
 * is kept byte for byte, also those POI cannot parse, and workbookPr and bookViews are unchanged.
 */
class SettingsKeptTest {

    private static final String HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    private static final String CALC_PR = "<calcPr calcId=\"191029\" calcMode=\"manual\" fullCalcOnLoad=\"0\" iterate=\"1\" iterateCount=\"50\"/>";
    private static final List<String> ODD_TARGETS = List.of("mailto:#%@", "javascript://", "https://www.example.se/s%C3%B6k?q=a b");

    @TempDir
    Path dir;

    /** features.xlsx with manual calculation and three more hyperlinks on Kontroll, two of them no valid URI. */
    private Path fixture() throws Exception {
        FidelityFixtures.ZipParts zip = FidelityFixtures.ZipParts.read(FidelityFixtures.FEATURES);
        zip.replace("xl/workbook.xml", "<calcPr iterateCount=\"100\" refMode=\"A1\" iterate=\"false\" iterateDelta=\"0.001\"/>", CALC_PR);
        StringBuilder links = new StringBuilder();
        for (int i = 0; i < ODD_TARGETS.size(); i++) {
            String target = ODD_TARGETS.get(i).replace("&", "&amp;");
            zip.addRelationship("xl/worksheets/_rels/sheet2.xml.rels", "rIdOdd" + i, HYPERLINK, target, true);
            links.append("<hyperlink ref=\"E").append(i + 1).append("\" r:id=\"rIdOdd").append(i).append("\"/>");
        }
        zip.replace("xl/worksheets/sheet2.xml", "</hyperlinks>", links + "</hyperlinks>");
        Path input = dir.resolve("settings.xlsx");
        zip.write(input);
        return input;
    }

    @Test
    void manualCalculationStaysManualAndRecalculationOnLoadIsRequested() throws Exception {
        Path input = fixture();
        Path once = dir.resolve("once.xlsx");
        Path twice = dir.resolve("twice.xlsx");
        OutputFixtures.process(input, once);
        OutputFixtures.process(once, twice);
        for (Path out : List.of(once, twice)) {
            String calcPr = element(FidelityFixtures.ZipParts.read(out).text("xl/workbook.xml"), "calcPr");
            assertEquals(CALC_PR.replace("fullCalcOnLoad=\"0\"", "fullCalcOnLoad=\"1\""), calcPr.replace("\" />", "\"/>").replace("fullCalcOnLoad=\"true\"", "fullCalcOnLoad=\"1\""),
                    out.getFileName() + ": only fullCalcOnLoad changes");
        }
    }

    @Test
    void workbookPropertiesAndViewsAreUnchanged() throws Exception {
        Path input = fixture();
        Path out = dir.resolve("out.xlsx");
        OutputFixtures.process(input, out);
        String before = FidelityFixtures.ZipParts.read(input).text("xl/workbook.xml");
        String after = FidelityFixtures.ZipParts.read(out).text("xl/workbook.xml");
        assertEquals(element(before, "workbookPr"), element(after, "workbookPr"));
        assertEquals(element(before, "bookViews"), element(after, "bookViews"));
    }

    @Test
    void everyHyperlinkTargetIsKeptByteForByte() throws Exception {
        Path input = fixture();
        Path once = dir.resolve("once.xlsx");
        Path twice = dir.resolve("twice.xlsx");
        OutputFixtures.process(input, once);
        OutputFixtures.process(once, twice);
        String rels = FidelityFixtures.ZipParts.read(input).text("xl/worksheets/_rels/sheet2.xml.rels");
        for (Path out : List.of(once, twice)) {
            String written = FidelityFixtures.ZipParts.read(out).text("xl/worksheets/_rels/sheet2.xml.rels");
            assertEquals(targets(rels), targets(written), out.getFileName() + ": hyperlink targets");
            assertEquals(List.of(), PackageCheck.added(input, out), out.getFileName() + ": package problems");
        }
        assertTrue(targets(rels).contains("Target=\"mailto:#%@\""), "the fixture has the odd targets");
    }

    private static List<String> targets(String rels) {
        Matcher m = Pattern.compile("Target=\"[^\"]*\"").matcher(rels);
        return m.results().map(r -> r.group()).sorted().toList();
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + "[ >/].*?(</" + name + ">|/>)").matcher(xml);
        return m.find() ? m.group() : "";
    }
}
