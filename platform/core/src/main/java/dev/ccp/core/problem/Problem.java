package dev.ccp.core.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} lists every offending field of a bad request, so a client can
 * point at the input to fix without parsing {@code detail}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid input: the JSON path of the field (e.g. {@code bankAccount.iban}) and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
