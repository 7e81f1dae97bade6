package dev.ccp.takedown.refunds.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Refunds as Prometheus sees them: issued and failed (counters), still to be settled (a gauge read from the
 * database, so it counts every replica's), and how long the provider takes to answer, by outcome.
 */
@ApplicationScoped
public class RefundMetrics {
    private final Counter issued;
    private final Counter failed;
    private final MeterRegistry registry;

    RefundMetrics(MeterRegistry registry, RefundRepository refunds) {
        this.registry = registry;
        this.issued = Counter.builder("takedown.refunds.issued").description("refunds the provider paid")
                .register(registry);
        this.failed = Counter.builder("takedown.refunds.failed")
                .description("refunds the provider declined or refused (each decline counts)").register(registry);
        registry.gauge("takedown.refunds.pending", refunds,
                repository -> QuarkusTransaction.requiringNew().call(repository::countUnsettled));
    }

    public void issued() {
        issued.increment();
    }

    public void failed() {
        failed.increment();
    }

    /** @param outcome issued, declined or unsettled */
    public void providerCall(String outcome, Duration took) {
        Timer.builder("takedown.refunds.provider.calls").description("refund calls to the payment provider")
                .tag("outcome", outcome).publishPercentileHistogram().register(registry).record(took);
    }
}
