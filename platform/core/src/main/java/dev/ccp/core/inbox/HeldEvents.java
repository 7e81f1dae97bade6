package dev.ccp.core.inbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events each consumer is held at right now, behind the gauge {@code ccp.inbox.stuck} (seconds the oldest
 * has been failing; 0 when the consumer flows), which exists for a consumer from its first event on.
 */
@ApplicationScoped
class HeldEvents {
    private final MeterRegistry metrics;
    private final Map<String, Set<HeldEvent>> byConsumer = new ConcurrentHashMap<>();

    HeldEvents(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void register(String consumer) {
        byConsumer.computeIfAbsent(consumer, name -> {
            Set<HeldEvent> held = ConcurrentHashMap.newKeySet();
            Gauge.builder("ccp.inbox.stuck", held, HeldEvents::oldestSeconds)
                    .description("how long the consumer's oldest event has been failing, holding its partition")
                    .baseUnit("seconds").tag("consumer", name).register(metrics);
            return held;
        });
    }

    HeldEvent hold(String consumer, String id, String type, Duration logInterval) {
        register(consumer);
        HeldEvent held = new HeldEvent(consumer, id, type, logInterval);
        byConsumer.get(consumer).add(held);
        return held;
    }

    void release(String consumer, HeldEvent held) {
        byConsumer.get(consumer).remove(held);
    }

    private static double oldestSeconds(Set<HeldEvent> held) {
        return held.stream().mapToDouble(h -> h.held().toMillis() / 1000.0).max().orElse(0);
    }
}
