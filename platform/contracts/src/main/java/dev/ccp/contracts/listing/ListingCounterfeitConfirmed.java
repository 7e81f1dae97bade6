package dev.ccp.contracts.listing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A moderator confirmed the listing is counterfeit: takedown-service removes it, holds stock and refunds buyers;
 * litigation-service files the evidence.
 *
 * @param brandIds the infringed brands as screening saw them; may be empty when only the moderator saw it
 */
public record ListingCounterfeitConfirmed(String listingId, String sellerId, List<String> brandIds,
        ListingSnapshot snapshot, int score, List<ScreeningSignal> signals, String note, String decidedBy,
        Instant decidedAt) implements ListingEvent {
    public static final String TYPE = "listing.counterfeit-confirmed";

    public ListingCounterfeitConfirmed {
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        brandIds = List.copyOf(brandIds);
        Objects.requireNonNull(snapshot, "snapshot");
        signals = List.copyOf(signals);
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
