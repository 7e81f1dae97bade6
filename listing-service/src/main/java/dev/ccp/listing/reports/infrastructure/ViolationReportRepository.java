package dev.ccp.listing.reports.infrastructure;

import dev.ccp.listing.listings.domain.ReportEvidence;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.domain.ViolationType;
import dev.ccp.listing.screening.domain.BrandReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class ViolationReportRepository implements PanacheRepositoryBase<ViolationReport, String>, ReportEvidence {
    private final ReportedListingRepository items;

    ViolationReportRepository(ReportedListingRepository items) {
        this.items = items;
    }

    /** The brands that reported the listing, and as what, oldest first. */
    public List<ViolationReport> reporting(String listingId) {
        return list("select r from ViolationReport r where ?1 member of r.listingIds order by r.receivedAt", listingId);
    }

    /** The first {@code most} of {@link #reporting(String)}. */
    public List<ViolationReport> reporting(String listingId, int most) {
        return find("select r from ViolationReport r where ?1 member of r.listingIds order by r.receivedAt, r.id",
                listingId).page(0, most).list();
    }

    /** Only the reports that hold the listing are screening evidence; the others only queue it for review. */
    @Override
    public List<BrandReport> reportsOn(String listingId) {
        return items.holding(listingId).stream()
                .map(r -> new BrandReport((String) r[0], ((ViolationType) r[1]).name())).toList();
    }

    /** A report item and the status its brand was last told of. */
    public record ItemStatus(String reportId, String brandId, String listingId, String status) {
    }

    /** The items of every report that names one of the listings. */
    @SuppressWarnings("unchecked")
    public List<ItemStatus> itemStatusesOf(Collection<String> listingIds) {
        if (listingIds.isEmpty()) {
            return List.of();
        }
        // the query spaces spare a flush of every managed listing: this runs once per re-screened listing
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select s.report_id, r.brand_id, s.listing_id, s.status
                from violation_report_item_status s join violation_report r on r.id = s.report_id
                where s.listing_id in (?1)""").unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("violation_report_item_status").addSynchronizedQuerySpace("violation_report")
                .setParameter(1, listingIds).getResultList();
        return rows.stream().map(r -> new ItemStatus((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    public void updateItemStatus(String reportId, String listingId, String status) {
        getEntityManager().createNativeQuery(
                "update violation_report_item_status set status = ?1 where report_id = ?2 and listing_id = ?3")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("violation_report_item_status")
                .setParameter(1, status).setParameter(2, reportId).setParameter(3, listingId).executeUpdate();
    }

    /** The items' first statuses, as the brand saw them in the answer to its report. */
    public void recordItemStatuses(String reportId, Map<String, String> statusByListing) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement(
                    "insert into violation_report_item_status (report_id, listing_id, status) values (?, ?, ?)")) {
                for (Map.Entry<String, String> item : statusByListing.entrySet()) {
                    insert.setString(1, reportId);
                    insert.setString(2, item.getKey());
                    insert.setString(3, item.getValue());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
