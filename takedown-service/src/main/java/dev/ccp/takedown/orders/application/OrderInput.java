package dev.ccp.takedown.orders.application;

/** One order as received, before validation: every field as the sender wrote it, any of them possibly missing. */
public record OrderInput(String key, String listingId, String customerId, Integer quantity, String amount,
        String currency, String orderedAt, String status) {
}
