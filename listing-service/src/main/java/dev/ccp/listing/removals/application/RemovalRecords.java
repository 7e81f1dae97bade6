package dev.ccp.listing.removals.application;

import dev.ccp.listing.brand.domain.Brand;
import dev.ccp.listing.brand.domain.RemovalOutcomes;
import dev.ccp.listing.removals.domain.OverturnPolicy;
import dev.ccp.listing.removals.infrastructure.RemovalItemRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The brand's overturn count as the suspension reads it, for staff's view of the brand. */
@ApplicationScoped
public class RemovalRecords implements RemovalOutcomes {
    private final RemovalItemRepository items;
    private final OverturnPolicy policy;
    private final Clock clock;

    RemovalRecords(RemovalItemRepository items, OverturnPolicy policy, Clock clock) {
        this.items = items;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Record of(Brand brand) {
        long[] counts = items.removedAndOverturnedSince(brand.id,
                policy.countFrom(clock.instant(), brand.removalPrivilegeGrantedAt));
        return new Record(counts[0], counts[1], OverturnPolicy.percent(counts[1], counts[0]),
                policy.suspendFromPercent(), policy.window().toString());
    }
}
