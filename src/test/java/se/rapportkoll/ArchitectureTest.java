package se.rapportkoll;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The layout of the code, checked on the compiled classes: the file format's libraries only at
 * the edge ({@code se.rapportkoll.xlsx}), no package cycles, and plain value types in
 * {@code se.rapportkoll.model} that need nothing else of the project.
 */
class ArchitectureTest {

    private static final String[] FILE_FORMAT = {
            "org.apache.poi..", "org.jxls..", "org.apache.xmlbeans..", "org.openxmlformats..", "com.microsoft.schemas.."};

    /**
     * Classes outside {@code se.rapportkoll.xlsx} that still use POI, frozen as they were when the
     * rule came in (issue 14). The list may only shrink: a class that no longer needs POI must leave it
     * (see {@link #theFrozenPoiUsersStillUseItSoTheListOnlyShrinks}), and no class may join it.
     */
    private static final Set<String> POI_USERS_TO_MOVE = Set.of(
            // the forecast package's sheets, chart, styles and settings reader (being split into
            // analyse.forecast/analyse.plan and xlsx.write.sheets), and the monthly table reader
            "se.rapportkoll.forecast.ForecastChart",
            "se.rapportkoll.forecast.ForecastSheet",
            "se.rapportkoll.forecast.Forecasting",
            "se.rapportkoll.forecast.ScenarioSettings",
            // orchestration holds the opened workbook
            "se.rapportkoll.pipeline.Pipeline",
            // the report's text read from .docx
            "se.rapportkoll.prose.ReportText");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.rapportkoll");

    @Test
    void onlyTheEdgeUsesTheFileFormatsLibraries() {
        noClasses().that().resideOutsideOfPackage("se.rapportkoll.xlsx..")
                .and(DescribedPredicate.not(frozen()))
                .should().dependOnClassesThat().resideInAnyPackage(FILE_FORMAT)
                .because("the file format belongs at the edge, in se.rapportkoll.xlsx")
                .check(MAIN);
    }

    @Test
    void theFrozenPoiUsersStillUseItSoTheListOnlyShrinks() {
        Set<String> stillUsing = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (POI_USERS_TO_MOVE.contains(topLevel(c)) && c.getDirectDependenciesFromSelf().stream()
                    .anyMatch(d -> List.of(FILE_FORMAT).stream()
                            .anyMatch(p -> d.getTargetClass().getPackageName().startsWith(p.substring(0, p.length() - 2))))) {
                stillUsing.add(topLevel(c));
            }
        }
        assertEquals(new TreeSet<>(POI_USERS_TO_MOVE), stillUsing,
                "a class that no longer uses POI leaves POI_USERS_TO_MOVE");
    }

    @Test
    void packagesFormNoCycle() {
        slices().matching("se.rapportkoll.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theModelNeedsNoOtherProjectPackage() {
        classes().that().resideInAPackage("se.rapportkoll.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("se.rapportkoll.model..", "java..")
                .because("model holds plain value types: no POI, no i18n, no other stage")
                .check(MAIN);
    }

    private static DescribedPredicate<JavaClass> frozen() {
        return DescribedPredicate.describe("frozen POI users", c -> POI_USERS_TO_MOVE.contains(topLevel(c)));
    }

    private static String topLevel(JavaClass c) {
        String name = c.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
