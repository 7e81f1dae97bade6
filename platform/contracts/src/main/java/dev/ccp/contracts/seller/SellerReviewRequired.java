package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Weak evidence links the application to a bad actor: a person must decide. */
public record SellerReviewRequired(String sellerId, int score, List<DecisionReason> reasons, Instant decidedAt) implements SellerEvent {
    public static final String TYPE = "seller.review-required";

    public SellerReviewRequired {
        Objects.requireNonNull(sellerId, "sellerId");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
