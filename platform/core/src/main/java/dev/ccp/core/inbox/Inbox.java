package dev.ccp.core.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Remembers which events a consumer has applied, in the same transaction as the effect. */
@ApplicationScoped
public class Inbox {
    private final DataSource dataSource;

    Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records that {@code consumer} applies {@code eventId} now. Returns false when it already did: the caller
     * must then skip the effect. A concurrent delivery of the same event waits on the row and then sees it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId, String eventType) {
        try (Connection c = connection();
                PreparedStatement insert = c.prepareStatement("""
                        insert into inbox_event (consumer, event_id, event_type) values (?, ?, ?)
                        on conflict do nothing""")) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            insert.setString(3, eventType);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " in the inbox", e);
        }
    }

    /** The transaction's first use of the database: failing here says nothing about the event. */
    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException | RuntimeException e) {
            throw new DatabaseUnavailableException(e);
        }
    }
}
