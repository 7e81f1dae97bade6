package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.litigation.cases.application.TakingInEnforcement;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The case intake's three feeds (consumer group {@code litigation-service-cases}): confirmations and promotions on
 * listings.v1, completed takedowns on takedowns.v1, closures on sellers.v1; other types are acknowledged and
 * ignored. Core's inbox makes a re-delivered event a no-op; a poison one goes to {@code <topic>.dlq}; a transient
 * failure (seller-service or the database down) holds the record until it passes.
 */
@ApplicationScoped
public class EnforcementEventsConsumer {
    private final EventConsumer consumer;
    private final TakingInEnforcement intake;

    EnforcementEventsConsumer(EventConsumer consumer, TakingInEnforcement intake) {
        this.consumer = consumer;
        this.intake = intake;
    }

    @Incoming("cases-listings")
    @Blocking // ordered: one record at a time per partition
    public void onListingEvent(String record) {
        consumer.apply("litigation-cases-listings", record, TakingInEnforcement.LISTING_TYPES, intake::apply);
    }

    @Incoming("cases-takedowns")
    @Blocking
    public void onTakedownEvent(String record) {
        consumer.apply("litigation-cases-takedowns", record, TakingInEnforcement.TAKEDOWN_TYPES, intake::apply);
    }

    @Incoming("cases-sellers")
    @Blocking
    public void onSellerEvent(String record) {
        consumer.apply("litigation-cases-sellers", record, TakingInEnforcement.SELLER_TYPES, intake::apply);
    }
}
