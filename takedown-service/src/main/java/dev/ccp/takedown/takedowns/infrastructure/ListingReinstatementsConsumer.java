package dev.ccp.takedown.takedowns.infrastructure;

import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.takedown.takedowns.application.ReversingOnCounterNotice;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code listings.v1} in a consumer group of its own ({@code takedown-service-overturns}) for
 * {@code listing.reinstated}; only a counter-notice upheld in listing-service reverses a takedown, other reasons and
 * other listing events are acknowledged and ignored. Core's inbox makes a re-delivered event a no-op; a poison one
 * goes to {@code listings.v1.dlq}; while the database is down the record is held and retried.
 */
@ApplicationScoped
public class ListingReinstatementsConsumer {
    private final EventConsumer consumer;
    private final ReversingOnCounterNotice reversing;

    ListingReinstatementsConsumer(EventConsumer consumer, ReversingOnCounterNotice reversing) {
        this.consumer = consumer;
        this.reversing = reversing;
    }

    @Incoming("listing-overturns")
    @Blocking // ordered: one record at a time per partition (keyed by listing)
    public void onListingEvent(String record) {
        consumer.apply("takedown-overturns", record, ReversingOnCounterNotice.TYPES, reversing::apply);
    }
}
