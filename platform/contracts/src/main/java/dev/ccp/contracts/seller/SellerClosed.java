package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.Objects;

/** The account is closed until staff reinstate it (e.g. a granted appeal); its identities block re-registration. */
public record SellerClosed(String sellerId, String reason, String reference, Instant closedAt) implements SellerEvent {
    public static final String TYPE = "seller.closed";

    public SellerClosed {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
