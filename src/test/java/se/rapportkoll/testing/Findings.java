package se.rapportkoll.testing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rapportkoll.i18n.Messages;
import se.rapportkoll.locate.LocatedWorkbook;
import se.rapportkoll.locate.TableLocator;
import se.rapportkoll.model.Finding;
import se.rapportkoll.validate.Validator;
import se.rapportkoll.xlsx.read.GridReader;

import java.util.List;
import java.util.stream.Collectors;

/** Helpers to run the locator and validator on a workbook and describe findings compactly. */
public final class Findings {

    private Findings() {
    }

    public static LocatedWorkbook locate(XSSFWorkbook wb) {
        return new TableLocator().locate(GridReader.read(wb, s -> true));
    }

    public static List<Finding> validate(XSSFWorkbook wb) {
        return new Validator(Messages.swedish()).validate(locate(wb));
    }

    /** The words of a message, a quoted name or an argument ({0}) counted as one: "about 25" is the limit. */
    public static int words(String message) {
        String joined = message.replaceAll("\"[^\"]*\"|”[^”]*”|\\{\\d+}", "X");
        return joined.trim().split("\\s+").length;
    }

    /** "severity rule Sheet!Cell expected actual", one per finding, e.g. "ERROR total Volymer!G14 108931 109669". */
    public static List<String> describe(List<Finding> findings) {
        return findings.stream().map(Findings::describe).collect(Collectors.toList());
    }

    public static String describe(Finding f) {
        return (f.severity() + " " + f.rule() + " " + (f.sheet() == null ? "" : f.sheet() + "!" + f.cell())
                + " " + number(f.expected()) + " " + number(f.actual())).strip();
    }

    private static String number(Double d) {
        if (d == null) {
            return "-";
        }
        return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
