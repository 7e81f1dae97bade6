package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Verification passed: the seller may list. */
public record SellerVerified(String sellerId, int score, List<DecisionReason> reasons, Instant decidedAt) implements SellerEvent {
    public static final String TYPE = "seller.verified";

    public SellerVerified {
        Objects.requireNonNull(sellerId, "sellerId");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
