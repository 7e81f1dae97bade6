package dev.ccp.litigation.reports.infrastructure;

import dev.ccp.litigation.reports.domain.BrandProtectionReport.Count;
import dev.ccp.litigation.reports.domain.ReportYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The legal figures of a year, read from this service's own tables (the legal feature writes them): filings by
 * their filing date, referrals by when they were sent (UTC), judgments and settlements by the date entered.
 */
@ApplicationScoped
public class LegalFigures {
    private final EntityManager em;

    LegalFigures(EntityManager em) {
        this.em = em;
    }

    public record Figures(long civilSuitsFiled, long criminalReferrals, List<Count> referralsByJurisdiction,
            long judgments, long judgmentsForPlaintiff, long settlements) {
    }

    public Figures figures(ReportYear year) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            long[] counts = new long[4];
            try (PreparedStatement q = c.prepareStatement("""
                    select (select count(*) from civil_filing where filed_on >= ? and filed_on < ?),
                           count(*) filter (where kind = 'JUDGMENT'),
                           count(*) filter (where kind = 'JUDGMENT' and for_plaintiff),
                           count(*) filter (where kind = 'SETTLEMENT')
                    from case_outcome where entered_on >= ? and entered_on < ?""")) {
                q.setObject(1, year.firstDay());
                q.setObject(2, year.endDay());
                q.setObject(3, year.firstDay());
                q.setObject(4, year.endDay());
                try (ResultSet row = q.executeQuery()) {
                    row.next();
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = row.getLong(i + 1);
                    }
                }
            }
            List<Count> referrals = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("""
                    select jurisdiction, count(*) from criminal_referral
                    where referred_at >= ? and referred_at < ? group by jurisdiction order by jurisdiction""")) {
                q.setObject(1, OffsetDateTime.ofInstant(year.start(), ZoneOffset.UTC));
                q.setObject(2, OffsetDateTime.ofInstant(year.end(), ZoneOffset.UTC));
                try (ResultSet rows = q.executeQuery()) {
                    while (rows.next()) {
                        referrals.add(new Count(rows.getString(1), rows.getLong(2)));
                    }
                }
            }
            long referred = referrals.stream().mapToLong(Count::count).sum();
            return new Figures(counts[0], referred, referrals, counts[1], counts[2], counts[3]);
        });
    }
}
