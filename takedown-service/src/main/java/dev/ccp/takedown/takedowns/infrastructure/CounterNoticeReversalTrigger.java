package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.core.jobs.PassKicker;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.application.CounterNoticeReversalsDue;
import dev.ccp.takedown.takedowns.application.ReversingUpheldCounterNotices;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Runs counter-notice reversal passes on the step runner's timer, and at once after a takedown was reversed on a
 * counter-notice or its reversal retried. Off with {@code takedown.runner.enabled=false}, like the step runner.
 */
@ApplicationScoped
public class CounterNoticeReversalTrigger {
    private final PassKicker passes;
    private final boolean enabled;

    CounterNoticeReversalTrigger(ReversingUpheldCounterNotices reversing, TakedownConfig config,
            CounterNoticeReversalRepository reversals, MeterRegistry metrics) {
        this.passes = new PassKicker("counter-notice-reversal", reversing::runDue);
        this.enabled = config.runner().enabled();
        Gauge.builder("ccp.takedowns.counter_notice_reversals_needing_attention", reversals,
                r -> QuarkusTransaction.requiringNew().call(r::awaitingStaff))
                .description("Takedowns reversed on an upheld counter-notice whose account reinstatement seller-service "
                        + "refused or that failed too often").register(metrics);
    }

    @Scheduled(every = "${takedown.runner.interval:5s}", delayed = "${takedown.runner.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (enabled) {
            passes.runNow();
        }
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) CounterNoticeReversalsDue due) {
        if (enabled) {
            passes.kick();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        passes.stop();
    }
}
