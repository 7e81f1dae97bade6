package dev.ccp.takedown.orders.domain;

import dev.ccp.core.money.Money;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One marketplace order in the ledger refunds are paid from. What was bought, by whom and for how much is fixed
 * once stored; only the status moves, and only forward (see {@link OrderStatus#canBecome}).
 */
@Entity
@Table(name = "marketplace_order")
public class Order {
    @Id
    private String orderId;
    private String listingId;
    private String customerId;
    private int quantity;
    private long amountMinor;
    private String currency;
    private Instant orderedAt;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Instant recordedAt;
    private Instant statusChangedAt;

    protected Order() {
    }

    public Order(OrderFacts facts, Instant now) {
        this.orderId = facts.orderId();
        this.listingId = facts.listingId();
        this.customerId = facts.customerId();
        this.quantity = facts.quantity();
        this.amountMinor = facts.amount().minorUnits();
        this.currency = facts.amount().currency();
        this.orderedAt = facts.orderedAt();
        this.status = facts.status();
        this.recordedAt = now;
        this.statusChangedAt = now;
    }

    /**
     * Applies a re-sent order: the same status changes nothing, a later one moves the order on, a stale or
     * backwards one is ignored.
     *
     * @throws ConflictingOrderException when anything but the status differs
     */
    public Outcome receive(OrderFacts facts, Instant now) {
        requireSame("listingId", listingId, facts.listingId());
        requireSame("customerId", customerId, facts.customerId());
        requireSame("quantity", quantity, facts.quantity());
        requireSame("amount", amount(), facts.amount());
        requireSame("orderedAt", orderedAt, facts.orderedAt());
        if (!status.canBecome(facts.status())) {
            return Outcome.UNCHANGED;
        }
        status = facts.status();
        statusChangedAt = now;
        return Outcome.UPDATED;
    }

    /**
     * The order was paid back: REFUNDED, which ends it whatever came before (see {@link OrderStatus#canBecome});
     * an order already refunded stays as it was.
     */
    public Outcome refund(Instant now) {
        if (!status.canBecome(OrderStatus.REFUNDED)) {
            return Outcome.UNCHANGED;
        }
        status = OrderStatus.REFUNDED;
        statusChangedAt = now;
        return Outcome.UPDATED;
    }

    /** Paid and neither refunded nor cancelled: what a takedown pays back. */
    public boolean refundable() {
        return status.refundable();
    }

    private void requireSame(String field, Object stored, Object sent) {
        if (!Objects.equals(stored, sent)) {
            throw new ConflictingOrderException(orderId, field);
        }
    }

    public String orderId() {
        return orderId;
    }

    public String listingId() {
        return listingId;
    }

    public String customerId() {
        return customerId;
    }

    public int quantity() {
        return quantity;
    }

    public Money amount() {
        return new Money(amountMinor, currency);
    }

    public Instant orderedAt() {
        return orderedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }
}
