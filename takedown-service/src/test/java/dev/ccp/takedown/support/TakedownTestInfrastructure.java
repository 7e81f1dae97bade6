package dev.ccp.takedown.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real database and one real broker, started once. */
@WithTestResource(value = CcpInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "takedown"))
public final class TakedownTestInfrastructure {
    private TakedownTestInfrastructure() {
    }
}
