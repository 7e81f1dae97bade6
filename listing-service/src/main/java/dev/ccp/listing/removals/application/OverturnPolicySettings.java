package dev.ccp.listing.removals.application;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.removals.domain.OverturnPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The overturn rate this deployment suspends brands at: {@code listing.removals.*}. */
@ApplicationScoped
public class OverturnPolicySettings {

    @Produces
    @Singleton
    OverturnPolicy overturnPolicy(ListingConfig config) {
        ListingConfig.Removals r = config.removals();
        return new OverturnPolicy(r.suspendFromPercent(), r.minimumRemovals(), r.window());
    }
}
