package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/** The appeal was denied: the takedown stands, and the seller is told why (the note). */
public record TakedownAppealDenied(String takedownId, String appealId, String listingId, String sellerId,
        String decidedBy, String note, Instant decidedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.appeal-denied";

    public TakedownAppealDenied {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
