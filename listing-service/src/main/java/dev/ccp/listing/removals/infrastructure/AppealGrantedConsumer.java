package dev.ccp.listing.removals.infrastructure;

import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.listing.removals.application.CountingAppealOverturns;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads granted appeals from {@code takedowns.v1} (its own group, {@code listing-service-brand-overturns}) into
 * brands' overturn counts. Duplicates are no-ops; poison goes to the DLQ.
 */
@ApplicationScoped
public class AppealGrantedConsumer {
    private final EventConsumer consumer;
    private final CountingAppealOverturns counting;

    AppealGrantedConsumer(EventConsumer consumer, CountingAppealOverturns counting) {
        this.consumer = consumer;
        this.counting = counting;
    }

    @Incoming("takedown-appeals")
    @Blocking
    public void onTakedownEvent(String record) {
        consumer.apply("listing-brand-overturns", record, CountingAppealOverturns.TYPES, counting::apply);
    }
}
