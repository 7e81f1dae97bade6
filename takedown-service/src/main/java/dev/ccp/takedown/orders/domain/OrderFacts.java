package dev.ccp.takedown.orders.domain;

import dev.ccp.core.money.Money;
import java.time.Instant;

/** One order as the marketplace reports it, already validated. */
public record OrderFacts(String orderId, String listingId, String customerId, int quantity, Money amount,
        Instant orderedAt, OrderStatus status) {
}
