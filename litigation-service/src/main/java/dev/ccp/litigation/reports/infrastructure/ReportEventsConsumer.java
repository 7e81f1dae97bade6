package dev.ccp.litigation.reports.infrastructure;

import dev.ccp.core.inbox.EventConsumer;
import dev.ccp.litigation.reports.application.ProjectingEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code sellers.v1}, {@code listings.v1} and {@code takedowns.v1} (consumer group
 * {@code litigation-service-reports}) into the report's projection; other event types are acknowledged and
 * ignored. Each topic has its own inbox consumer name, so a re-delivered event is a no-op; a poison one goes to
 * {@code <topic>.dlq}.
 */
@ApplicationScoped
public class ReportEventsConsumer {
    private final EventConsumer consumer;
    private final ProjectingEvents projecting;

    ReportEventsConsumer(EventConsumer consumer, ProjectingEvents projecting) {
        this.consumer = consumer;
        this.projecting = projecting;
    }

    @Incoming("report-sellers")
    @Blocking // ordered: one record at a time per partition
    public void onSellerEvent(String record) {
        consumer.apply("litigation-reports-sellers", record, ProjectingEvents.SELLER_TYPES, projecting::apply);
    }

    @Incoming("report-listings")
    @Blocking
    public void onListingEvent(String record) {
        consumer.apply("litigation-reports-listings", record, ProjectingEvents.LISTING_TYPES, projecting::apply);
    }

    @Incoming("report-takedowns")
    @Blocking
    public void onTakedownEvent(String record) {
        consumer.apply("litigation-reports-takedowns", record, ProjectingEvents.TAKEDOWN_TYPES, projecting::apply);
    }
}
