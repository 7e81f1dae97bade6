package dev.ccp.litigation.support;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.devstack.test.TestKafka;
import java.time.Instant;
import java.util.Map;

/**
 * Events as their owning services publish them: the contract record wrapped by the outbox's own
 * {@link EventEnvelope#wrap} with the owner's source, keyed by the aggregate id, on the owner's topic, with the
 * outbox's {@code content-type} header.
 */
public final class OwnerEvents {
    private OwnerEvents() {
    }

    /** A record as it went out: to send again, byte for byte, as a re-delivery. */
    public record Sent(String topic, String key, String json) {
        public void redeliver() {
            TestKafka.sendCloudEvents(topic, Map.of(key, json));
        }
    }

    /**
     * Publishes {@code event} from {@code service} (e.g. {@code seller-service}) as committed at {@code time}: the
     * outbox stamps the envelope with the time of the change, the payload carries the same instant.
     */
    public static Sent publish(String topic, String service, DomainEvent event, Instant time) {
        Sent sent = new Sent(topic, event.aggregateId(),
                EventJson.write(EventEnvelope.wrap("/" + service, event, time)));
        sent.redeliver();
        return sent;
    }
}
