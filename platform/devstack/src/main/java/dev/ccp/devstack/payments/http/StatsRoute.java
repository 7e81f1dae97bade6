package dev.ccp.devstack.payments.http;

/** {@code GET /v1/_stats}: the counters, so tests can assert e.g. that a retried refund was made once. */
final class StatsRoute extends Route {
    static final String PATH = "/v1/_stats";

    StatsRoute(Authentication authentication, Counters counters) {
        super(authentication, counters);
    }

    @Override
    protected Answer answer(Request request) {
        if (request.idAfter(PATH).isPresent()) {
            throw ApiException.notFound("no such endpoint: " + request.path());
        }
        return request.method().equals("GET") ? Answer.json(200, counters.snapshot()) : methodNotAllowed("GET");
    }
}
