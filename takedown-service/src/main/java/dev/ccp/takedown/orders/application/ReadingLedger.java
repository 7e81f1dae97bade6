package dev.ccp.takedown.orders.application;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.takedown.orders.domain.Order;
import dev.ccp.takedown.orders.infrastructure.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Staff's view of the ledger: a listing's orders, oldest first. */
@ApplicationScoped
public class ReadingLedger {
    private final OrderRepository orders;

    ReadingLedger(OrderRepository orders) {
        this.orders = orders;
    }

    public record Slice(List<Order> items, long total) {
    }

    /** @param listingId null for every listing */
    @Transactional
    public Slice ordersOf(String listingId, PageRequest window) {
        return new Slice(orders.ofListing(listingId, window), orders.countOfListing(listingId));
    }
}
