package dev.ccp.litigation.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.ccp.devstack.test.ServiceShape;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** litigation-service keeps the one service shape: feature first, then layer, and no service imports another. */
class ServiceShapeTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.ccp.litigation");

    @TestFactory
    Stream<DynamicTest> litigationServiceKeepsTheServiceShape() {
        return ServiceShape.of("dev.ccp.litigation").rules().stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(MAIN)));
    }
}
