package dev.ccp.listing.reports.infrastructure;

import dev.ccp.listing.reports.domain.ViolationReport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ViolationReportRepository implements PanacheRepositoryBase<ViolationReport, String> {

    /** The brands that reported the listing, and as what, oldest first. */
    public List<ViolationReport> reporting(String listingId) {
        return list("select r from ViolationReport r where ?1 member of r.listingIds order by r.receivedAt", listingId);
    }
}
