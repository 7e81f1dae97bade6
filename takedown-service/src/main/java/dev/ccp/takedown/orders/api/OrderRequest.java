package dev.ccp.takedown.orders.api;

import dev.ccp.takedown.orders.application.OrderInput;

/** One order of an import, and the value of a {@code marketplace.orders.v1} record: the marketplace's own format. */
public record OrderRequest(String key, String listingId, String customerId, Integer quantity, MoneyJson amount,
        String orderedAt, String status) {

    public OrderInput input() {
        return new OrderInput(key, listingId, customerId, quantity, amount == null ? null : amount.amount(),
                amount == null ? null : amount.currency(), orderedAt, status);
    }
}
