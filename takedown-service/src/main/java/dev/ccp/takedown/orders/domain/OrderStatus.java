package dev.ccp.takedown.orders.domain;

/**
 * Where an order is in the marketplace's checkout. PLACED, PAID, SHIPPED and DELIVERED only move forward;
 * CANCELLED ends an order that was not delivered; REFUNDED ends any order, a cancelled one included.
 */
public enum OrderStatus {
    PLACED(0), PAID(1), SHIPPED(2), DELIVERED(3), CANCELLED(4), REFUNDED(5);

    private final int rank;

    OrderStatus(int rank) {
        this.rank = rank;
    }

    /** Paid (PAID, SHIPPED, DELIVERED) and neither refunded nor cancelled: the orders a takedown refunds. */
    public static final java.util.Set<OrderStatus> REFUNDABLE = java.util.EnumSet.of(PAID, SHIPPED, DELIVERED);

    public boolean refundable() {
        return REFUNDABLE.contains(this);
    }

    /** Whether an order in this status takes {@code next}; anything else is stale or backwards, and ignored. */
    public boolean canBecome(OrderStatus next) {
        return switch (next) {
            case PLACED, PAID, SHIPPED, DELIVERED -> this.rank < next.rank;
            case CANCELLED -> this != DELIVERED && this != CANCELLED && this != REFUNDED;
            case REFUNDED -> this != REFUNDED;
        };
    }
}
