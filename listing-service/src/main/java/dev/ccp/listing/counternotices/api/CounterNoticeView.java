package dev.ccp.listing.counternotices.api;

import dev.ccp.listing.counternotices.domain.CounterNotice;
import java.time.Instant;

public record CounterNoticeView(String id, String listingId, String sellerId, String brandId,
        CounterNotice.Target target, String reportId, String removalId, String reasons, String filedBy,
        Instant filedAt, CounterNotice.Status status, String decidedBy, Instant decidedAt, String decisionNote) {

    public static CounterNoticeView of(CounterNotice c) {
        return new CounterNoticeView(c.id, c.listingId, c.sellerId, c.brandId, c.target, c.reportId, c.removalId,
                c.reasons, c.filedBy, c.filedAt, c.status, c.decidedBy, c.decidedAt, c.decisionNote);
    }
}
