package se.rapportkoll.xlsx.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.rapportkoll.testing.PackageCheck;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The package check finds what it is meant to find, on a valid fixture broken one way at a time. */
class PackageCheckTest {

    @TempDir
    Path dir;

    private List<String> added(java.util.function.Consumer<FidelityFixtures.ZipParts> breakIt) throws Exception {
        FidelityFixtures.ZipParts zip = FidelityFixtures.ZipParts.read(FidelityFixtures.FEATURES);
        breakIt.accept(zip);
        Path broken = dir.resolve("broken.xlsx");
        zip.write(broken);
        return PackageCheck.added(FidelityFixtures.FEATURES, broken);
    }

    @Test
    void theFixtureItselfHasNoProblemTheCheckKnows() throws Exception {
        assertEquals(List.of(), added(zip -> { }));
    }

    @Test
    void aSchemaErrorIsFound() throws Exception {
        List<String> found = added(zip -> zip.replace("xl/workbook.xml", "<bookViews>", "<bookViews><unknownElement/>"));
        assertTrue(found.stream().anyMatch(p -> p.startsWith("/xl/workbook.xml: schema:")), found.toString());
    }

    @Test
    void ignorableMarkupIsNoError() throws Exception {
        List<String> found = added(zip -> zip.replace("xl/workbook.xml", "<bookViews>",
                "<bookViews xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                        + "xmlns:x15=\"http://schemas.microsoft.com/office/spreadsheetml/2010/11/main\" mc:Ignorable=\"x15\" "
                        + "x15:unknown=\"1\"><x15:whatever/>"));
        assertEquals(List.of(), found);
    }

    @Test
    void aDuplicateAndAnUnusedRelationshipAreFound() throws Exception {
        List<String> found = added(zip -> zip.addRelationship("xl/worksheets/_rels/sheet2.xml.rels", "rId99",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", "../sharedStrings.xml", false));
        assertTrue(found.contains("/xl/worksheets/sheet2.xml: relationship drawing not used by the part"), found.toString());
        List<String> twice = added(zip -> {
            zip.addRelationship("xl/worksheets/_rels/sheet2.xml.rels", "rId97",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", "../sharedStrings.xml", false);
            zip.addRelationship("xl/worksheets/_rels/sheet2.xml.rels", "rId96",
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", "../sharedStrings.xml", false);
        });
        assertTrue(twice.stream().anyMatch(p -> p.contains("duplicate relationship drawing")), twice.toString());
        List<String> dangling = added(zip -> zip.addRelationship("xl/worksheets/_rels/sheet2.xml.rels", "rId98",
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing", "../drawings/drawing9.xml", false));
        assertTrue(dangling.stream().anyMatch(p -> p.contains("to a missing part")), dangling.toString());
    }

    @Test
    void aPartWithoutContentTypeAndOneNothingReachesAreFound() throws Exception {
        List<String> found = added(zip -> zip.put("xl/orphan.bin", "x"));
        assertTrue(found.contains("/xl/orphan.bin: no content type"), found.toString());
        assertTrue(found.contains("/xl/orphan.bin: part no relationship reaches"), found.toString());
    }

    @Test
    void aHyperlinkWithoutItsRelationshipAndABadNameAreFound() throws Exception {
        List<String> found = added(zip -> {
            zip.replace("xl/worksheets/sheet2.xml", "</hyperlinks>", "<hyperlink ref=\"B1\" r:id=\"rIdNone\"/></hyperlinks>");
            zip.replace("xl/workbook.xml", "</definedNames>", "<definedName name=\"A1\">Drift!$A$1</definedName>"
                    + "<definedName name=\"Fel\">Finnsinte!$A$1</definedName></definedNames>");
        });
        assertTrue(found.stream().anyMatch(p -> p.contains("hyperlink B1 without its relationship")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("defined name not allowed: A1")), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.contains("to a missing sheet Finnsinte")), found.toString());
    }
}
