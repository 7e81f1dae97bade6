package dev.ccp.seller.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bad actor barred from selling, with the source of that decision (e.g. {@code case:<id>}). */
@Entity
@Table(name = "denylist_entry")
public class DenylistEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String sellerId;
    public String name;
    public String source;
    public String reason;
    public Instant createdAt;
}
