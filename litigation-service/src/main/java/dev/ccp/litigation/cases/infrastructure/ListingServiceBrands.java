package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.client.listing.model.BrandView;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.litigation.cases.application.BrandRegistry;
import dev.ccp.litigation.cases.application.ListingServiceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * {@link BrandRegistry} through listing-service's generated client ({@link ListingServiceCalls}), with the service
 * token the seller-service calls carry. A brand listing-service does not know (404), or one without a name, is
 * empty; any other failure, a refusal or an open breaker included, is {@link ListingServiceUnavailableException}:
 * the intake waits for listing-service rather than title a case with an id it could have named.
 */
@ApplicationScoped
public class ListingServiceBrands implements BrandRegistry {
    private final ListingServiceCalls calls;

    ListingServiceBrands(ListingServiceCalls calls) {
        this.calls = calls;
    }

    @Override
    public Optional<String> nameOf(String brandId) {
        Optional<BrandView> brand;
        try {
            brand = calls.brand(brandId);
        } catch (RuntimeException e) {
            Response answer = TransientCallFailure.answerIn(e);
            throw new ListingServiceUnavailableException("listing-service did not give brand " + brandId + ": "
                    + (answer == null ? e.getClass().getSimpleName() + ": " + e.getMessage() : "it answered "
                    + answer.getStatus()), e);
        }
        return brand.map(BrandView::getName).map(String::strip).filter(name -> !name.isEmpty());
    }
}
