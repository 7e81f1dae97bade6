package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.client.seller.api.SellersApi;
import dev.ccp.client.seller.model.ClosureRequest;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.takedown.takedowns.application.RefusedByPeerException;
import dev.ccp.takedown.takedowns.application.SellerClosures;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@link SellerClosures} through seller-service's generated client: 200 (closed now or before) is success. */
@ApplicationScoped
public class SellerServiceClosures implements SellerClosures {
    private final SellersApi sellers;

    SellerServiceClosures(@RestClient SellersApi sellers) {
        this.sellers = sellers;
    }

    @Override
    // A call that may pass is made again at once, twice, under the same Idempotency-Key; past that the step runner's
    // persisted backoff takes over. A peer failing half its calls opens the breaker: the runner waits, not hammers;
    // a refusal (4xx) is the peer answering, not failing.
    @Timeout(6000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 15_000)
    @RetryWhen(exception = TransientCallFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, skipOn = RefusedByPeerException.class)
    public void close(String sellerId, String idempotencyKey, String reason, String reference) {
        String what = "seller-service's closure of seller " + sellerId;
        try {
            sellers.apiV1SellersIdClosurePost(sellerId, idempotencyKey,
                    new ClosureRequest().reason(reason).reference(reference));
        } catch (RuntimeException e) {
            throw PeerFailures.of(what, e);
        }
    }
}
