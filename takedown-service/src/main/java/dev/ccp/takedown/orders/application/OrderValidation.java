package dev.ccp.takedown.orders.application;

import dev.ccp.core.money.InvalidMoneyException;
import dev.ccp.core.money.Money;
import dev.ccp.core.problem.Problem;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.orders.domain.OrderFacts;
import dev.ccp.takedown.orders.domain.OrderStatus;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Turns a received order into {@link OrderFacts}, naming every invalid field under a prefix such as {@code [3].}. */
public final class OrderValidation {
    private static final int MAX_ID_LENGTH = 100;

    private OrderValidation() {
    }

    /** @throws ProblemException a 400 naming each invalid field */
    public static OrderFacts validate(String prefix, OrderInput order) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (order == null) {
            throw ProblemException.badRequest(prefix.isEmpty() ? "order" : prefix.substring(0, prefix.length() - 1),
                    "must be an order");
        }
        String key = id(prefix + "key", order.key(), errors);
        String listingId = id(prefix + "listingId", order.listingId(), errors);
        String customerId = id(prefix + "customerId", order.customerId(), errors);
        if (order.quantity() == null || order.quantity() < 1) {
            errors.add(new Problem.FieldError(prefix + "quantity", "must be 1 or more"));
        }
        Money amount = null;
        try {
            amount = Money.parse(order.amount(), order.currency());
        } catch (InvalidMoneyException e) {
            errors.add(new Problem.FieldError(prefix + "amount." + e.field(), e.getMessage()));
        }
        Instant orderedAt = null;
        try {
            // The database keeps microseconds: a re-sent order with nanoseconds must compare equal to the stored one.
            orderedAt = order.orderedAt() == null ? null : Instant.parse(order.orderedAt()).truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            // reported below
        }
        if (orderedAt == null) {
            errors.add(new Problem.FieldError(prefix + "orderedAt", "must be an ISO 8601 instant such as 2026-01-23T10:13:00Z"));
        }
        OrderStatus status = statusOf(order.status());
        if (status == null) {
            errors.add(new Problem.FieldError(prefix + "status", "must be one of " + List.of(OrderStatus.values())));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new OrderFacts(key, listingId, customerId, order.quantity(), amount, orderedAt, status);
    }

    private static String id(String field, String value, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank() || value.length() > MAX_ID_LENGTH) {
            errors.add(new Problem.FieldError(field, "must be 1 to " + MAX_ID_LENGTH + " characters"));
            return null;
        }
        return value;
    }

    private static OrderStatus statusOf(String value) {
        for (OrderStatus status : OrderStatus.values()) {
            if (status.name().equals(value)) {
                return status;
            }
        }
        return null;
    }
}
