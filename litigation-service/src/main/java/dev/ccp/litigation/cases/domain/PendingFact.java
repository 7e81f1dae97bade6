package dev.ccp.litigation.cases.domain;

/**
 * An enforcement fact that arrived before its case: kept, with its event's data, until the later fact that opens
 * (or reaches) the case applies it.
 */
public record PendingFact(long id, Kind kind, String sellerId, String listingId, String brandId, String eventId,
        String eventType, String payload) {

    /** A confirmation waiting for its case to open, a takedown or a promotion waiting for the case of its brand. */
    public enum Kind { CONFIRMATION, TAKEDOWN, PROMOTION }
}
