package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.takedown.takedowns.application.OpeningTakedown;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code listings.v1} for {@code listing.counterfeit-confirmed}; other listing events are acknowledged and
 * ignored. Core's inbox makes a re-delivered event a no-op; a poison one goes to {@code listings.v1.dlq}.
 */
@ApplicationScoped
public class ListingConfirmationsConsumer {
    private final EventConsumer consumer;
    private final OpeningTakedown opening;

    ListingConfirmationsConsumer(EventConsumer consumer, OpeningTakedown opening) {
        this.consumer = consumer;
        this.opening = opening;
    }

    @Incoming("listings")
    @Blocking // ordered: one record at a time per partition (keyed by listing)
    public void onListingEvent(String record) {
        consumer.apply("takedown-confirmations", record, OpeningTakedown.TYPES, opening::apply);
    }
}
