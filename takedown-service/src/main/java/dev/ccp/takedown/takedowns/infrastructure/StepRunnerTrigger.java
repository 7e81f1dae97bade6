package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.core.jobs.PassKicker;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import dev.ccp.takedown.takedowns.application.TakedownsDue;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts runner passes: every {@code takedown.runner.interval}, and at once after a takedown became due (opened or
 * retried), on a thread of its own so the committing caller does not wait. Off with
 * {@code takedown.runner.enabled=false} (tests then run passes themselves).
 */
@ApplicationScoped
public class StepRunnerTrigger {
    private final PassKicker passes;
    private final boolean enabled;

    StepRunnerTrigger(RunningTakedownSteps running, TakedownConfig config) {
        this.passes = new PassKicker("takedown-runner", running::runDue);
        this.enabled = config.runner().enabled();
    }

    @Scheduled(every = "${takedown.runner.interval:5s}", delayed = "${takedown.runner.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (enabled) {
            passes.runNow();
        }
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) TakedownsDue due) {
        if (enabled) {
            passes.kick();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        passes.stop();
    }
}
