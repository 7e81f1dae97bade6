package dev.ccp.listing.reports.infrastructure;

import dev.ccp.listing.reports.domain.ReportDisposition;
import dev.ccp.listing.reports.domain.ReportedListing;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@ApplicationScoped
public class ReportedListingRepository implements PanacheRepositoryBase<ReportedListing, ReportedListing.Key> {
    private final EntityManager em;

    ReportedListingRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Serialises the brand's reports until this transaction ends, so that two reports filed at once cannot both
     * fit under its quota.
     */
    public void lockBrandQuota(String brandId) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('violation-report-quota:' || :brand, 0))")
                .setParameter("brand", brandId).getSingleResult();
    }

    /** Listings the brand's reports hold that are still open: no verdict yet, not removed. */
    public long openHolds(String brandId) {
        return ((Number) em.createNativeQuery("""
                select count(distinct i.listing_id) from violation_report_item i join listing l on l.id = i.listing_id
                where i.brand_id = :brand and i.disposition = 'HOLDING' and l.verdict is null
                  and l.status <> 'REMOVED'""").setParameter("brand", brandId).getSingleResult()).longValue();
    }

    /** What the report does to each of its listings. */
    public Map<String, ReportDisposition> dispositions(String reportId) {
        return list("reportId", reportId).stream()
                .collect(Collectors.toMap(i -> i.listingId, i -> i.disposition));
    }

    /** The reports that hold the listing, oldest first: as (brand id, report type) pairs. */
    public List<Object[]> holding(String listingId) {
        return em.createQuery("select i.brandId, r.type from ReportedListing i, ViolationReport r "
                + "where r.id = i.reportId and i.listingId = ?1 and i.disposition = ?2 order by i.receivedAt, r.id",
                Object[].class).setParameter(1, listingId).setParameter(2, ReportDisposition.HOLDING).getResultList();
    }
}
