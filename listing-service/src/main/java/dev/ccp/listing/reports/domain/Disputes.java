package dev.ccp.listing.reports.domain;

import java.time.Instant;
import java.util.Map;

/** Sellers' counter-notices against a report's items: answered by the counter-notices feature. */
public interface Disputes {

    /** @param status PENDING, UPHELD (the item is rejected) or REJECTED (the report stands) */
    record Dispute(String counterNoticeId, String status, Instant decidedAt) {
    }

    /** The latest counter-notice on each disputed listing of the report, by listing id. */
    Map<String, Dispute> onReport(String reportId);
}
