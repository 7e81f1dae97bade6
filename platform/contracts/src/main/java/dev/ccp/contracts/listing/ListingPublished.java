package dev.ccp.contracts.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Screening passed: the listing is live.
 *
 * @param brandIds the brands the screening found evidence about (named, described or pictured); may be empty
 */
public record ListingPublished(String listingId, String sellerId, List<String> brandIds, int score,
        List<ScreeningSignal> signals, ScreeningCause cause, Instant screenedAt) implements ListingEvent {
    public static final String TYPE = "listing.published";

    public ListingPublished {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        signals = List.copyOf(signals);
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(screenedAt, "screenedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
