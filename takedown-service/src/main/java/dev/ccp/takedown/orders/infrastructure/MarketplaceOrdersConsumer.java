package dev.ccp.takedown.orders.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.core.inbox.DeadLetterException;
import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.core.inbox.RefusedEventException;
import dev.ccp.takedown.orders.api.OrderRequest;
import dev.ccp.takedown.orders.application.OrderValidation;
import dev.ccp.takedown.orders.application.RecordingOrders;
import dev.ccp.takedown.orders.domain.ConflictingOrderException;
import dev.ccp.takedown.orders.domain.OrderFacts;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the marketplace's {@code marketplace.orders.v1}: plain JSON orders keyed by order id, so one order's
 * updates arrive in order. Core's {@link EventConsumer#applyRecord} applies each in its own transaction with the
 * platform's failure handling: transient failures retried until they succeed, holding the partition; a malformed
 * or conflicting order to {@code marketplace.orders.v1.dlq} at once. The ledger is idempotent, so a retried or
 * re-delivered record changes nothing twice.
 */
@ApplicationScoped
public class MarketplaceOrdersConsumer {
    private static final Logger LOG = Logger.getLogger(MarketplaceOrdersConsumer.class);
    private static final String CONSUMER = "takedown-orders";

    private final RecordingOrders recording;
    private final ObjectMapper json;
    private final EventConsumer consumer;

    MarketplaceOrdersConsumer(RecordingOrders recording, ObjectMapper json, EventConsumer consumer) {
        this.recording = recording;
        this.json = json;
        this.consumer = consumer;
    }

    @Incoming("orders")
    @Blocking // ordered: one record at a time per partition, in offset order
    public void onOrder(String record) {
        OrderFacts facts = parse(record);
        consumer.applyRecord(CONSUMER, facts.orderId(), "order", () -> {
            try {
                LOG.debugf("order %s: %s", facts.orderId(), recording.record(facts));
            } catch (ConflictingOrderException e) {
                throw new RefusedEventException("order " + facts.orderId() + " conflicts with the ledger: "
                        + e.getMessage());
            }
        });
    }

    private OrderFacts parse(String record) {
        try {
            OrderRequest order = record == null ? null : json.readValue(record, OrderRequest.class);
            return OrderValidation.validate("", order == null ? null : order.input());
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.errorf("an order record is not a valid order, it goes to the dead-letter topic: %s", e.getMessage());
            throw new DeadLetterException("(unreadable)", "is not a valid order", e);
        }
    }
}
