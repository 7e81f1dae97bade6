package dev.ccp.takedown.statements.infrastructure;

import dev.ccp.client.listing.api.BrandsApi;
import dev.ccp.client.listing.api.ListingsApi;
import dev.ccp.client.listing.model.BrandView;
import dev.ccp.client.listing.model.ListingView;
import dev.ccp.client.listing.model.Trademark;
import dev.ccp.core.calls.TransientCallFailure;
import dev.ccp.takedown.statements.application.ListingRegistry;
import dev.ccp.takedown.statements.application.ListingServiceUnavailableException;
import dev.ccp.takedown.statements.domain.RegisteredBrand;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link ListingRegistry} over listing-service's generated client. Only a 404 is an answer ("no such brand"); every
 * other failure, a refused token included, is listing-service being unavailable, so the statement is tried again.
 */
@ApplicationScoped
public class ListingServiceRegistry implements ListingRegistry {
    private final BrandsApi brands;
    private final ListingsApi listings;

    ListingServiceRegistry(@RestClient BrandsApi brands, @RestClient ListingsApi listings) {
        this.brands = brands;
        this.listings = listings;
    }

    @Override
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    public RegisteredBrand brand(String brandId) {
        BrandView brand = call("brand " + brandId, () -> brands.apiV1BrandsIdGet(brandId));
        if (brand == null) {
            return RegisteredBrand.unknown(brandId);
        }
        List<String> registrations = brand.getTrademarks() == null ? List.of() : brand.getTrademarks().stream()
                .map(ListingServiceRegistry::registration).filter(Objects::nonNull).toList();
        return new RegisteredBrand(brandId, brand.getName(), registrations);
    }

    @Override
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000)
    public Optional<Instant> listedAt(String listingId) {
        ListingView listing = call("listing " + listingId, () -> listings.apiV1ListingsIdGet(listingId));
        return Optional.ofNullable(listing).map(ListingView::getCreatedAt).map(at -> at.toInstant());
    }

    /** The answer, null for a 404, or {@link ListingServiceUnavailableException} for anything else. */
    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (RuntimeException e) {
            // read by status, not by exception type: each generated client's mapper is global once indexed
            Response answer = TransientCallFailure.answerIn(e);
            if (answer != null && answer.getStatus() == 404) {
                return null;
            }
            throw new ListingServiceUnavailableException(what, e);
        }
    }

    private static String registration(Trademark trademark) {
        if (trademark.getRegistrationNumber() == null || trademark.getRegistrationNumber().isBlank()) {
            return null;
        }
        return trademark.getOffice() == null ? trademark.getRegistrationNumber()
                : trademark.getOffice() + " " + trademark.getRegistrationNumber();
    }
}
