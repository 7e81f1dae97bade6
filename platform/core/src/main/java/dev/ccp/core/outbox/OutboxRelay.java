package dev.ccp.core.outbox;

import dev.ccp.core.config.PlatformConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, oldest first, on one background thread. While the broker is
 * unreachable, rows stay unsent and the relay backs off; nothing is lost, and it catches up when the broker
 * returns. Delivery is at least once: consumers deduplicate on the event id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxStore store;
    private final OutboxPublisher publisher;
    private final PlatformConfig.Outbox config;
    private final Counter published;
    private final Counter failures;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread worker;

    OutboxRelay(OutboxStore store, OutboxPublisher publisher, PlatformConfig config, MeterRegistry metrics) {
        this.store = store;
        this.publisher = publisher;
        this.config = config.outbox();
        this.published = Counter.builder("ccp.outbox.published")
                .description("Events the relay published to Kafka").register(metrics);
        this.failures = Counter.builder("ccp.outbox.publish.failures")
                .description("Relay rounds that could not publish (broker unreachable or refusing)").register(metrics);
        store.registerGauges(metrics);
    }

    void start(@Observes StartupEvent started) {
        if (!config.relayEnabled()) {
            LOG.info("outbox relay disabled on this instance (ccp.outbox.relay-enabled=false)");
            return;
        }
        running.set(true);
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running.set(false);
        wakeUp.release();
        if (worker != null) {
            worker.join(TimeUnit.SECONDS.toMillis(10));
        }
        publisher.close();
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        wakeUp.release();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() {
        int purged = QuarkusTransaction.requiringNew().call(() -> store.purgePublishedBefore(config.retention()));
        if (purged > 0) {
            LOG.infof("purged %d published outbox rows older than %s", purged, config.retention());
        }
    }

    private void run() {
        Duration backoff = config.pollInterval();
        while (running.get()) {
            try {
                int sent = publishOnce();
                backoff = config.pollInterval();
                if (sent == config.batchSize()) {
                    continue; // more are waiting: drain before sleeping
                }
            } catch (RuntimeException e) {
                failures.increment();
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                LOG.warnf("outbox relay could not publish (%s); retrying in %s", rootMessage(e), backoff);
            }
            try {
                if (wakeUp.tryAcquire(backoff.toMillis(), TimeUnit.MILLISECONDS) && !config.linger().isZero()) {
                    Thread.sleep(config.linger().toMillis());
                }
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One round: takes the relay lock (one publisher per database, so order holds across replicas), sends a
     * batch in sequence order and marks as sent only the prefix that the broker acknowledged.
     */
    int publishOnce() {
        OutboxPublisher.Result result = QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            if (!store.tryLockRelay()) {
                return OutboxPublisher.Result.NOTHING;
            }
            var batch = store.nextUnsent(config.batchSize());
            if (batch.isEmpty()) {
                return OutboxPublisher.Result.NOTHING;
            }
            OutboxPublisher.Result sent = publisher.publish(batch);
            store.markPublished(batch.subList(0, sent.acknowledged()));
            if (sent.failure() != null) {
                store.recordFailure(batch.get(sent.acknowledged()), rootMessage(sent.failure()));
            }
            return sent;
        });
        published.increment(result.acknowledged());
        if (result.failure() != null) {
            throw new IllegalStateException("publish failed", result.failure());
        }
        return result.acknowledged();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
