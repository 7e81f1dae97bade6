package dev.ccp.listing.brand.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A partner's own change to what screening protects (name, aliases, protected terms, products with their prices
 * and reference images). It screens nothing until staff approve it: a brand cannot widen its reach over sellers'
 * listings on its own word.
 */
@Entity
@Table(name = "brand_change")
public class BrandChange {
    public enum Status { PENDING, APPROVED, REJECTED, SUPERSEDED }

    /** What the change proposes: the protected parts of a profile. */
    public record Proposal(String name, List<String> aliases, List<String> protectedTerms, List<Product> products) {
    }

    @Id
    public String id;
    public String brandId;
    @JdbcTypeCode(SqlTypes.JSON)
    public Proposal details;
    @Enumerated(EnumType.STRING)
    public Status status;
    public String proposedBy;
    public Instant proposedAt;
    public String decidedBy;
    public Instant decidedAt;
    public String note;

    protected BrandChange() {
    }

    /** A new change, pending until staff decide it. */
    public static BrandChange proposed(String id, String brandId, Proposal details, String by, Instant at) {
        BrandChange change = new BrandChange();
        change.id = id;
        change.brandId = brandId;
        change.details = details;
        change.status = Status.PENDING;
        change.proposedBy = by;
        change.proposedAt = at;
        return change;
    }

    public boolean pending() {
        return status == Status.PENDING;
    }

    public void approve(String actor, String why, Instant at) {
        decide(Status.APPROVED, actor, why, at);
    }

    public void reject(String actor, String why, Instant at) {
        decide(Status.REJECTED, actor, why, at);
    }

    /** A newer proposal of the same brand replaced this one before anyone decided it. */
    public void supersede(Instant at) {
        decide(Status.SUPERSEDED, "system", "replaced by a newer proposal", at);
    }

    private void decide(Status outcome, String actor, String why, Instant at) {
        if (!pending()) {
            throw new IllegalStateException("brand change " + id + " is " + status + ", not pending");
        }
        status = outcome;
        decidedBy = actor;
        decidedAt = at;
        note = why;
    }
}
