package dev.ccp.listing.removals.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.takedown.TakedownAppealGranted;
import dev.ccp.listing.listings.application.OverturningListing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * {@code takedown.appeal-granted} naming a brand in {@code overturnedRemovalBy} overturns that brand's own removal:
 * it counts against the brand, and the brand's verdict on the listing goes (takedown-service reinstates it). An
 * appeal against a moderator's or screening's decision counts against nobody.
 */
@ApplicationScoped
public class CountingAppealOverturns {
    public static final Set<String> TYPES = Set.of(TakedownAppealGranted.TYPE);

    private final TrackingOverturns tracking;
    private final ListingRepository listings;
    private final OverturningListing overturning;

    CountingAppealOverturns(TrackingOverturns tracking, ListingRepository listings, OverturningListing overturning) {
        this.tracking = tracking;
        this.listings = listings;
        this.overturning = overturning;
    }

    /** Runs in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        TakedownAppealGranted granted = (TakedownAppealGranted) event.payload();
        if (granted.overturnedRemovalBy() == null || granted.overturnedRemovalBy().isBlank()) {
            return;
        }
        if (tracking.overturned(granted.overturnedRemovalBy(), granted.listingId(), "appeal:" + granted.appealId())) {
            listings.findByIdOptional(granted.listingId(), LockModeType.PESSIMISTIC_WRITE).ifPresent(listing ->
                    overturning.clearVerdict(listing, "appeal " + granted.appealId() + " granted: " + granted.note(),
                            granted.decidedBy()));
        }
    }
}
