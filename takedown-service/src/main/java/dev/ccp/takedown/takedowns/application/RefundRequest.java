package dev.ccp.takedown.takedowns.application;

import java.util.Objects;

/** Which takedown owes refunds, and for which listing's orders. */
public record RefundRequest(String takedownId, String listingId, String sellerId) {
    public RefundRequest {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
    }
}
