package dev.ccp.takedown.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.core.money.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderTest {
    private static final Instant ORDERED = Instant.parse("2026-01-23T10:13:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    @ParameterizedTest
    @CsvSource({"PLACED,PAID", "PAID,SHIPPED", "PLACED,DELIVERED", "SHIPPED,DELIVERED", "PLACED,CANCELLED",
            "PAID,CANCELLED", "SHIPPED,CANCELLED", "DELIVERED,REFUNDED", "SHIPPED,REFUNDED", "CANCELLED,REFUNDED"})
    void movesForward(OrderStatus from, OrderStatus to) {
        Order order = new Order(facts(from), ORDERED);
        assertThat(order.receive(facts(to), NOW)).isEqualTo(Outcome.UPDATED);
        assertThat(order.status()).isEqualTo(to);
        assertThat(order.statusChangedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @CsvSource({"DELIVERED,SHIPPED", "SHIPPED,PAID", "DELIVERED,DELIVERED", "DELIVERED,CANCELLED",
            "CANCELLED,SHIPPED", "CANCELLED,DELIVERED", "CANCELLED,CANCELLED", "REFUNDED,DELIVERED",
            "REFUNDED,CANCELLED", "REFUNDED,REFUNDED"})
    void ignoresAStaleOrBackwardsStatus(OrderStatus from, OrderStatus to) {
        Order order = new Order(facts(from), ORDERED);
        assertThat(order.receive(facts(to), NOW)).isEqualTo(Outcome.UNCHANGED);
        assertThat(order.status()).isEqualTo(from);
        assertThat(order.statusChangedAt()).isEqualTo(ORDERED);
    }

    @Test
    void whatWasBoughtByWhomForHowMuchNeverChanges() {
        Order order = new Order(facts(OrderStatus.SHIPPED), ORDERED);
        OrderFacts base = facts(OrderStatus.DELIVERED);
        assertThatThrownBy(() -> order.receive(new OrderFacts(base.orderId(), base.listingId(), base.customerId(),
                base.quantity(), new Money(17398, "EUR"), base.orderedAt(), base.status()), NOW))
                .isInstanceOf(ConflictingOrderException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> order.receive(new OrderFacts(base.orderId(), base.listingId(), base.customerId(),
                base.quantity(), new Money(17397, "USD"), base.orderedAt(), base.status()), NOW))
                .isInstanceOf(ConflictingOrderException.class).hasMessageContaining("amount");
        assertThatThrownBy(() -> order.receive(new OrderFacts(base.orderId(), "l-other", base.customerId(),
                base.quantity(), base.amount(), base.orderedAt(), base.status()), NOW))
                .isInstanceOf(ConflictingOrderException.class).hasMessageContaining("listingId");
        assertThatThrownBy(() -> order.receive(new OrderFacts(base.orderId(), base.listingId(), "cust-other",
                base.quantity(), base.amount(), base.orderedAt(), base.status()), NOW))
                .isInstanceOf(ConflictingOrderException.class).hasMessageContaining("customerId");
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    private static OrderFacts facts(OrderStatus status) {
        return new OrderFacts("o-1", "l-1", "cust-1", 3, new Money(17397, "EUR"), ORDERED, status);
    }
}
