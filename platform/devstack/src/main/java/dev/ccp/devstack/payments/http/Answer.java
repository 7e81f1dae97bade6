package dev.ccp.devstack.payments.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One HTTP answer, built before it is sent so it can be logged and, for refunds, delayed. */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
    static final String JSON = "application/json";
    static final String PROBLEM = "application/problem+json";

    /** An RFC 9457 problem, with the provider's machine-readable {@code code} and the offending field. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
    }

    record FieldError(String field, String message) {
    }

    static Answer json(int status, Object body) {
        return new Answer(status, JSON, Json.write(body), Map.of());
    }

    static Answer problem(int status, String code, String field, String detail) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, detail));
        return new Answer(status, PROBLEM, Json.write(new Problem("about:blank", title(status), status, detail,
                code, errors)), Map.of());
    }

    static Answer html(int status, String html) {
        return new Answer(status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    Answer withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Answer(status, contentType, body, Map.copyOf(more));
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
