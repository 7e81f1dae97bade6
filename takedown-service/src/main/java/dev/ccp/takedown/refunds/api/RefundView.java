package dev.ccp.takedown.refunds.api;

import dev.ccp.takedown.orders.api.MoneyJson;
import dev.ccp.takedown.refunds.domain.Refund;
import java.time.Instant;

/** A refund as staff see it; {@code orderId} is the marketplace's order id, {@code amount} money as everywhere. */
public record RefundView(String id, String takedownId, String orderId, String customerId, MoneyJson amount,
        String status, int attempts, String lastError, String failureReason, String providerRefundId,
        Instant nextAttemptAt, Instant createdAt, Instant updatedAt, Instant issuedAt) {

    static RefundView of(Refund refund) {
        return new RefundView(refund.id().toString(), refund.takedownId(), refund.orderId(), refund.customerId(),
                new MoneyJson(refund.amount().decimal(), refund.amount().currency()), refund.status().name(),
                refund.attempts(), refund.lastError(), refund.failureReason(), refund.providerRefundId(),
                refund.nextAttemptAt(), refund.createdAt(), refund.updatedAt(), refund.issuedAt());
    }
}
