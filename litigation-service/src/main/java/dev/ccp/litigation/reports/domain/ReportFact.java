package dev.ccp.litigation.reports.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact an event states, dated by when it happened (the event's own time, not when it arrived here).
 *
 * @param subjectId what the fact counts: a seller, a listing, a takedown (inventory) or a refund
 * @param quantity  units held, or a refund's minor units; 0 otherwise
 * @param currency  a refund's ISO 4217 currency; null otherwise
 * @param party     the refunded customer; null otherwise
 */
public record ReportFact(String eventId, FactKind kind, String subjectId, Instant occurredAt, long quantity,
        String currency, String party) {
    public ReportFact {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        if (quantity < 0) {
            throw new IllegalArgumentException("a quantity is never negative: " + quantity);
        }
    }

    public static ReportFact of(String eventId, FactKind kind, String subjectId, Instant occurredAt) {
        return new ReportFact(eventId, kind, subjectId, occurredAt, 0, null, null);
    }
}
