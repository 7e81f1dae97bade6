package dev.ccp.listing.reports.api;

import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.reports.domain.ReportItemStatus;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.domain.ViolationType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A report and where each listing stands for the brand ({@link ReportItemStatus}). */
public record ViolationReportView(String id, String brandId, ViolationType type, Instant receivedAt,
        List<Item> items) {

    public record Item(String listingId, String status) {
    }

    public static ViolationReportView of(ViolationReport report, Map<String, Listing> listings) {
        return new ViolationReportView(report.id, report.brandId, report.type, report.receivedAt,
                report.listingIds.stream().map(id -> new Item(id, statusOf(listings.get(id)))).toList());
    }

    static String statusOf(Listing listing) {
        return ReportItemStatus.of(listing);
    }
}
