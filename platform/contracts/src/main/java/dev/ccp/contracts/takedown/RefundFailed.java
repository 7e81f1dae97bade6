package dev.ccp.contracts.takedown;

import dev.ccp.contracts.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The payment provider declined (or refused) one order's refund. {@code retryAt} is when the retry policy tries
 * again; null when the policy is spent and the refund waits for staff.
 */
public record RefundFailed(String takedownId, String refundId, String orderId, String listingId, String customerId,
        Money amount, String reason, int attempts, Instant retryAt, Instant failedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.refund-failed";

    public RefundFailed {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
