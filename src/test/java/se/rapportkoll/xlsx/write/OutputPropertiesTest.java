package se.rapportkoll.xlsx.write;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.rapportkoll.base.Version;
import se.rapportkoll.pipeline.Pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The output records where it came from and asks the spreadsheet program to recalculate on open. */
class OutputPropertiesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {OutputFixtures.FEB, OutputFixtures.AUG, OutputFixtures.PLAN})
    void provenanceAndRecalculation(String file) throws Exception {
        Path input = OutputFixtures.sample(file);
        Path output = dir.resolve("out.xlsx");
        LocalDateTime before = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        Pipeline.Result result = OutputFixtures.process(input, output);
        LocalDateTime after = LocalDateTime.now();

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input)));
        try (XSSFWorkbook wb = OutputFixtures.open(output)) {
            POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
            assertEquals(Version.get(), text(custom, "rapportkoll.version"), file);
            assertEquals(sha256, text(custom, "rapportkoll.inputSha256").toLowerCase(), file);
            assertEquals(sha256, result.inputSha256().toLowerCase(), file + ": the result's hash");
            assertEquals(file, text(custom, "rapportkoll.inputName"), file);
            LocalDateTime processedAt = LocalDateTime.parse(text(custom, "rapportkoll.processedAt"),
                    DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            assertTrue(!processedAt.isBefore(before) && !processedAt.isAfter(after), file + ": processed at " + processedAt);
            assertTrue(wb.getForceFormulaRecalculation(), file + ": recalculation forced");
        }
    }

    private static String text(POIXMLProperties.CustomProperties custom, String name) {
        assertTrue(custom.contains(name), name);
        var property = custom.getProperty(name);
        assertNotNull(property, name);
        assertTrue(property.isSetLpwstr(), name + " is a text property");
        return property.getLpwstr();
    }
}
