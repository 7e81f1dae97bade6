package dev.ccp.core.security;

/** Staff and system roles carried in the bearer JWT's {@code groups} claim. */
public final class Roles {
    public static final String MODERATOR = "moderator";
    public static final String INVESTIGATOR = "investigator";
    public static final String LEGAL = "legal";
    public static final String TRUST_ADMIN = "trust-admin";
    /** The marketplace's own systems: onboarding, listing intake, order feed. */
    public static final String MARKETPLACE = "marketplace";
    /** Another CCP service calling this one. */
    public static final String SERVICE = "service";
    /** Brand partner tokens, scoped to one brand by their {@code brand} claim. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
