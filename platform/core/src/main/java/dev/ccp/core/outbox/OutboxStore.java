package dev.ccp.core.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** The relay's SQL against the outbox table. */
@ApplicationScoped
class OutboxStore {
    /** Arbitrary but fixed: the advisory lock that makes one relay per database the publisher. */
    private static final long RELAY_LOCK = 0x0CC9_0B0DL;

    private final DataSource dataSource;
    private final Clock clock;

    OutboxStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    boolean tryLockRelay() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock = c.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    List<OutboxRow> nextUnsent(int limit) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("""
                        select seq, topic, event_key, payload from outbox_event
                        where published_at is null order by seq limit ?""")) {
            select.setInt(1, limit);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void markPublished(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("""
                        update outbox_event set published_at = ?, attempts = attempts + 1, last_error = null
                        where seq = any(?)""")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setArray(2, c.createArrayOf("bigint", rows.stream().map(OutboxRow::seq).toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void recordFailure(OutboxRow row, String error) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update outbox_event set attempts = attempts + 1, last_error = ? where seq = ?")) {
            update.setString(1, error);
            update.setLong(2, row.seq());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int purgePublishedBefore(Duration retention) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "delete from outbox_event where published_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outbox lag for dashboards: how many events wait, and how old the oldest is. */
    void registerGauges(MeterRegistry metrics) {
        Gauge.builder("ccp.outbox.pending", this, store -> store.pendingStat("count(*)"))
                .description("Committed events not yet published to Kafka").register(metrics);
        Gauge.builder("ccp.outbox.lag.seconds", this,
                store -> store.pendingStat("coalesce(extract(epoch from now() - min(created_at)), 0)"))
                .description("Age of the oldest unpublished event").register(metrics);
    }

    private double pendingStat(String expression) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select " + expression + " from outbox_event where published_at is null");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return rs.getDouble(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
