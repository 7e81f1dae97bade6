package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.Objects;

/** A suspended or closed account may sell again (e.g. an appeal was granted). */
public record SellerReinstated(String sellerId, String reason, String actor, Instant reinstatedAt) implements SellerEvent {
    public static final String TYPE = "seller.reinstated";

    public SellerReinstated {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(reinstatedAt, "reinstatedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
