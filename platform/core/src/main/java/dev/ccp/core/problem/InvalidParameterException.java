package dev.ccp.core.problem;

import jakarta.ws.rs.BadRequestException;

/**
 * A path or query parameter that cannot be read as its declared type. A {@link jakarta.ws.rs.WebApplicationException},
 * so the REST layer passes it through as thrown instead of turning it into the bare 404 JAX-RS prescribes.
 */
public class InvalidParameterException extends BadRequestException {
    private final String parameter;
    private final String reason;

    public InvalidParameterException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
        this.reason = reason;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return reason;
    }
}
