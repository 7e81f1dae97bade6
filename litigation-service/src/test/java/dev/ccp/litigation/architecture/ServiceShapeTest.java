package dev.ccp.litigation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.ccp.devstack.test.ServiceShape;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** litigation-service keeps the one service shape: feature first, then layer, and no service imports another. */
class ServiceShapeTest {
    private static final String BASE = "dev.ccp.litigation";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** The report only reads: nothing builds on it, and it keeps its own projection instead of the other features'. */
    private static final List<ArchRule> REPORTS = List.of(
            noClasses().that().resideOutsideOfPackage(BASE + ".reports..")
                    .should().dependOnClassesThat().resideInAPackage(BASE + ".reports..")
                    .because("the yearly report is a read model; no feature depends on it"),
            noClasses().that().resideInAPackage(BASE + ".reports..")
                    .should().dependOnClassesThat().resideInAnyPackage(BASE + ".cases..", BASE + ".evidence..",
                            BASE + ".legal..", BASE + ".partner..")
                    .because("the report counts from its own projection and reads the legal tables by date, "
                            + "without reaching into the features that write them"));

    @TestFactory
    Stream<DynamicTest> litigationServiceKeepsTheServiceShape() {
        return Stream.concat(ServiceShape.of(BASE).rules().stream(), REPORTS.stream())
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(MAIN)));
    }
}
