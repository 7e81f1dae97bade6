package dev.ccp.devstack.payments.http;

/** Every other path: a problem answer rather than the HTTP server's bare page. */
final class UnknownRoute extends Route {
    UnknownRoute(Authentication authentication, Counters counters) {
        super(authentication, counters);
    }

    @Override
    protected Answer answer(Request request) {
        throw ApiException.notFound("no such endpoint: " + request.path());
    }
}
