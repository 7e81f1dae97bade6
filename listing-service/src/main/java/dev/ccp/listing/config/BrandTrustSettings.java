package dev.ccp.listing.config;

import dev.ccp.listing.removals.domain.OverturnPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** How far staff trust brands acting for themselves: {@code listing.removals.*}. */
@ApplicationScoped
public class BrandTrustSettings {

    @Produces
    @Singleton
    OverturnPolicy overturnPolicy(ListingConfig config) {
        ListingConfig.Removals r = config.removals();
        return new OverturnPolicy(r.suspendFromPercent(), r.minimumRemovals(), r.window());
    }
}
