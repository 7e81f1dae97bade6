package dev.ccp.listing.web;

import dev.ccp.core.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling: a staff member or system (by name) or a brand partner (by brand). */
@RequestScoped
public class Caller {
    /** The security identity attribute that carries a partner token's brand. */
    public static final String BRAND_ATTRIBUTE = "ccp.brand";

    private final SecurityIdentity identity;

    Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** For audit trails: the staff member's name, or {@code brand:<id>} for a partner. */
    public String name() {
        String brand = brandId();
        return brand != null ? "brand:" + brand : identity.getPrincipal().getName();
    }

    /** The partner's brand, or null for staff and systems. */
    public String brandId() {
        return identity.hasRole(Roles.PARTNER) ? identity.getAttribute(BRAND_ATTRIBUTE) : null;
    }
}
