package dev.ccp.takedown.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against one real database, one real broker and the real payment provider
 * simulator, started once; service tokens from the local token endpoint; listing-service and seller-service stubbed
 * over real HTTP ({@link ListingServiceStub} for brand reads, {@link PeerServicesStub} for the rest).
 */
@WithTestResource(value = CcpInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "takedown"),
                @ResourceArg(name = "oauth-client", value = "takedown-service")})
@WithTestResource(value = ListingServiceStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PaymentProvider.class, scope = TestResourceScope.GLOBAL)
public final class TakedownTestInfrastructure {
    private TakedownTestInfrastructure() {
    }
}
