package dev.ccp.takedown.orders.domain;

/** A re-sent order whose listing, customer, quantity, amount or order time differ from the stored ones. */
public class ConflictingOrderException extends RuntimeException {
    public ConflictingOrderException(String orderId, String field) {
        super("order " + orderId + " is stored with another " + field + "; an order's " + field + " never changes");
    }
}
