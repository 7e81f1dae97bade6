package dev.ccp.seller.domain;

import dev.ccp.seller.domain.identity.IdentityKind;
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
}
