package dev.ccp.listing.counternotices.application;

/** A seller's dispute of a brand's report item ({@code reportId}) or removal ({@code removalId}): exactly one. */
public record FileCounterNotice(String listingId, String sellerId, String reportId, String removalId,
        String reasons) {
}
