package dev.ccp.contracts.seller;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The application was refused, e.g. a re-registration of a closed identity. */
public record SellerRejected(String sellerId, int score, List<DecisionReason> reasons, Instant decidedAt) implements SellerEvent {
    public static final String TYPE = "seller.rejected";

    public SellerRejected {
        Objects.requireNonNull(sellerId, "sellerId");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(decidedAt, "decidedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
