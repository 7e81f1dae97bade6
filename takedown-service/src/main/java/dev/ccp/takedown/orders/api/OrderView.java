package dev.ccp.takedown.orders.api;

import dev.ccp.takedown.orders.domain.Order;
import java.time.Instant;

public record OrderView(String key, String listingId, String customerId, int quantity, MoneyJson amount,
        Instant orderedAt, String status, Instant statusChangedAt) {

    static OrderView of(Order order) {
        return new OrderView(order.orderId(), order.listingId(), order.customerId(), order.quantity(),
                new MoneyJson(order.amount().decimal(), order.amount().currency()), order.orderedAt(),
                order.status().name(), order.statusChangedAt());
    }
}
