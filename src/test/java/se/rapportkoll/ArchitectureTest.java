package se.rapportkoll;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout of the code, checked on the compiled classes: the file format's libraries only at
 * the edge ({@code se.rapportkoll.xlsx}), no package cycles, and plain value types in
 * {@code se.rapportkoll.model} that need nothing else of the project.
 */
class ArchitectureTest {

    private static final String[] FILE_FORMAT = {
            "org.apache.poi..", "org.jxls..", "org.apache.xmlbeans..", "org.openxmlformats..", "com.microsoft.schemas.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.rapportkoll");

    @Test
    void onlyTheEdgeUsesTheFileFormatsLibraries() {
        noClasses().that().resideOutsideOfPackage("se.rapportkoll.xlsx..")
                .should().dependOnClassesThat().resideInAnyPackage(FILE_FORMAT)
                .because("the file format belongs at the edge, in se.rapportkoll.xlsx")
                .check(MAIN);
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
}
