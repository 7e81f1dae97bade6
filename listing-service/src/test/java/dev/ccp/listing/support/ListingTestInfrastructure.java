package dev.ccp.listing.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against one real database, one real broker and the local token endpoint,
 * started once.
 */
@WithTestResource(value = CcpInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "listing"),
                // the local token endpoint, with short-lived tokens so that renewal is exercised
                @ResourceArg(name = "oauth-client", value = "listing-service"),
                @ResourceArg(name = "oauth-token-lifetime", value = "6"),
                // the key that encrypts webhook secrets at rest: random per run, never committed
                @ResourceArg(name = "random-key", value = "listing.webhooks.secret-key")})
public final class ListingTestInfrastructure {
    private ListingTestInfrastructure() {
    }
}
