package dev.ccp.listing.sellers.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerEvent;
import dev.ccp.contracts.seller.SellerRegistered;
import dev.ccp.contracts.seller.SellerReinstated;
import dev.ccp.contracts.seller.SellerRejected;
import dev.ccp.contracts.seller.SellerReviewRequired;
import dev.ccp.contracts.seller.SellerSuspended;
import dev.ccp.contracts.seller.SellerVerified;
import dev.ccp.listing.listings.application.ScreeningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.screening.domain.SellerStanding;
import dev.ccp.listing.sellers.domain.KnownSeller;
import dev.ccp.listing.sellers.infrastructure.KnownSellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Keeps the local copy of sellers' standing from {@code seller.*} events, and re-screens a seller's live and
 * held listings when it changes: a suspended or closed seller's listings come down, a newly verified seller's
 * held listings go live if nothing else holds them.
 */
@ApplicationScoped
public class TrackingSellerStanding {
    public static final Set<String> TYPES = Set.of(SellerRegistered.TYPE, SellerVerified.TYPE,
            SellerReviewRequired.TYPE, SellerRejected.TYPE, SellerSuspended.TYPE, SellerReinstated.TYPE,
            SellerClosed.TYPE);

    private final KnownSellerRepository known;
    private final ListingRepository listings;
    private final ScreeningListing screening;

    TrackingSellerStanding(KnownSellerRepository known, ListingRepository listings, ScreeningListing screening) {
        this.known = known;
        this.listings = listings;
        this.screening = screening;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        SellerEvent payload = (SellerEvent) event.payload();
        SellerStanding status = switch (event.type()) {
            case SellerRegistered.TYPE -> SellerStanding.PENDING_REVIEW; // its decision follows in the same transaction
            case SellerVerified.TYPE, SellerReinstated.TYPE -> SellerStanding.VERIFIED;
            case SellerReviewRequired.TYPE -> SellerStanding.PENDING_REVIEW;
            case SellerRejected.TYPE -> SellerStanding.REJECTED;
            case SellerSuspended.TYPE -> SellerStanding.SUSPENDED;
            case SellerClosed.TYPE -> SellerStanding.CLOSED;
            default -> throw new IllegalArgumentException("not a seller standing event: " + event.type());
        };
        KnownSeller found = known.findByIdOptional(payload.sellerId(), LockModeType.PESSIMISTIC_WRITE).orElse(null);
        KnownSeller seller = found != null ? found : new KnownSeller(payload.sellerId());
        if (!seller.changeStanding(status, event.time(), event.type())) {
            return; // older news, or nothing new
        }
        if (payload instanceof SellerVerified verified) {
            seller.verifiedWith(verified.score(), verified.reasons().stream().map(r -> r.code())
                    .filter(code -> !code.equals("NO_BARRED_LINKS")).toList());
        }
        if (found == null) {
            known.persist(seller); // Hibernate inserts the state as it is now
        }
        known.flush(); // screening below reads the new standing
        for (Listing listing : listings.screenableOfSeller(payload.sellerId())) {
            screening.rescreen(listing);
        }
    }
}
