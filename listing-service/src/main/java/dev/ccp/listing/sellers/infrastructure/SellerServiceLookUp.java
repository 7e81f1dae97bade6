package dev.ccp.listing.sellers.infrastructure;

import dev.ccp.core.calls.TransientCallFailure;
import io.smallrye.faulttolerance.api.RetryWhen;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * One question to seller-service, bounded: each attempt times out after 1.5 s; a failure that may pass (no answer,
 * 5xx, 429) is tried twice more within 4 s in all; a seller-service failing half of 10 calls opens the circuit for
 * 10 s, so uploads stop waiting on it. An unknown seller (404) is an answer, not a failure. Any of these can be
 * tuned by MicroProfile Fault Tolerance config, e.g. {@code
 * dev.ccp.listing.sellers.infrastructure.SellerServiceLookUp/find/Retry/maxRetries=1}.
 */
@ApplicationScoped
public class SellerServiceLookUp {
    private final SellerServiceClient client;

    SellerServiceLookUp(@RestClient SellerServiceClient client) {
        this.client = client;
    }

    @Timeout(1500)
    @Retry(maxRetries = 2, delay = 100, jitter = 50, maxDuration = 4000)
    @RetryWhen(exception = TransientCallFailure.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    public Optional<SellerServiceClient.SellerAccount> find(String sellerId) {
        try {
            return Optional.ofNullable(client.get(sellerId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
