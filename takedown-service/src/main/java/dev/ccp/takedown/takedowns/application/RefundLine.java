package dev.ccp.takedown.takedowns.application;

import dev.ccp.core.money.Money;
import java.time.Instant;

/**
 * One order's refund as the takedown shows it.
 *
 * @param orderId the marketplace's order id
 * @param status PENDING until the provider answers for good, then ISSUED or FAILED
 * @param lastError the provider's or the network's last complaint; null when none
 */
public record RefundLine(String orderId, String customerId, Money amount, RefundLineStatus status, int attempts,
        String lastError, Instant updatedAt) {
}
