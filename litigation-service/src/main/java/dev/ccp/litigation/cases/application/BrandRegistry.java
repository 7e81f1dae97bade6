package dev.ccp.litigation.cases.application;

import java.util.Optional;

/**
 * What listing-service's brand registry knows of a brand, for the title staff read first. A port: one adapter asks
 * listing-service. The confirmation event carries brand ids only (its snapshot's {@code brand} is what the seller
 * typed, and screening signals are prose), so the name is asked for.
 */
public interface BrandRegistry {

    /**
     * The brand's registered name; empty for a brand listing-service does not know (the case then names its id).
     *
     * @throws ListingServiceUnavailableException when listing-service cannot answer now (the event is retried)
     */
    Optional<String> nameOf(String brandId);
}
