package dev.ccp.listing.reports.infrastructure;

import dev.ccp.listing.listings.domain.ReportEvidence;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.domain.ViolationType;
import dev.ccp.listing.screening.domain.BrandReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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

    /** Only the reports that hold the listing are screening evidence; the others only queue it for review. */
    @Override
    public List<BrandReport> reportsOn(String listingId) {
        return items.holding(listingId).stream()
                .map(r -> new BrandReport((String) r[0], ((ViolationType) r[1]).name())).toList();
    }
}
