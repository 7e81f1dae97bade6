package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.client.seller.api.SellersApi;
import dev.ccp.client.seller.model.ClosureRequest;
import dev.ccp.client.seller.model.StandingChange;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.takedown.takedowns.application.RefusedByPeerException;
import dev.ccp.takedown.takedowns.application.SellerClosures;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link SellerClosures} through seller-service's generated client: 200 (closed or reinstated now or before) is
 * success. Guarded like {@link ListingServiceRemovals}, with breakers of its own.
 */
@ApplicationScoped
@Timeout(6000)
@Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 15_000)
@RetryWhen(exception = TransientCallFailure.class)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RefusedByPeerException.class)
public class SellerServiceClosures implements SellerClosures {
    private final SellersApi sellers;

    SellerServiceClosures(@RestClient SellersApi sellers) {
        this.sellers = sellers;
    }

    @Override
    public void close(String sellerId, String idempotencyKey, String reason, String reference) {
        try {
            sellers.apiV1SellersIdClosurePost(sellerId, idempotencyKey,
                    new ClosureRequest().reason(reason).reference(reference));
        } catch (RuntimeException e) {
            throw PeerFailures.of("seller-service's closure of seller " + sellerId, e);
        }
    }

    @Override
    public void reinstate(String sellerId, String reason) {
        try {
            sellers.apiV1SellersIdReinstatementPost(sellerId, new StandingChange().reason(reason));
        } catch (RuntimeException e) {
            PeerFailures.unlessConflict("seller-service's reinstatement of seller " + sellerId, e);
        }
    }
}
