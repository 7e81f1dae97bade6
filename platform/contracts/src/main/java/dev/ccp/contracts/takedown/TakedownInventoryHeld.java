package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/** The seller's stock of the listing is held for destruction; staff later destroy or release it. */
public record TakedownInventoryHeld(String takedownId, String listingId, String sellerId, int units,
        Instant heldAt) implements TakedownEvent {
    public static final String TYPE = "takedown.inventory-held";

    public TakedownInventoryHeld {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(heldAt, "heldAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
