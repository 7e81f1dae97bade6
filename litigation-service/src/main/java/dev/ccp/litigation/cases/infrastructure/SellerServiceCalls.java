package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.client.seller.api.SellersApi;
import dev.ccp.client.seller.model.LinkView;
import dev.ccp.client.seller.model.SellerIdentityView;
import dev.ccp.core.calls.TransientCallFailure;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The calls to seller-service, each under a timeout, a retry of what may pass and a circuit breaker. A 404 (no such
 * seller) is an answer, not a failure: empty, so it neither retries nor opens the breaker.
 */
@ApplicationScoped
class SellerServiceCalls {
    /** Why litigation reads a seller's personal data: seller-service records it with every read. */
    static final String PURPOSE = "evidence of a counterfeiting case (SELLER_IDENTITY entry)";

    private final SellersApi sellers;

    SellerServiceCalls(@RestClient SellersApi sellers) {
        this.sellers = sellers;
    }

    // A call that may pass is made again at once, twice; past that core's consumer holds the event and retries it
    // with its back-off. A seller-service failing half its calls opens the breaker: the consumer waits, not hammers.
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 10_000)
    @RetryWhen(exception = TransientCallFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    Optional<List<LinkView>> links(String sellerId) {
        try {
            return Optional.of(sellers.apiV1SellersIdLinksGet(sellerId));
        } catch (RuntimeException e) {
            return unknown(e);
        }
    }

    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 10_000)
    @RetryWhen(exception = TransientCallFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    Optional<SellerIdentityView> identity(String sellerId) {
        try {
            return Optional.of(sellers.apiV1SellersIdIdentityGet(sellerId, PURPOSE));
        } catch (RuntimeException e) {
            return unknown(e);
        }
    }

    private static <T> Optional<T> unknown(RuntimeException e) {
        Response answer = TransientCallFailure.answerIn(e);
        if (answer != null && answer.getStatus() == 404) {
            return Optional.empty();
        }
        throw e;
    }
}
