package dev.ccp.takedown.orders.infrastructure;

import dev.ccp.core.paging.PageRequest;
import dev.ccp.takedown.orders.domain.Order;
import dev.ccp.takedown.orders.domain.OrderStatus;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OrderRepository implements PanacheRepositoryBase<Order, String> {
    private static final Sort OLDEST_FIRST = Sort.by("orderedAt").and("orderId");

    public List<Order> ofListing(String listingId, PageRequest window) {
        return query(listingId).page(Page.of(window.page(), window.size())).list();
    }

    public long countOfListing(String listingId) {
        return query(listingId).count();
    }

    /** The listing's orders in a refundable status, oldest first. */
    public List<Order> refundableOfListing(String listingId) {
        return find("listingId = ?1 and status in ?2", OLDEST_FIRST, listingId, OrderStatus.REFUNDABLE).list();
    }

    private PanacheQuery<Order> query(String listingId) {
        return listingId == null ? findAll(OLDEST_FIRST) : find("listingId", OLDEST_FIRST, listingId);
    }
}
