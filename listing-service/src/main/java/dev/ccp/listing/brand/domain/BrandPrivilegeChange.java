package dev.ccp.listing.brand.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a brand's self-service removal privilege, kept for good: who, when and why. */
@Entity
@Table(name = "brand_privilege_change")
public class BrandPrivilegeChange {
    public enum Change { GRANTED, WITHDRAWN, SUSPENDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String brandId;
    @Enumerated(EnumType.STRING)
    public Change change;
    public String reason;
    public String actor;
    public Instant changedAt;

    protected BrandPrivilegeChange() {
    }

    public static BrandPrivilegeChange of(String brandId, Change change, String reason, String actor, Instant at) {
        BrandPrivilegeChange done = new BrandPrivilegeChange();
        done.brandId = brandId;
        done.change = change;
        done.reason = reason;
        done.actor = actor;
        done.changedAt = at;
        return done;
    }
}
