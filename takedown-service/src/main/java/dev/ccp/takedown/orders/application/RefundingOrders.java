package dev.ccp.takedown.orders.application;

import dev.ccp.takedown.orders.domain.Order;
import dev.ccp.takedown.orders.domain.Outcome;
import dev.ccp.takedown.orders.infrastructure.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** What refunds need of the ledger: the orders a listing's buyers paid for, and marking one paid back. */
@ApplicationScoped
public class RefundingOrders {
    private final OrderRepository orders;
    private final Clock clock;

    RefundingOrders(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** The listing's orders that were paid and are neither refunded nor cancelled, oldest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Order> refundableOf(String listingId) {
        return orders.refundableOfListing(listingId);
    }

    /** Whether the order is still paid and neither refunded nor cancelled. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean stillRefundable(String orderId) {
        Order order = orders.findById(orderId);
        return order != null && order.refundable();
    }

    /** Marks the order REFUNDED in the caller's transaction, through its status rules. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome markRefunded(String orderId) {
        Order order = orders.findById(orderId);
        if (order == null) {
            throw new IllegalStateException("order " + orderId + " is not in the ledger");
        }
        return order.refund(clock.instant());
    }
}
