package dev.ccp.litigation.evidence.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A brand's Ed25519 signature over the exact statement of one of the service's signed tree heads: with it the
 * service alone cannot rewrite that history unseen. Never updated (the database refuses it).
 */
@Entity
@Table(name = "evidence_countersignature")
public class Countersignature {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseId;
    private long treeSize;
    private String brandId;
    private String publicKey;
    private String keyId;
    private String signature;
    private Instant countersignedAt;

    protected Countersignature() {
    }

    public Countersignature(TreeHead head, String brandId, BrandKey key, String signature, Instant now) {
        this.caseId = head.caseId();
        this.treeSize = head.treeSize();
        this.brandId = brandId;
        this.publicKey = key.encoded();
        this.keyId = key.keyId();
        this.signature = signature;
        this.countersignedAt = now;
    }

    /** Whether this signature is the brand's over the head's statement. */
    public boolean holdsFor(TreeHead head) {
        return head != null && head.treeSize() == treeSize && BrandKey.parse(publicKey)
                .map(key -> key.verifies(head.signedText().getBytes(StandardCharsets.UTF_8), signature))
                .orElse(false);
    }

    public String caseId() {
        return caseId;
    }

    public long treeSize() {
        return treeSize;
    }

    public String brandId() {
        return brandId;
    }

    public String keyId() {
        return keyId;
    }

    public String signature() {
        return signature;
    }

    public Instant countersignedAt() {
        return countersignedAt;
    }
}
