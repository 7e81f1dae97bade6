package dev.ccp.litigation.support;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * Every @QuarkusTest of this module runs against one real database and one real broker, started once; service tokens
 * from the local token endpoint (in this JVM); seller-service and listing-service's brand registry stubbed over real
 * HTTP ({@link SellerServiceStub}, {@link ListingServiceStub}).
 */
@WithTestResource(value = LitigationInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = {@ResourceArg(name = "service", value = "litigation"),
                @ResourceArg(name = "oauth-client", value = "litigation-service")})
@WithTestResource(value = SellerServiceStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ListingServiceStub.class, scope = TestResourceScope.GLOBAL)
public final class LitigationTestInfrastructure {
    private LitigationTestInfrastructure() {
    }
}
