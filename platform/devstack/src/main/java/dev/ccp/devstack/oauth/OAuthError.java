package dev.ccp.devstack.oauth;

/** An RFC 6749 §5.2 error answer: its HTTP status, {@code error} code and {@code error_description}. */
final class OAuthError extends RuntimeException {
    private final int status;
    private final String code;

    private OAuthError(int status, String code, String description) {
        super(description, null, false, false);
        this.status = status;
        this.code = code;
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    /** 401: the client is unknown, its secret wrong, or it sent no credentials. */
    static OAuthError invalidClient(String description) {
        return new OAuthError(401, "invalid_client", description);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
