package dev.ccp.listing.reports.api;

import dev.ccp.listing.listings.infrastructure.ListingRepository;
import dev.ccp.listing.reports.domain.Disputes;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.infrastructure.ReportedListingRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** A brand's report as staff read it: where each of its listings stands, why it was queued, and its disputes. */
@ApplicationScoped
class StaffReportViews {
    private final ListingRepository listings;
    private final ReportedListingRepository items;
    private final Disputes disputes;

    StaffReportViews(ListingRepository listings, ReportedListingRepository items, Disputes disputes) {
        this.listings = listings;
        this.items = items;
        this.disputes = disputes;
    }

    ViolationReportView of(ViolationReport report) {
        return ViolationReportView.of(report, listings.byIds(report.listingIds), items.dispositions(report.id),
                disputes.onReport(report.id));
    }
}
