package dev.ccp.litigation.cases.infrastructure;

import dev.ccp.litigation.cases.domain.CaseStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * {@code ccp_cases{status}}: how many cases stand in each status, one gauge per status. Counted by one grouped query,
 * at most once per {@link #FRESH_FOR_MILLIS} however many gauges a scrape reads.
 */
@ApplicationScoped
@Startup
public class CaseMetrics {
    private static final Logger LOG = Logger.getLogger(CaseMetrics.class);
    private static final long FRESH_FOR_MILLIS = 5_000;

    private final DataSource dataSource;
    private Map<CaseStatus, Long> counts = new EnumMap<>(CaseStatus.class);
    private long countedAt;

    CaseMetrics(DataSource dataSource, MeterRegistry metrics) {
        this.dataSource = dataSource;
        for (CaseStatus status : CaseStatus.values()) {
            Gauge.builder("ccp.cases", this, m -> m.count(status)).description("cases in this status")
                    .tag("status", status.name()).register(metrics);
        }
    }

    private synchronized double count(CaseStatus status) {
        long now = System.currentTimeMillis();
        if (now - countedAt > FRESH_FOR_MILLIS) {
            counts = read();
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }

    private Map<CaseStatus, Long> read() {
        Map<CaseStatus, Long> read = new EnumMap<>(CaseStatus.class);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("select status, count(*) from litigation_case group by status")) {
            while (rows.next()) {
                read.put(CaseStatus.valueOf(rows.getString(1)), rows.getLong(2));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("cases by status not counted now: %s", e.getMessage());
            return counts; // the last counts stand until the database answers again
        }
        return read;
    }
}
