package dev.ccp.listing.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real database and one real broker, started once. */
@WithTestResource(value = CcpInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "listing"))
public final class ListingTestInfrastructure {
    private ListingTestInfrastructure() {
    }
}
