package dev.ccp.listing.brand.application;

import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.BrandPrivilegeChange;
import dev.ccp.listing.brand.infrastructure.BrandPrivilegeChangeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The self-service removal privilege: staff (trust-admin) grant and withdraw it, the overturn rate suspends it;
 * every change is audited. Runs in the caller's transaction, on a brand the caller holds locked.
 */
@ApplicationScoped
public class ManagingRemovalPrivilege {
    private final BrandPrivilegeChangeRepository changes;
    private final Clock clock;

    ManagingRemovalPrivilege(BrandPrivilegeChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Grants or withdraws it when that changes anything; granting a suspended privilege lifts the suspension.
     *
     * @return whether anything changed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean set(Brand brand, boolean granted, String reason, String actor) {
        if (granted && !brand.mayRemoveListings()) {
            brand.grantRemovalPrivilege(clock.instant());
            changes.persist(BrandPrivilegeChange.of(brand.id, BrandPrivilegeChange.Change.GRANTED, reason, actor,
                    brand.removalPrivilegeGrantedAt));
            return true;
        }
        if (!granted && brand.selfServiceRemoval) {
            brand.withdrawRemovalPrivilege();
            changes.persist(BrandPrivilegeChange.of(brand.id, BrandPrivilegeChange.Change.WITHDRAWN, reason, actor,
                    clock.instant()));
            return true;
        }
        return false;
    }

    /** @return false when it was already suspended or never granted */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean suspend(Brand brand, String why) {
        if (!brand.mayRemoveListings()) {
            return false;
        }
        brand.suspendRemovalPrivilege(why, clock.instant());
        changes.persist(BrandPrivilegeChange.of(brand.id, BrandPrivilegeChange.Change.SUSPENDED, why, "system",
                brand.removalPrivilegeSuspendedAt));
        return true;
    }
}
