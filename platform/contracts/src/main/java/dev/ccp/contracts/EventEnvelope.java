package dev.ccp.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured JSON mode: what goes on the wire, one per Kafka record.
 * {@code subject} is the aggregate id and also the record key, so one aggregate's events stay in order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        String dataschema,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    /** Wraps a payload for publication by {@code source} (e.g. {@code /seller-service}). */
    public static EventEnvelope wrap(String source, DomainEvent event, Instant time) {
        return new EventEnvelope(SPEC_VERSION, UUID.randomUUID().toString(), source, event.eventType(),
                event.aggregateId(), time, JSON, EventTypes.schemaUri(event.eventType(), event.schemaVersion()),
                EventJson.mapper().valueToTree(event));
    }

    /** The payload as its record type; fails on an unknown type or a payload that breaks its schema. */
    public DomainEvent payload() {
        return EventTypes.decode(type, data);
    }
}
