package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.Objects;

/** An application was accepted for processing and a seller account exists. */
public record SellerRegistered(String sellerId, String displayName, String country, Instant registeredAt) implements SellerEvent {
    public static final String TYPE = "seller.registered";

    public SellerRegistered {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
