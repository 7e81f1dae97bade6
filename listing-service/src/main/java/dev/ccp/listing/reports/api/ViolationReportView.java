package dev.ccp.listing.reports.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.reports.domain.Disputes;
import dev.ccp.listing.reports.domain.ReportDisposition;
import dev.ccp.listing.reports.domain.ReportItemStatus;
import dev.ccp.listing.reports.domain.ViolationReport;
import dev.ccp.listing.reports.domain.ViolationType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A report and where each listing stands for the brand: {@code HELD} (held for a moderator, no verdict yet),
 * {@code QUEUED} (waiting for a moderator but still on sale: the report did not hold it), {@code BLOCKED} (refused
 * by screening, no verdict yet), {@code CONFIRMED} (a moderator found it infringing), {@code REJECTED} (a moderator
 * found it not infringing, or upheld the seller's counter-notice), {@code REMOVED} (taken down). {@code
 * queuedBecause} says why this report did not hold the listing: {@code UNRELATED} (nothing in it is the brand's:
 * words, products, images) or {@code OVER_QUOTA} (the brand's open reports already held as many listings as it
 * may); absent when the report holds it. {@code counterNotice} is the seller's latest dispute of the item, if any,
 * and its outcome.
 */
public record ViolationReportView(String id, String brandId, ViolationType type, Instant receivedAt,
        List<Item> items) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String listingId, String status, String queuedBecause, Disputes.Dispute counterNotice) {
    }

    public static ViolationReportView of(ViolationReport report, Map<String, Listing> listings) {
        return of(report, listings, Map.of(), Map.of());
    }

    public static ViolationReportView of(ViolationReport report, Map<String, Listing> listings,
            Map<String, ReportDisposition> dispositions, Map<String, Disputes.Dispute> disputes) {
        return new ViolationReportView(report.id, report.brandId, report.type, report.receivedAt,
                report.listingIds.stream().map(id -> new Item(id, statusOf(listings.get(id)),
                        queuedBecause(dispositions.get(id)), disputes.get(id))).toList());
    }

    static String statusOf(Listing listing) {
        return ReportItemStatus.of(listing);
    }

    private static String queuedBecause(ReportDisposition disposition) {
        if (disposition == null || disposition.holds()) {
            return null;
        }
        return disposition == ReportDisposition.QUEUED_UNRELATED ? "UNRELATED" : "OVER_QUOTA";
    }
}
