package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/** listing-service confirmed the takedown's listing is REMOVED (it may have been removed already). */
public record TakedownListingRemoved(String takedownId, String listingId, String sellerId, Instant removedAt)
        implements TakedownEvent {
    public static final String TYPE = "takedown.listing-removed";

    public TakedownListingRemoved {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(removedAt, "removedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
