package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.client.listing.api.ListingsApi;
import dev.ccp.client.listing.model.ActionRequest;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.takedown.takedowns.application.ListingRemovals;
import dev.ccp.takedown.takedowns.application.RefusedByPeerException;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link ListingRemovals} through listing-service's generated client: 200 (removed or reinstated now or before) is
 * success. A call that may pass is made again at once, twice, under the same Idempotency-Key; past that the
 * caller's persisted backoff takes over. A peer failing half its calls opens the breaker (one per method): the
 * runner waits, not hammers; a refusal (4xx) is the peer answering, not failing.
 */
@ApplicationScoped
@Timeout(6000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 15_000)
@RetryWhen(exception = TransientCallFailure.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RefusedByPeerException.class)
public class ListingServiceRemovals implements ListingRemovals {
    private final ListingsApi listings;

    ListingServiceRemovals(@RestClient ListingsApi listings) {
        this.listings = listings;
    }

    @Override
    public void remove(String listingId, String idempotencyKey, String reason, String reference) {
        try {
            listings.apiV1ListingsIdRemovalPost(listingId, idempotencyKey,
                    new ActionRequest().reason(reason).reference(reference));
        } catch (RuntimeException e) {
            throw PeerFailures.of("listing-service's removal of listing " + listingId, e);
        }
    }

    @Override
    public void reinstate(String listingId, String idempotencyKey, String reason, String reference) {
        try {
            listings.apiV1ListingsIdReinstatementPost(listingId, idempotencyKey,
                    new ActionRequest().reason(reason).reference(reference));
        } catch (RuntimeException e) {
            PeerFailures.unlessConflict("listing-service's reinstatement of listing " + listingId, e);
        }
    }
}
