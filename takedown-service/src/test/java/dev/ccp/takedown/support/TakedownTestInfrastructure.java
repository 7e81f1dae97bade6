package dev.ccp.takedown.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against one real database, one real broker and the real payment provider
 * simulator, started once, and a stub of listing-service's reads over real HTTP ({@link ListingServiceStub}).
 */
@WithTestResource(value = CcpInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "takedown"))
@WithTestResource(value = ListingServiceStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PaymentProvider.class, scope = TestResourceScope.GLOBAL)
public final class TakedownTestInfrastructure {
    private TakedownTestInfrastructure() {
    }
}
