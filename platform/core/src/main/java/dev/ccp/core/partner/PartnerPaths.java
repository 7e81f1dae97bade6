package dev.ccp.core.partner;

/**
 * Which requests belong to the partner API. Always asked with the path as the router matches it
 * ({@code RoutingContext.normalizedPath()}: escapes of unreserved characters decoded, {@code //} collapsed,
 * {@code .} and {@code ..} resolved), never the raw request line, or {@code //partner/...} would slip past.
 */
public final class PartnerPaths {
    public static final String PREFIX = "/partner/";
    public static final String TOKEN = "/partner/v1/token";
    /** The header that carries the API key on the token exchange. */
    public static final String API_KEY_HEADER = "X-API-Key";
    /**
     * Put on every partner resource ({@code @Extension(name = OPENAPI_PROFILE, value = "")}) so that the brands' own
     * OpenAPI document ({@code quarkus.smallrye-openapi.partner.scan-profiles=partner}) holds it, and only those.
     */
    public static final String OPENAPI_PROFILE = "x-smallrye-profile-partner";

    private PartnerPaths() {
    }

    public static boolean isPartner(String normalizedPath) {
        return normalizedPath != null && normalizedPath.startsWith(PREFIX);
    }

    public static boolean isTokenExchange(String normalizedPath) {
        return TOKEN.equals(normalizedPath) || (TOKEN + "/").equals(normalizedPath);
    }
}
