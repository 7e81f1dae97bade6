package dev.ccp.takedown.takedowns.application;

import dev.ccp.takedown.takedowns.domain.StepName;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The takedowns' meters: opened, completed, needing attention, step retries by step, oldest open age. */
@ApplicationScoped
public class TakedownMetrics {
    private final MeterRegistry registry;
    private final Counter opened;
    private final Counter completed;
    private final Counter needsAttention;
    private final AtomicReference<Instant> oldestOpenSince = new AtomicReference<>();

    TakedownMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.opened = Counter.builder("ccp.takedowns.opened").description("Takedowns opened").register(registry);
        this.completed = Counter.builder("ccp.takedowns.completed").description("Takedowns completed")
                .register(registry);
        this.needsAttention = Counter.builder("ccp.takedowns.needs_attention")
                .description("Steps that gave up, leaving their takedown to staff").register(registry);
        Gauge.builder("ccp.takedowns.oldest_open_seconds", this, TakedownMetrics::oldestOpenSeconds)
                .description("Age of the oldest takedown in progress or needing attention, as of the last runner pass")
                .register(registry);
    }

    void opened() {
        opened.increment();
    }

    void completed() {
        completed.increment();
    }

    void gaveUp() {
        needsAttention.increment();
    }

    void retried(StepName step) {
        registry.counter("ccp.takedowns.step_retries", "step", step.name()).increment();
    }

    void oldestOpenSince(Instant since) {
        oldestOpenSince.set(since);
    }

    private double oldestOpenSeconds() {
        Instant since = oldestOpenSince.get();
        return since == null ? 0 : Math.max(0, Duration.between(since, Instant.now()).toSeconds());
    }
}
