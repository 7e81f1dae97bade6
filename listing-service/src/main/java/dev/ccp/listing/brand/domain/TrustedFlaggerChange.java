package dev.ccp.listing.brand.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One designation of a brand as a trusted flagger, or its withdrawal, kept for good: who, when, why. */
@Entity
@Table(name = "trusted_flagger_change")
public class TrustedFlaggerChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String brandId;
    public boolean trustedFlagger;
    public String note;
    public String changedBy;
    public Instant changedAt;

    protected TrustedFlaggerChange() {
    }

    public TrustedFlaggerChange(String brandId, boolean trustedFlagger, String note, String changedBy,
            Instant changedAt) {
        this.brandId = brandId;
        this.trustedFlagger = trustedFlagger;
        this.note = note;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
