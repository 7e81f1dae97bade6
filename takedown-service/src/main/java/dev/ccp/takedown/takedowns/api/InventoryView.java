package dev.ccp.takedown.takedowns.api;

import dev.ccp.takedown.takedowns.domain.InventoryHold;
import java.time.Instant;

/** A takedown's held stock after staff settled it. */
public record InventoryView(String takedownId, String listingId, String sellerId, int units, String status,
        Instant heldAt, Instant settledAt, String settledBy) {

    static InventoryView of(InventoryHold hold) {
        return new InventoryView(hold.takedownId(), hold.listingId(), hold.sellerId(), hold.units(),
                hold.status().name(), hold.heldAt(), hold.settledAt(), hold.settledBy());
    }
}
