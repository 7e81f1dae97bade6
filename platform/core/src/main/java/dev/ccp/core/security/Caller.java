package dev.ccp.core.security;

import dev.ccp.core.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Who is calling: a staff member or system (by name) or a brand partner (by brand and API key). */
@RequestScoped
public class Caller {
    /** The security identity attribute that carries a partner token's brand. */
    public static final String BRAND_ATTRIBUTE = "ccp.brand";
    /** The security identity attribute that carries the API key a partner token was exchanged for. */
    public static final String KEY_ATTRIBUTE = "ccp.api-key";

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

    /** The API key the partner's token came from, or null for staff and systems. */
    public String apiKeyId() {
        return identity.hasRole(Roles.PARTNER) ? identity.getAttribute(KEY_ATTRIBUTE) : null;
    }

    /**
     * Refuses, as 404 {@code <what> <id> does not exist}, anything that does not belong to the partner's own
     * brand: another brand's data must not even be seen to exist.
     */
    public void requireOwnBrand(String ownerBrandId, String what, String id) {
        String brand = brandId();
        if (brand == null || !brand.equals(ownerBrandId)) {
            throw ProblemException.notFound(what, id);
        }
    }
}
