package dev.ccp.litigation.support;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real database and one real broker, started once. */
@WithTestResource(value = LitigationInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "litigation"))
public final class LitigationTestInfrastructure {
    private LitigationTestInfrastructure() {
    }
}
