package dev.ccp.seller.denylist.api;

import dev.ccp.seller.denylist.domain.DenylistEntry;
import java.time.Instant;

/** A denylist entry as staff see it: the kind of identity and why, never the value. */
public record DenylistEntryView(long id, String kind, String sellerId, String source, String reason, String createdBy,
        Instant createdAt) {

    static DenylistEntryView of(DenylistEntry e) {
        return new DenylistEntryView(e.id, e.kind.name(), e.sellerId, e.source, e.reason, e.createdBy, e.createdAt);
    }
}
