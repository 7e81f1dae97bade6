package dev.ccp.core.inbox;

import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.contracts.MalformedEventException;
import dev.ccp.core.config.PlatformConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Applies one Kafka record exactly once per consumer: parse the CloudEvent, skip types the consumer does not
 * handle, then run the effect and the inbox insert in one transaction. What a failure leads to depends on
 * {@link Failures#classify}:
 * <ul>
 * <li>transient (database or network): retried with doubling back-off up to {@code ccp.inbox.max-backoff}, for
 * as long as it takes. The call does not return meanwhile, so the record is not acknowledged and nothing after it
 * on its partition is applied: a consumer never skips a fact because the database restarted;</li>
 * <li>permanent (not a valid event, or refused by the domain): {@link DeadLetterException} at once;</li>
 * <li>unknown: {@code ccp.inbox.max-attempts} attempts, then {@link DeadLetterException}.</li>
 * </ul>
 * The Kafka channel's {@code dead-letter-queue} failure strategy parks a dead-lettered record in
 * {@code <topic>.dlq} and the consumer moves on. When the application stops while an event is held, the event is
 * left for the restart (see {@link ConsumerStoppedException}).
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    /** How long a held event waits, once the application stops, for the Kafka connector to close. */
    private static final Duration CONNECTOR_CLOSE_WAIT = Duration.ofSeconds(30);

    private final Inbox inbox;
    private final PlatformConfig.Inbox config;
    private final MeterRegistry metrics;
    private final HeldEvents held;
    private final Backoff backoff;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch connectorsClosed = new CountDownLatch(1);

    EventConsumer(Inbox inbox, PlatformConfig config, MeterRegistry metrics, HeldEvents held) {
        this.inbox = inbox;
        this.config = config.inbox();
        this.metrics = metrics;
        this.held = held;
        this.backoff = new Backoff(this.config.retryBackoff(), this.config.maxBackoff());
    }

    /**
     * @param consumer name of the consuming feature, e.g. {@code seller-denylist}; dedup is per consumer
     * @param types    the event types this consumer applies; others are acknowledged and ignored
     * @param effect   the state change, run inside the transaction; throws {@link RefusedEventException} for an
     *                 event the domain refuses
     */
    public void apply(String consumer, String record, Set<String> types, Consumer<EventEnvelope> effect) {
        held.register(consumer);
        EventEnvelope event;
        try {
            event = EventJson.read(record);
        } catch (MalformedEventException e) {
            throw deadLetter(consumer, "(unreadable)", "is not a CloudEvent", e);
        }
        if (!types.contains(event.type())) {
            return;
        }
        boolean applied = retrying(consumer, event.id(), event.type(), () -> applyOnce(consumer, event, effect));
        metrics.counter(applied ? "ccp.inbox.applied" : "ccp.inbox.duplicates", "consumer", consumer).increment();
    }

    /**
     * Applies one record of a feed that is not a CloudEvents topic (another system's own format), with the same
     * failure handling as {@link #apply}: transient failures retried until they succeed, permanent ones (such as a
     * {@link RefusedEventException}) and repeated unknown ones dead-lettered. There is no inbox row: the effect
     * must itself be idempotent.
     *
     * @param recordId names the record in logs and dead-letter reasons, e.g. the order id
     * @param effect   the state change, run in a transaction of its own at each attempt
     */
    public void applyRecord(String consumer, String recordId, String recordType, Runnable effect) {
        held.register(consumer);
        retrying(consumer, recordId, recordType, () -> {
            QuarkusTransaction.requiringNew().run(effect);
            return true;
        });
        metrics.counter("ccp.inbox.applied", "consumer", consumer).increment();
    }

    private boolean retrying(String consumer, String id, String type, Supplier<Boolean> attemptOnce) {
        HeldEvent holding = null;
        try {
            for (int attempt = 1; ; attempt++) {
                try {
                    boolean result = attemptOnce.get();
                    if (holding != null) {
                        holding.applied(attempt);
                    }
                    return result;
                } catch (RuntimeException e) {
                    Failures.Kind kind = Failures.classify(e);
                    if (kind == Failures.Kind.PERMANENT) {
                        throw deadLetter(consumer, id, "cannot be applied", e);
                    }
                    if (holding == null) {
                        holding = held.hold(consumer, id, type, config.retryLogInterval());
                    }
                    if (kind == Failures.Kind.UNKNOWN && holding.unknownFailure() >= config.maxAttempts()) {
                        throw deadLetter(consumer, id,
                                "failed " + config.maxAttempts() + " attempts with an unexpected error", e);
                    }
                    Duration wait = backoff.after(attempt);
                    metrics.counter("ccp.inbox.retries", "consumer", consumer).increment();
                    holding.failed(attempt, kind, e, wait);
                    pause(consumer, id, type, wait);
                }
            }
        } finally {
            if (holding != null) {
                held.release(consumer, holding);
            }
        }
    }

    private boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (!inbox.firstDelivery(consumer, event.id(), event.type())) {
                return false;
            }
            effect.accept(event);
            return true;
        });
    }

    /** Waits before the next attempt, unless the application is stopping: then the event is left for the restart. */
    private void pause(String consumer, String id, String type, Duration wait) {
        boolean interrupted = false;
        try {
            if (!stopping.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        // Returning would acknowledge the record and throwing now would dead-letter it; once the connector has
        // closed, neither can reach Kafka any more.
        long deadline = System.nanoTime() + CONNECTOR_CLOSE_WAIT.toNanos();
        while (connectorsClosed.getCount() > 0 && System.nanoTime() < deadline) {
            try {
                connectorsClosed.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        LOG.infof("%s: stopping with event %s (%s) not applied; it is delivered again on restart", consumer, id,
                type);
        throw new ConsumerStoppedException(consumer, id);
    }

    void onStop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
        stopping.countDown();
    }

    /** Runs after the Kafka connector's own observer (priority 50) has closed its consumers and producers. */
    void onConnectorsClosed(@Observes(notifyObserver = Reception.IF_EXISTS) @Priority(100)
            @BeforeDestroyed(ApplicationScoped.class) Object event) {
        connectorsClosed.countDown();
    }

    private DeadLetterException deadLetter(String consumer, String eventId, String why, RuntimeException cause) {
        metrics.counter("ccp.inbox.dead_lettered", "consumer", consumer).increment();
        LOG.errorf("%s: event %s %s, it goes to the dead-letter topic: %s", consumer, eventId, why,
                HeldEvent.describe(cause));
        return new DeadLetterException(eventId, why, cause);
    }
}
