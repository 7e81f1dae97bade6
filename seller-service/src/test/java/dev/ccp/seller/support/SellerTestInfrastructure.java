package dev.ccp.seller.support;

import dev.ccp.devstack.test.CcpInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Every @QuarkusTest of this module runs against one real database and one real broker, started once. */
@WithTestResource(value = CcpInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "service", value = "seller"))
public final class SellerTestInfrastructure {
    private SellerTestInfrastructure() {
    }
}
