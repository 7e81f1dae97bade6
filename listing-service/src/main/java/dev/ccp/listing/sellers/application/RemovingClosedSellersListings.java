package dev.ccp.listing.sellers.application;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.seller.SellerClosed;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.listings.application.RemovingListing;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * {@code seller.closed}: every live or held listing of the seller is removed (reason {@code SELLER_CLOSED}, the
 * event's id as reference, each announced as {@code listing.removed}), however many there are.
 *
 * <p>The consumer's inbox transaction is open around this and stays so until the end: the event counts as applied
 * only once the last chunk is done. Meanwhile the standing and then each chunk commit in transactions of their own,
 * so that no transaction grows with the seller's catalogue. If the service stops midway, the inbox never recorded
 * the event, Kafka delivers it again, and the removal carries on with what is still live: a chunk only ever picks
 * listings not yet removed, so no listing is removed or announced twice.
 */
@ApplicationScoped
public class RemovingClosedSellersListings {
    public static final String REASON = "SELLER_CLOSED";
    private static final Logger LOG = Logger.getLogger(RemovingClosedSellersListings.class);

    private final RecordingStanding standing;
    private final RemovingListing removing;
    private final ListingConfig.SellerClosure config;

    RemovingClosedSellersListings(RecordingStanding standing, RemovingListing removing, ListingConfig config) {
        this.standing = standing;
        this.removing = removing;
        this.config = config.sellerClosure();
    }

    public void apply(EventEnvelope event) {
        String sellerId = ((SellerClosed) event.payload()).sellerId();
        // committed first, so that a listing submitted while the chunks run is screened as a closed seller's
        boolean closed = QuarkusTransaction.requiringNew().call(() -> {
            standing.record(event);
            return standing.isClosed(sellerId);
        });
        if (!closed) {
            return; // newer news came first (a reinstatement): nothing to remove
        }
        long started = System.nanoTime();
        int chunk = config.chunkSize();
        int removed;
        int total = 0;
        do {
            removed = removing.removeLiveListingsOfSeller(sellerId, REASON, event.id(), event.source(), chunk);
            total += removed;
        } while (removed == chunk && removed > 0);
        if (total > 0) {
            LOG.infof("seller %s closed (event %s): %d live or held listings removed in %d ms", sellerId, event.id(),
                    total, (System.nanoTime() - started) / 1_000_000);
        }
    }
}
