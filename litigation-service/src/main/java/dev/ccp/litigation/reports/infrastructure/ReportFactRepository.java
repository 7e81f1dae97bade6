package dev.ccp.litigation.reports.infrastructure;

import dev.ccp.litigation.reports.domain.BrandProtectionReport.Amount;
import dev.ccp.litigation.reports.domain.ReportFact;
import dev.ccp.litigation.reports.domain.ReportYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** The report's projection ({@code report_fact}) and the enforcement figures of a year read from it. */
@ApplicationScoped
public class ReportFactRepository {
    private final EntityManager em;

    ReportFactRepository(EntityManager em) {
        this.em = em;
    }

    /** What the events counted in one year: see docs/brand-protection-report.md for each definition. */
    public record EnforcementFigures(long accountAttemptsBlocked, long accountsClosed, long blockedProactively,
            long blockedAfterBrandReport, long listingsRemoved, long unitsHeld, long customersRefunded,
            long ordersRefunded, List<Amount> amountsRefunded) {
    }

    /** Writes the facts; one already stored (same event and subject, or the same refund or hold) is left as it is. */
    public void store(List<ReportFact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into report_fact (event_id, kind, subject_id, occurred_at, quantity, currency, party)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")) {
                for (ReportFact fact : facts) {
                    insert.setString(1, fact.eventId());
                    insert.setString(2, fact.kind().name());
                    insert.setString(3, fact.subjectId());
                    insert.setObject(4, OffsetDateTime.ofInstant(fact.occurredAt(), ZoneOffset.UTC));
                    insert.setLong(5, fact.quantity());
                    insert.setObject(6, fact.currency(), Types.CHAR);
                    insert.setString(7, fact.party());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    public EnforcementFigures figures(ReportYear year) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            long[] counts = counts(c, year);
            long[] blocked = blocked(c, year);
            return new EnforcementFigures(counts[0], counts[1], blocked[0], blocked[1], counts[2], counts[3],
                    counts[4], counts[5], amounts(c, year));
        });
    }

    private static long[] counts(Connection c, ReportYear year) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                select count(distinct subject_id) filter (where kind = 'SELLER_REJECTED'),
                       count(distinct subject_id) filter (where kind = 'SELLER_CLOSED'),
                       count(distinct subject_id) filter (where kind = 'LISTING_REMOVED'),
                       coalesce(sum(quantity) filter (where kind = 'INVENTORY_HELD'), 0),
                       count(distinct party) filter (where kind = 'REFUND_ISSUED'),
                       count(distinct subject_id) filter (where kind = 'REFUND_ISSUED')
                from report_fact where occurred_at >= ? and occurred_at < ?""")) {
            period(q, 1, year);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                long[] counts = new long[6];
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = row.getLong(i + 1);
                }
                return counts;
            }
        }
    }

    /**
     * Each listing is classified once, over all time: blocked proactively when it was blocked before any brand
     * reported it (counted in the year of that first block); blocked after a brand report when a brand reported it
     * first and it was blocked or removed from then on (counted in the year of the first such block or removal).
     */
    private static long[] blocked(Connection c, ReportYear year) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                with first_report as (
                    select subject_id, min(occurred_at) as at from report_fact
                    where kind = 'LISTING_REPORTED' group by subject_id),
                proactive as (
                    select b.subject_id, min(b.occurred_at) as at
                    from report_fact b left join first_report r on r.subject_id = b.subject_id
                    where b.kind = 'LISTING_BLOCKED' and (r.at is null or b.occurred_at < r.at)
                    group by b.subject_id),
                after_report as (
                    select d.subject_id, min(d.occurred_at) as at
                    from report_fact d join first_report r on r.subject_id = d.subject_id
                    where d.kind in ('LISTING_BLOCKED', 'LISTING_REMOVED') and d.occurred_at >= r.at
                      and not exists (select 1 from proactive p where p.subject_id = d.subject_id)
                    group by d.subject_id)
                select (select count(*) from proactive where at >= ? and at < ?),
                       (select count(*) from after_report where at >= ? and at < ?)""")) {
            period(q, 1, year);
            period(q, 3, year);
            try (ResultSet row = q.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    private static List<Amount> amounts(Connection c, ReportYear year) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("""
                select currency, sum(quantity) from report_fact
                where kind = 'REFUND_ISSUED' and occurred_at >= ? and occurred_at < ?
                group by currency order by currency""")) {
            period(q, 1, year);
            List<Amount> amounts = new ArrayList<>();
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    amounts.add(new Amount(rows.getString(1), rows.getBigDecimal(2).longValueExact()));
                }
            }
            return amounts;
        }
    }

    private static void period(PreparedStatement q, int first, ReportYear year) throws SQLException {
        q.setObject(first, OffsetDateTime.ofInstant(year.start(), ZoneOffset.UTC));
        q.setObject(first + 1, OffsetDateTime.ofInstant(year.end(), ZoneOffset.UTC));
    }
}
