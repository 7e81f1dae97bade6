package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.Objects;

/** The account may not sell until reinstated. */
public record SellerSuspended(String sellerId, String reason, String actor, Instant suspendedAt) implements SellerEvent {
    public static final String TYPE = "seller.suspended";

    public SellerSuspended {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(suspendedAt, "suspendedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
