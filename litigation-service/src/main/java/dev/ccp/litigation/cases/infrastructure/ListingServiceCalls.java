package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.client.listing.api.BrandsApi;
import dev.ccp.client.listing.model.BrandView;
import dev.ccp.core.calls.TransientCallFailure;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The call to listing-service's brand registry, under a timeout, a retry of what may pass and a circuit breaker, as
 * {@link SellerServiceCalls}'. A 404 (no such brand) is an answer, not a failure: empty, so it neither retries nor
 * opens the breaker.
 */
@ApplicationScoped
class ListingServiceCalls {
    private final BrandsApi brands;

    ListingServiceCalls(@RestClient BrandsApi brands) {
        this.brands = brands;
    }

    // Made again at once, twice, when it may pass; past that core's consumer holds the event and retries it with its
    // back-off. A listing-service failing half its calls opens the breaker: the consumer waits, not hammers.
    @Timeout(4000)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, maxDuration = 10_000)
    @RetryWhen(exception = TransientCallFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    Optional<BrandView> brand(String brandId) {
        try {
            return Optional.of(brands.apiV1BrandsIdGet(brandId));
        } catch (RuntimeException e) {
            // read by status, not by exception type: each generated client's mapper is global once indexed
            Response answer = TransientCallFailure.answerIn(e);
            if (answer != null && answer.getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
