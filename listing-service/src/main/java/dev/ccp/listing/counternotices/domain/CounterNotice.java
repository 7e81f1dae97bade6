package dev.ccp.listing.counternotices.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A seller disputes (through the marketplace) a brand's report of its listing or the brand's own removal of it,
 * with its reasons. A reviewer decides once: UPHELD gives the listing back (and the brand's report item is
 * rejected, its removal overturned), REJECTED leaves it as it is.
 */
@Entity
@Table(name = "counter_notice")
public class CounterNotice {
    /** What the seller disputes. */
    public enum Target { REPORT, REMOVAL }

    public enum Status { PENDING, UPHELD, REJECTED }

    @Id
    public String id;
    public String listingId;
    public String sellerId;
    public String brandId;
    @Enumerated(EnumType.STRING)
    public Target target;
    public String reportId;
    public String removalId;
    public String reasons;
    public String filedBy;
    public Instant filedAt;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String decidedBy;
    public Instant decidedAt;
    public String decisionNote;

    /** Filed now, pending a reviewer. */
    public void file(String reasons, String by, Instant at) {
        if (status != null) {
            throw new IllegalStateException("counter-notice " + id + " was already filed");
        }
        this.reasons = reasons;
        filedBy = by;
        filedAt = at;
        status = Status.PENDING;
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    /** Decided once: a second decision is refused. */
    public void decide(boolean upheld, String reviewer, String note, Instant at) {
        if (!pending()) {
            throw new IllegalStateException("counter-notice " + id + " was already " + status);
        }
        status = upheld ? Status.UPHELD : Status.REJECTED;
        decidedBy = reviewer;
        decisionNote = note;
        decidedAt = at;
    }

    /** The record the seller disputes: the report's or the removal's id. */
    public String disputedId() {
        return target == Target.REPORT ? reportId : removalId;
    }
}
