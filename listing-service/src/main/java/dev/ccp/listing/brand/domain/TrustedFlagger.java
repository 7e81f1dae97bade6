package dev.ccp.listing.brand.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A brand staff designated a trusted flagger (DSA Art. 22): the review queue puts listings it reports first. The
 * row exists while the designation stands.
 */
@Entity
@Table(name = "trusted_flagger")
public class TrustedFlagger {
    @Id
    public String brandId;
    public String designatedBy;
    public Instant designatedAt;

    protected TrustedFlagger() {
    }

    public TrustedFlagger(String brandId, String designatedBy, Instant designatedAt) {
        this.brandId = brandId;
        this.designatedBy = designatedBy;
        this.designatedAt = designatedAt;
    }
}
