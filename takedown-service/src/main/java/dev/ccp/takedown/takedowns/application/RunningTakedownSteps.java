package dev.ccp.takedown.takedowns.application;

import dev.ccp.contracts.Money;
import dev.ccp.contracts.takedown.TakedownCompleted;
import dev.ccp.contracts.takedown.TakedownStepFailed;
import dev.ccp.core.outbox.Outbox;
import dev.ccp.takedown.config.TakedownConfig;
import dev.ccp.takedown.takedowns.domain.AccountAction;
import dev.ccp.takedown.takedowns.domain.RefundSummary;
import dev.ccp.takedown.takedowns.domain.StepBackoff;
import dev.ccp.takedown.takedowns.domain.StepName;
import dev.ccp.takedown.takedowns.domain.Takedown;
import dev.ccp.takedown.takedowns.domain.TakedownStatus;
import dev.ccp.takedown.takedowns.domain.TakedownStep;
import dev.ccp.takedown.takedowns.infrastructure.TakedownRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The step runner: claims due takedowns (a lease per takedown, so two replicas never run one at once and a dead
 * runner's takedowns are picked up once its lease has passed) and runs each one's steps in order from what is
 * persisted. A step's work happens outside any transaction; its outcome is recorded in one that first checks this
 * runner still holds the takedown. A transient failure is retried with exponential back-off; a permanent one, or
 * too many transient ones, leaves the takedown NEEDS_ATTENTION for staff.
 */
@ApplicationScoped
public class RunningTakedownSteps {
    private static final Logger LOG = Logger.getLogger(RunningTakedownSteps.class);
    private static final int MAX_ERROR_LENGTH = 1000;

    private final TakedownRepository takedowns;
    private final Map<StepName, TakedownStepHandler> handlers = new EnumMap<>(StepName.class);
    private final TakedownConfig config;
    private final StepBackoff backoff;
    private final Outbox outbox;
    private final Clock clock;
    private final TakedownMetrics metrics;
    private final String runnerId = "runner-" + UUID.randomUUID();

    RunningTakedownSteps(TakedownRepository takedowns, Instance<TakedownStepHandler> handlers, TakedownConfig config,
            Outbox outbox, Clock clock, TakedownMetrics metrics, StepBackoff backoff) {
        this.takedowns = takedowns;
        handlers.forEach(h -> this.handlers.put(h.step(), h));
        for (StepName step : StepName.values()) {
            if (!this.handlers.containsKey(step)) {
                throw new IllegalStateException("no handler for takedown step " + step);
            }
        }
        this.config = config;
        this.backoff = backoff;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** One pass of this instance's runner, synchronously: what the scheduler runs, and what tests call. */
    public int runDue() {
        return runDue(runnerId);
    }

    /**
     * One pass as {@code runner}: claims up to the batch size of due takedowns and runs each as far as it goes now.
     *
     * @return how many takedowns it claimed
     */
    public int runDue(String runner) {
        Instant now = clock.instant();
        List<String> claimed = QuarkusTransaction.requiringNew().call(() ->
                takedowns.claimDue(runner, now, now.plus(config.runner().lease()), config.runner().batchSize()));
        for (String id : claimed) {
            try {
                runClaimed(id, runner);
            } catch (RuntimeException e) {
                // The database or a bug: the lease lapses and a later pass carries on from what was recorded.
                LOG.errorf(e, "takedown %s: the runner stopped; it resumes once the lease has passed", id);
            }
        }
        metrics.oldestOpenSince(QuarkusTransaction.requiringNew().call(takedowns::oldestOpenSince));
        return claimed.size();
    }

    private void runClaimed(String id, String runner) {
        while (true) {
            Takedown takedown = QuarkusTransaction.requiringNew().call(() -> takedowns.findById(id));
            if (takedown == null || !takedown.claimedBy(runner) || takedown.status() != TakedownStatus.IN_PROGRESS) {
                return;
            }
            TakedownStep step = takedown.currentStep().orElse(null);
            if (step == null || step.nextAttemptAt() != null && step.nextAttemptAt().isAfter(clock.instant())) {
                record(id, runner, t -> false); // not due yet: only let go of it
                return;
            }
            StepResult result = attempt(handlers.get(step.name()), takedown);
            if (!record(id, runner, t -> apply(t, step, result))) {
                return;
            }
        }
    }

    private StepResult attempt(TakedownStepHandler handler, Takedown takedown) {
        try {
            return handler.attempt(takedown);
        } catch (PeerCallException e) {
            return new StepResult.Failed(e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            LOG.warnf(e, "takedown %s: step %s failed unexpectedly", takedown.id(), handler.step());
            return new StepResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /**
     * Records in one transaction, if {@code runner} still holds the takedown.
     *
     * @param change the change; true when the runner goes on with the next step
     * @return whether to go on
     */
    private boolean record(String id, String runner, java.util.function.Predicate<Takedown> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Takedown takedown = takedowns.forUpdate(id).orElse(null);
            if (takedown == null || !takedown.claimedBy(runner)) {
                LOG.infof("takedown %s: another runner holds it now; this one's outcome is dropped", id);
                return false;
            }
            boolean goOn = change.test(takedown) && takedown.status() == TakedownStatus.IN_PROGRESS;
            if (goOn) {
                takedown.extendLease(clock.instant().plus(config.runner().lease()));
            } else {
                takedown.release();
            }
            return goOn;
        });
    }

    /** @return true when the next step may run now */
    private boolean apply(Takedown takedown, TakedownStep step, StepResult result) {
        Instant now = clock.instant();
        StepName name = step.name();
        if (result instanceof StepResult.Done done) {
            done.effect().apply(takedown, now);
            takedown.stepDone(name, now);
            if (takedown.status() == TakedownStatus.COMPLETED) {
                outbox.append(completed(takedown));
                metrics.completed();
            }
            return true;
        }
        if (result instanceof StepResult.Skipped) {
            takedown.stepSkipped(name, now);
            return true;
        }
        if (result instanceof StepResult.Waiting waiting) {
            takedown.stepWaits(name, waiting.until(), now);
            return false;
        }
        StepResult.Failed failed = (StepResult.Failed) result;
        String error = failed.error() == null ? "failed" : failed.error().length() > MAX_ERROR_LENGTH
                ? failed.error().substring(0, MAX_ERROR_LENGTH) : failed.error();
        int attempts = step.attempts() + 1;
        if (failed.permanent() || attempts >= config.steps().maxAttempts()) {
            takedown.stepGaveUp(name, error, true, now);
            outbox.append(new TakedownStepFailed(takedown.id(), takedown.listingId(), name.name(), attempts, error,
                    now));
            metrics.gaveUp();
            LOG.warnf("takedown %s: step %s gave up after %d attempts: %s", takedown.id(), name, attempts, error);
        } else {
            Instant retryAt = now.plus(backoff.after(attempts));
            takedown.stepFailedTransiently(name, error, retryAt, now);
            metrics.retried(name);
            LOG.infof("takedown %s: step %s failed (attempt %d), retrying at %s: %s", takedown.id(), name, attempts,
                    retryAt, error);
        }
        return false;
    }

    private static TakedownCompleted completed(Takedown takedown) {
        RefundSummary refunds = takedown.refundSummary() != null ? takedown.refundSummary()
                : new RefundSummary(0, 0, List.of());
        List<TakedownCompleted.RefundedAmount> amounts = refunds.totals().stream()
                .map(t -> new TakedownCompleted.RefundedAmount(new Money(BigDecimal.valueOf(t.minorUnits(),
                        Currency.getInstance(t.currency()).getDefaultFractionDigits()), t.currency()), t.count()))
                .toList();
        AccountAction action = takedown.accountAction() != null ? takedown.accountAction() : AccountAction.NONE;
        return new TakedownCompleted(takedown.id(), takedown.listingId(), takedown.sellerId(), takedown.brandIds(),
                takedown.unitsHeld() != null ? takedown.unitsHeld() : 0, refunds.issued(), amounts, refunds.failed(),
                action.name(), takedown.completedAt());
    }
}
