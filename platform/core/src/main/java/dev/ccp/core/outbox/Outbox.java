package dev.ccp.core.outbox;

import dev.ccp.contracts.DomainEvent;
import dev.ccp.contracts.EventEnvelope;
import dev.ccp.contracts.EventJson;
import dev.ccp.core.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Writes events into the outbox table inside the caller's transaction, so an event exists if and only if the
 * state change that caused it committed. {@link OutboxRelay} publishes them to Kafka afterwards.
 */
@ApplicationScoped
public class Outbox {
    private final DataSource dataSource;
    private final PlatformConfig config;
    private final Clock clock;
    private final Event<OutboxAppended> appended;

    Outbox(DataSource dataSource, PlatformConfig config, Clock clock, Event<OutboxAppended> appended) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.appended = appended;
    }

    /** Appends to this service's own topic. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(DomainEvent event) {
        return append(config.outbox().topic(), event);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope append(String topic, DomainEvent event) {
        return appendAll(topic, List.of(event)).get(0);
    }

    /** Appends several events to this service's own topic in one round trip, in order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> appendAll(List<? extends DomainEvent> events) {
        return appendAll(config.outbox().topic(), events);
    }

    private List<EventEnvelope> appendAll(String topic, List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<EventEnvelope> envelopes = new ArrayList<>(events.size());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into outbox_event (event_id, topic, event_key, event_type, payload, created_at)
                        values (?, ?, ?, ?, ?, ?)""")) {
            for (DomainEvent event : events) {
                EventEnvelope envelope = EventEnvelope.wrap("/" + config.serviceName(), event, clock.instant());
                insert.setObject(1, UUID.fromString(envelope.id()));
                insert.setString(2, topic);
                insert.setString(3, envelope.subject());
                insert.setString(4, envelope.type());
                insert.setString(5, EventJson.write(envelope));
                insert.setTimestamp(6, Timestamp.from(envelope.time()));
                envelopes.add(envelope);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write " + events.get(0).eventType() + " to the outbox", e);
        }
        // Observed after commit only: wakes the relay without waiting for its next poll.
        appended.fire(new OutboxAppended(envelopes.get(0).id()));
        return envelopes;
    }
}
