package dev.ccp.takedown.orders.application;

import dev.ccp.core.problem.ProblemException;
import dev.ccp.takedown.orders.domain.ConflictingOrderException;
import dev.ccp.takedown.orders.domain.Order;
import dev.ccp.takedown.orders.domain.OrderFacts;
import dev.ccp.takedown.orders.domain.Outcome;
import dev.ccp.takedown.orders.infrastructure.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Keeps the order ledger: stores new orders and applies re-sent ones through the {@link Order} aggregate. */
@ApplicationScoped
public class RecordingOrders {
    private final OrderRepository orders;
    private final Clock clock;

    RecordingOrders(OrderRepository orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    /** All or nothing: an order that conflicts with the ledger refuses the whole batch (409). */
    @Transactional
    public ImportCounts importAll(List<OrderFacts> batch) {
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        for (int i = 0; i < batch.size(); i++) {
            try {
                counts.merge(record(batch.get(i)), 1, Integer::sum);
            } catch (ConflictingOrderException e) {
                throw ProblemException.conflict("[" + i + "]: " + e.getMessage());
            }
        }
        return new ImportCounts(batch.size(), counts.getOrDefault(Outcome.STORED, 0),
                counts.getOrDefault(Outcome.UPDATED, 0), counts.getOrDefault(Outcome.UNCHANGED, 0));
    }

    /** One order, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome record(OrderFacts facts) {
        Order stored = orders.findById(facts.orderId());
        if (stored == null) {
            orders.persist(new Order(facts, clock.instant()));
            return Outcome.STORED;
        }
        return stored.receive(facts, clock.instant());
    }
}
