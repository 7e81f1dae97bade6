package dev.ccp.listing.brand.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partner API key. Only a hash of its secret is kept; the id is the part a partner may quote to support. */
@Entity
@Table(name = "brand_api_key")
public class BrandApiKey {
    @Id
    public String id;
    public String brandId;
    public byte[] secretHash;
    public Instant createdAt;
    public String createdBy;
    /** The key whose partner token issued this one; null when staff issued it. */
    public String createdByKey;
    public Instant lastUsedAt;
    public Instant revokedAt;
    public String revokedBy;

    public boolean active() {
        return revokedAt == null;
    }

    /** Revokes the key if it is still active. */
    public void revoke(Instant at, String actor) {
        if (active()) {
            revokedAt = at;
            revokedBy = actor;
        }
    }
}
