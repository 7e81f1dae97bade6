package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/**
 * The held stock reached its end: {@code DESTROYED} (staff recorded its destruction) or {@code RELEASED} (given
 * back to the seller, by staff or because an appeal was granted).
 */
public record TakedownInventorySettled(String takedownId, String listingId, String sellerId, int units,
        String outcome, String settledBy, Instant settledAt) implements TakedownEvent {
    public static final String TYPE = "takedown.inventory-settled";

    public TakedownInventorySettled {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(settledBy, "settledBy");
        Objects.requireNonNull(settledAt, "settledAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
