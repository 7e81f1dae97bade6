package dev.ccp.core.inbox;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.MalformedEventException;
import dev.ccp.core.config.PlatformConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies one Kafka record exactly once per consumer: parse the CloudEvent, skip types the consumer does not
 * handle, then run the effect and the inbox insert in one transaction, retried a bounded number of times.
 * When every attempt fails (or the record is not a CloudEvent at all) it throws {@link DeadLetterException}:
 * the Kafka channel's {@code dead-letter-queue} failure strategy then parks the record in {@code <topic>.dlq}
 * and the consumer moves on.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Inbox inbox;
    private final PlatformConfig.Inbox config;
    private final MeterRegistry metrics;

    EventConsumer(Inbox inbox, PlatformConfig config, MeterRegistry metrics) {
        this.inbox = inbox;
        this.config = config.inbox();
        this.metrics = metrics;
    }

    /**
     * @param consumer name of the consuming feature, e.g. {@code seller-denylist}; dedup is per consumer
     * @param types    the event types this consumer applies; others are acknowledged and ignored
     * @param effect   the state change, run inside the transaction
     */
    public void apply(String consumer, String record, Set<String> types, Consumer<EventEnvelope> effect) {
        EventEnvelope event;
        try {
            event = EventJson.read(record);
        } catch (MalformedEventException e) {
            throw deadLetter(consumer, "(unreadable)", e);
        }
        if (!types.contains(event.type())) {
            return;
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.firstDelivery(consumer, event.id(), event.type())) {
                        return false;
                    }
                    effect.accept(event);
                    return true;
                });
                metrics.counter(applied ? "ccp.inbox.applied" : "ccp.inbox.duplicates", "consumer", consumer)
                        .increment();
                return;
            } catch (MalformedEventException e) {
                throw deadLetter(consumer, event.id(), e); // retrying cannot fix a bad payload
            } catch (RuntimeException e) {
                last = e;
                LOG.warnf("%s: attempt %d/%d at event %s (%s) failed: %s", consumer, attempt,
                        config.maxAttempts(), event.id(), event.type(), e.getMessage());
                sleep(config.retryBackoff().toMillis() * attempt);
            }
        }
        throw deadLetter(consumer, event.id(), last);
    }

    private DeadLetterException deadLetter(String consumer, String eventId, RuntimeException cause) {
        metrics.counter("ccp.inbox.dead_lettered", "consumer", consumer).increment();
        LOG.errorf("%s: event %s goes to the dead-letter topic: %s", consumer, eventId, cause.getMessage());
        return new DeadLetterException(eventId, cause);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
