package dev.ccp.listing.sellers.infrastructure;

import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.listing.sellers.application.TrackingSellerStanding;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code sellers.v1} into the seller-standing projection. Duplicates are no-ops; poison goes to the DLQ. */
@ApplicationScoped
public class SellerEventsConsumer {
    private final EventConsumer consumer;
    private final TrackingSellerStanding tracking;

    SellerEventsConsumer(EventConsumer consumer, TrackingSellerStanding tracking) {
        this.consumer = consumer;
        this.tracking = tracking;
    }

    @Incoming("sellers")
    @Blocking // ordered: one record at a time per partition, so a seller's events apply in order
    public void onSellerEvent(String record) {
        consumer.apply("listing-seller-standing", record, TrackingSellerStanding.TYPES, tracking::apply);
    }
}
