package dev.ccp.contracts.takedown;

import dev.ccp.contracts.Money;
import java.time.Instant;
import java.util.Objects;

/** The payment provider paid a buyer back for one order of a taken-down listing; each order is refunded once. */
public record RefundIssued(String takedownId, String refundId, String orderId, String listingId, String customerId,
        Money amount, String providerRefundId, Instant issuedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.refund-issued";

    public RefundIssued {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(providerRefundId, "providerRefundId");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
