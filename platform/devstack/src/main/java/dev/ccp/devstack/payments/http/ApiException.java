package dev.ccp.devstack.payments.http;

/** A request the provider refuses before it changes anything. */
final class ApiException extends RuntimeException {
    private final transient Answer answer;

    ApiException(int status, String code, String field, String detail) {
        super(detail);
        this.answer = Answer.problem(status, code, field, detail);
    }

    static ApiException badRequest(String code, String field, String detail) {
        return new ApiException(400, code, field, detail);
    }

    static ApiException notFound(String detail) {
        return new ApiException(404, "resource_missing", null, detail);
    }

    Answer answer() {
        return answer;
    }
}
