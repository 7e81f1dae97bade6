package dev.ccp.listing.reports.application;

import dev.ccp.listing.brand.domain.ReportOutcomes;
import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.config.ReportSettings;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How often brands' report items were found not infringing (by a moderator, or a seller's counter-notice upheld),
 * each distinct listing once per brand. Staff see it on the brand; the gauge
 * {@code ccp.listing.brands.reports-often-rejected} counts the brands at or past the configured rate.
 */
@ApplicationScoped
public class ReportRecords implements ReportOutcomes {
    private static final String DECIDED_ITEMS = """
            select r.brand_id, count(distinct l.id) filter (where l.verdict is not null) as decided,
                   count(distinct l.id) filter (where l.verdict = 'NOT_INFRINGING') as rejected
            from violation_report r
            join violation_report_listing rl on rl.report_id = r.id
            join listing l on l.id = rl.listing_id
            """;

    private final EntityManager em;
    private final ReportSettings config;
    private final AtomicLong oftenRejectedBrands = new AtomicLong();

    ReportRecords(EntityManager em, ListingConfig config) {
        this.em = em;
        this.config = config.reports();
    }

    void registerGauge(@Observes StartupEvent started, MeterRegistry metrics) {
        Gauge.builder("ccp.listing.brands.reports-often-rejected", oftenRejectedBrands, AtomicLong::get)
                .description("Brands whose decided report items are found not infringing at or past "
                        + "listing.reports.often-rejected-from-percent")
                .register(metrics);
    }

    @Override
    @Transactional
    public Record of(String brandId) {
        Object[] row = (Object[]) em.createNativeQuery(DECIDED_ITEMS + " where r.brand_id = :brand group by r.brand_id")
                .setParameter("brand", brandId).getResultStream().findFirst().orElse(null);
        long decided = row == null ? 0 : ((Number) row[1]).longValue();
        long rejected = row == null ? 0 : ((Number) row[2]).longValue();
        return new Record(decided, rejected, decided == 0 ? 0 : (int) (rejected * 100 / decided),
                often(decided, rejected));
    }

    private boolean often(long decided, long rejected) {
        return decided >= config.oftenRejectedMinimumDecided()
                && rejected * 100 >= (long) config.oftenRejectedFromPercent() * decided;
    }

    /** Off any request: one pass over all reports, so a scrape of the metrics never runs a query. */
    @Scheduled(every = "${listing.reports.often-rejected-refresh}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void countOftenRejected() {
        QuarkusTransaction.requiringNew().run(() -> {
            long count = 0;
            for (Object o : em.createNativeQuery(DECIDED_ITEMS + " group by r.brand_id").getResultList()) {
                Object[] row = (Object[]) o;
                count += often(((Number) row[1]).longValue(), ((Number) row[2]).longValue()) ? 1 : 0;
            }
            oftenRejectedBrands.set(count);
        });
    }
}
