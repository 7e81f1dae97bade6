package dev.ccp.contracts.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Screening found strong evidence of infringement: the listing is not live.
 *
 * @param brandIds the brands the screening found evidence about (named, described or pictured); may be empty
 */
public record ListingBlocked(String listingId, String sellerId, List<String> brandIds, int score,
        List<ScreeningSignal> signals, ScreeningCause cause, Instant screenedAt) implements ListingEvent {
    public static final String TYPE = "listing.blocked";

    public ListingBlocked {
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
