package dev.ccp.listing.removals.application;

import dev.ccp.contracts.listing.BrandRemovalPrivilegeSuspended;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.listing.brand.application.ManagingRemovalPrivilege;
import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.infrastructure.BrandRepository;
import dev.ccp.listing.removals.domain.OverturnPolicy;
import dev.ccp.listing.removals.domain.RemovalItem;
import dev.ccp.listing.removals.infrastructure.RemovalItemRepository;
import dev.ccp.listing.webhooks.application.BrandNotifications;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Every self-service removal later overturned (a granted appeal, an upheld counter-notice) counts against the brand;
 * past the overturn rate the privilege is suspended, audited, announced as
 * {@code brand.removal-privilege-suspended}, counted in {@code ccp.listing.removal-privilege.suspensions}, shown on
 * the brand, and the brand is told.
 */
@ApplicationScoped
public class TrackingOverturns {
    private static final Logger LOG = Logger.getLogger(TrackingOverturns.class);

    private final RemovalItemRepository items;
    private final BrandRepository brands;
    private final ManagingRemovalPrivilege privilege;
    private final OverturnPolicy policy;
    private final BrandNotifications notifications;
    private final Outbox outbox;
    private final MeterRegistry metrics;
    private final Clock clock;

    TrackingOverturns(RemovalItemRepository items, BrandRepository brands, ManagingRemovalPrivilege privilege,
            OverturnPolicy policy, BrandNotifications notifications, Outbox outbox, MeterRegistry metrics,
            Clock clock) {
        this.items = items;
        this.brands = brands;
        this.privilege = privilege;
        this.policy = policy;
        this.notifications = notifications;
        this.outbox = outbox;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * The brand's removal of the listing was overturned.
     *
     * @param by what overturned it: {@code appeal:<id>} or {@code counter-notice:<id>}
     * @return whether it counted (false when the brand had no standing removal of the listing)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean overturned(String brandId, String listingId, String by) {
        Brand brand = brands.findByIdOptional(brandId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        List<RemovalItem> removed = brand == null ? List.of() : items.removedByBrandForUpdate(brandId, listingId);
        if (removed.isEmpty()) {
            LOG.infof("%s overturns a removal of listing %s by brand %s that is not on file here", by, listingId,
                    brandId);
            return false;
        }
        Instant now = clock.instant();
        for (RemovalItem item : removed) {
            item.overturn(by, now);
            notifications.notify(brandId, "removal.overturned", item.removalId,
                    Map.of("listingId", listingId, "overturnedBy", by, "overturnedAt", now.toString()));
        }
        metrics.counter("ccp.listing.self-service-removals.overturned").increment(removed.size());
        items.flush(); // the count below reads the overturn
        suspendIfPastRate(brand, now);
        return true;
    }

    private void suspendIfPastRate(Brand brand, Instant now) {
        long[] counts = items.removedAndOverturnedSince(brand.id, policy.countFrom(now, brand.removalPrivilegeGrantedAt));
        long removals = counts[0];
        long overturned = counts[1];
        if (!policy.suspends(removals, overturned)) {
            return;
        }
        int rate = OverturnPolicy.percent(overturned, removals);
        String why = overturned + " of " + removals + " self-service removals in " + policy.window()
                + " overturned (" + rate + " %; suspended from " + policy.suspendFromPercent() + " %)";
        if (!privilege.suspend(brand, why)) {
            return;
        }
        outbox.append(new BrandRemovalPrivilegeSuspended(brand.id, removals, overturned, rate,
                policy.suspendFromPercent(), policy.window().toString(), brand.removalPrivilegeSuspendedAt));
        metrics.counter("ccp.listing.removal-privilege.suspensions").increment();
        notifications.notify(brand.id, "removal-privilege.suspended", brand.id,
                Map.of("removals", removals, "overturned", overturned, "overturnRatePercent", rate,
                        "window", policy.window().toString()));
        LOG.warnf("brand %s loses self-service removal: %s", brand.id, why);
    }
}
