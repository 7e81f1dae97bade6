package dev.ccp.devstack.dlq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record in a dead-letter topic: where it sits, when it was parked (the record's timestamp), the CloudEvent
 * it carries, and why the consumer gave up on it (the connector's {@code dead-letter-*} headers).
 */
public record ParkedEvent(String topic, int partition, long offset, Instant parkedAt, String key, String eventId,
        String type, String subject, String reason, String cause) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ParkedEvent of(ConsumerRecord<String, String> record) {
        JsonNode event = readEvent(record.value());
        String cause = header(record, "dead-letter-cause");
        String causeClass = header(record, "dead-letter-cause-class-name");
        return new ParkedEvent(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), record.key(), text(event, "id"), text(event, "type"),
                text(event, "subject"), header(record, "dead-letter-reason"),
                cause == null ? causeClass : causeClass == null ? cause : causeClass + ": " + cause);
    }

    /** {@code topic/partition@offset}, the record's address. */
    public String where() {
        return topic + "/" + partition + "@" + offset;
    }

    private static JsonNode readEvent(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null; // a record that is not even JSON is a reason to park it; it is listed all the same
        }
    }

    private static String text(JsonNode event, String field) {
        return event != null && event.hasNonNull(field) ? event.get(field).asText() : null;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
