package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.application.RunningTakedownSteps;
import dev.ccp.takedown.takedowns.application.TakedownsDue;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Starts runner passes: every {@code takedown.runner.interval}, and at once after a takedown became due (opened or
 * retried), on a thread of its own so the committing caller does not wait. Off with
 * {@code takedown.runner.enabled=false} (tests then run passes themselves).
 */
@ApplicationScoped
public class StepRunnerTrigger {
    private static final Logger LOG = Logger.getLogger(StepRunnerTrigger.class);

    private final RunningTakedownSteps running;
    private final boolean enabled;
    private final ExecutorService kicks = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "takedown-runner-kick");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean kickQueued = new AtomicBoolean();

    StepRunnerTrigger(RunningTakedownSteps running, TakedownConfig config) {
        this.running = running;
        this.enabled = config.runner().enabled();
    }

    @Scheduled(every = "${takedown.runner.interval:5s}", delayed = "${takedown.runner.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (enabled) {
            pass();
        }
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) TakedownsDue due) {
        if (enabled && kickQueued.compareAndSet(false, true)) {
            kicks.submit(() -> {
                kickQueued.set(false);
                pass();
            });
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        kicks.shutdownNow();
    }

    private void pass() {
        try {
            running.runDue();
        } catch (RuntimeException e) {
            LOG.warnf("takedown runner pass failed (%s); the next one carries on", e.getMessage());
        }
    }
}
