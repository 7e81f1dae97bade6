package dev.ccp.takedown.statements.application;

import dev.ccp.takedown.statements.domain.RegisteredBrand;
import java.time.Instant;
import java.util.Optional;

/** What listing-service knows that a statement of reasons states: brands by name, and when a listing went up. */
public interface ListingRegistry {

    /**
     * @return the brand's name and trademark registrations; {@link RegisteredBrand#unknown} when the registry has no
     *         such brand (asking again would not help)
     * @throws ListingServiceUnavailableException when listing-service cannot answer now
     */
    RegisteredBrand brand(String brandId);

    /**
     * @return when the listing was created; empty when listing-service does not know it
     * @throws ListingServiceUnavailableException when listing-service cannot answer now
     */
    Optional<Instant> listedAt(String listingId);
}
