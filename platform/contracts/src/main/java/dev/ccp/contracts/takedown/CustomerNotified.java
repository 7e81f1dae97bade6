package dev.ccp.contracts.takedown;

import dev.ccp.contracts.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * A buyer is to be told that their order was refunded and why, in plain words: what a notification system sends.
 */
public record CustomerNotified(String takedownId, String orderId, String customerId, Money amount,
        String providerRefundId, String reason, Instant notifiedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.customer-notified";

    public CustomerNotified {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(providerRefundId, "providerRefundId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(notifiedAt, "notifiedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
