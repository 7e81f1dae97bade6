package dev.ccp.takedown.orders.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.core.inbox.DeadLetterException;
import dev.ccp.core.inbox.Failures;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.orders.api.OrderRequest;
import dev.ccp.takedown.orders.application.OrderValidation;
import dev.ccp.takedown.orders.application.RecordingOrders;
import dev.ccp.takedown.orders.domain.ConflictingOrderException;
import dev.ccp.takedown.orders.domain.OrderFacts;
import dev.ccp.takedown.orders.domain.Outcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads the marketplace's {@code marketplace.orders.v1}: plain JSON orders keyed by order id, so one order's
 * updates arrive in order. Each record is applied in its own transaction. Core's {@link Failures} sorts failures:
 * a transient one (database, network) is retried until it succeeds, holding the partition; a malformed or
 * conflicting order goes to {@code marketplace.orders.v1.dlq} at once; an unexpected error after a bounded
 * number of attempts. The ledger is idempotent, so a retried or re-delivered record changes nothing twice.
 */
@ApplicationScoped
public class MarketplaceOrdersConsumer {
    private static final Logger LOG = Logger.getLogger(MarketplaceOrdersConsumer.class);

    private final RecordingOrders recording;
    private final ObjectMapper json;
    private final TakedownConfig.Orders config;

    MarketplaceOrdersConsumer(RecordingOrders recording, ObjectMapper json, TakedownConfig config) {
        this.recording = recording;
        this.json = json;
        this.config = config.orders();
    }

    @Incoming("orders")
    @Blocking // ordered: one record at a time per partition, in offset order
    public void onOrder(String record) {
        OrderFacts facts = parse(record);
        Duration wait = config.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                Outcome outcome = QuarkusTransaction.requiringNew().call(() -> recording.record(facts));
                LOG.debugf("order %s: %s", facts.orderId(), outcome);
                return;
            } catch (ConflictingOrderException e) {
                throw deadLetter(facts.orderId(), "conflicts with the ledger", e);
            } catch (RuntimeException e) {
                Failures.Kind kind = Failures.classify(e);
                if (kind == Failures.Kind.PERMANENT
                        || kind == Failures.Kind.UNKNOWN && attempt >= config.maxAttempts()) {
                    throw deadLetter(facts.orderId(), "cannot be applied", e);
                }
                LOG.warnf("order %s: attempt %d failed (%s), retrying in %s: %s", facts.orderId(), attempt, kind,
                        wait, e.getMessage());
                sleep(wait);
                wait = wait.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait.multipliedBy(2);
            }
        }
    }

    private OrderFacts parse(String record) {
        try {
            OrderRequest order = record == null ? null : json.readValue(record, OrderRequest.class);
            return OrderValidation.validate("", order == null ? null : order.input());
        } catch (JsonProcessingException | RuntimeException e) {
            throw deadLetter("(unreadable)", "is not a valid order", e);
        }
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry an order", e);
        }
    }

    private static DeadLetterException deadLetter(String orderId, String why, Exception cause) {
        LOG.errorf("order %s %s, it goes to the dead-letter topic: %s", orderId, why, cause.getMessage());
        return new DeadLetterException(orderId, why, cause);
    }
}
