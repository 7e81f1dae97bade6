package dev.ccp.litigation.legal.domain;

import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A brand suing alongside: who joined it and when, and the Ed25519 key its countersignatures are checked with. */
@Embeddable
public class CoPlaintiff {
    private String brandId;
    private String publicKey;
    private String joinedBy;
    private Instant joinedAt;

    protected CoPlaintiff() {
    }

    CoPlaintiff(String brandId, String publicKey, String joinedBy, Instant joinedAt) {
        this.brandId = brandId;
        this.publicKey = publicKey;
        this.joinedBy = joinedBy;
        this.joinedAt = joinedAt;
    }

    public String brandId() {
        return brandId;
    }

    /** Base64 X.509 Ed25519 public key, or null until the brand gives one. */
    public String publicKey() {
        return publicKey;
    }

    void keepKey(String key) {
        this.publicKey = key;
    }

    public String joinedBy() {
        return joinedBy;
    }

    public Instant joinedAt() {
        return joinedAt;
    }
}
