package dev.ccp.takedown.appeals.infrastructure;

import dev.ccp.core.jobs.PassKicker;
import dev.ccp.takedown.appeals.application.AppealsDue;
import dev.ccp.takedown.appeals.application.ReversingGrantedAppeals;
import dev.ccp.takedown.config.TakedownConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Runs reversal passes on the step runner's timer, and at once after an appeal was granted or its reversal
 * retried. Off with {@code takedown.runner.enabled=false}, like the step runner.
 */
@ApplicationScoped
public class AppealReversalTrigger {
    private final PassKicker passes;
    private final boolean enabled;

    AppealReversalTrigger(ReversingGrantedAppeals reversing, TakedownConfig config, AppealRepository appeals,
            MeterRegistry metrics) {
        this.passes = new PassKicker("appeal-reversal", reversing::runDue);
        this.enabled = config.runner().enabled();
        Gauge.builder("ccp.takedowns.appeal_reversals_needing_attention", appeals,
                a -> QuarkusTransaction.requiringNew().call(a::grantedAwaitingStaff))
                .description("Granted appeals whose reversal a peer refused or that failed too often").register(metrics);
    }

    @Scheduled(every = "${takedown.runner.interval:5s}", delayed = "${takedown.runner.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (enabled) {
            passes.runNow();
        }
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) AppealsDue due) {
        if (enabled) {
            passes.kick();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        passes.stop();
    }
}
