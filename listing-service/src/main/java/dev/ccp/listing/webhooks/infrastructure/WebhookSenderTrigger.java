package dev.ccp.listing.webhooks.infrastructure;

import dev.ccp.core.jobs.PassKicker;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.webhooks.application.DeliveringWebhooks;
import dev.ccp.listing.webhooks.application.WebhooksDue;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Starts sender passes: every {@code listing.webhooks.sender.interval} (retries that came due), and at once after a
 * transaction that stored deliveries committed, on a thread of its own so the committing request does not wait.
 */
@ApplicationScoped
public class WebhookSenderTrigger {
    private final PassKicker passes;
    private final boolean enabled;

    WebhookSenderTrigger(DeliveringWebhooks delivering, ListingConfig config) {
        this.passes = new PassKicker("webhook-sender", delivering::runDue);
        this.enabled = config.webhooks().sender().enabled();
    }

    @Scheduled(every = "${listing.webhooks.sender.interval:5s}", delayed = "${listing.webhooks.sender.interval:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTimer() {
        if (enabled) {
            passes.runNow();
        }
    }

    void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhooksDue due) {
        if (enabled) {
            passes.kick();
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        passes.stop();
    }
}
