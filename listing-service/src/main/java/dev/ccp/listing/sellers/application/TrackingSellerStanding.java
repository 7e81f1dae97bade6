package dev.ccp.listing.sellers.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.contracts.seller.SellerEvent;
import dev.ccp.listing.listings.application.ScreeningListing;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.infrastructure.ListingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * Keeps the local copy of sellers' standing from {@code seller.*} events and applies it to the seller's live and
 * held listings: a closed seller's are removed; otherwise they are re-screened, so that a suspended or rejected
 * seller's listings come down and a newly verified seller's held listings go live if nothing else holds them.
 */
@ApplicationScoped
public class TrackingSellerStanding {
    public static final Set<String> TYPES = RecordingStanding.TYPES;

    private final RecordingStanding standing;
    private final RemovingClosedSellersListings closing;
    private final ListingRepository listings;
    private final ScreeningListing screening;

    TrackingSellerStanding(RecordingStanding standing, RemovingClosedSellersListings closing,
            ListingRepository listings, ScreeningListing screening) {
        this.standing = standing;
        this.closing = closing;
        this.listings = listings;
        this.screening = screening;
    }

    /** Runs in the consumer's inbox transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (event.payload() instanceof SellerClosed) {
            closing.apply(event);
            return;
        }
        if (standing.record(event)) {
            for (Listing listing : listings.screenableOfSeller(((SellerEvent) event.payload()).sellerId())) {
                screening.rescreen(listing);
            }
        }
    }
}
