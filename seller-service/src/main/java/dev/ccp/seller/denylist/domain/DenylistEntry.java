package dev.ccp.seller.denylist.domain;

import dev.ccp.seller.verification.domain.IdentityKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An identity barred from selling (by its keyed hash), with the source of that decision (e.g. {@code case:<id>}). */
@Entity
@Table(name = "denylist_entry")
public class DenylistEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The account the identity came from, when there was one. */
    public String sellerId;
    @Enumerated(EnumType.STRING)
    public IdentityKind kind;
    public byte[] valueHash;
    public String source;
    public String reason;
    public String createdBy;
    public Instant createdAt;

    /** An attribute barred on outside evidence, not taken from an account here. */
    public static DenylistEntry of(IdentityKind kind, byte[] valueHash, String source, String reason, String createdBy,
            Instant createdAt) {
        DenylistEntry entry = new DenylistEntry();
        entry.kind = kind;
        entry.valueHash = valueHash;
        entry.source = source;
        entry.reason = reason;
        entry.createdBy = createdBy;
        entry.createdAt = createdAt;
        return entry;
    }
}
