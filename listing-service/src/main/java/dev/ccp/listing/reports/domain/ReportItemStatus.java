package dev.ccp.listing.reports.domain;

import dev.ccp.listing.listings.domain.Listing;
import dev.ccp.listing.listings.domain.ListingStatus;

/**
 * Where a reported listing stands for the brand: {@code HELD} (held for a moderator, no verdict yet), {@code QUEUED}
 * (waiting for a moderator but still on sale), {@code BLOCKED} (refused by screening, no verdict yet), {@code
 * CONFIRMED} (a moderator found it infringing), {@code REJECTED} (a moderator found it not infringing, or upheld the
 * seller's counter-notice), {@code REMOVED} (taken down), {@code UNKNOWN} (gone).
 */
public final class ReportItemStatus {
    private ReportItemStatus() {
    }

    public static String of(Listing listing) {
        if (listing == null) {
            return "UNKNOWN";
        }
        if (listing.status == ListingStatus.REMOVED) {
            return "REMOVED";
        }
        if (listing.verdict != null) {
            return listing.verdict.infringing() ? "CONFIRMED" : "REJECTED";
        }
        return switch (listing.status) {
            case BLOCKED -> "BLOCKED";
            case HELD -> "HELD";
            default -> "QUEUED";
        };
    }
}
