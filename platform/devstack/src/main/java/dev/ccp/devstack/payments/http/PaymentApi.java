package dev.ccp.devstack.payments.http;

import com.sun.net.httpserver.HttpServer;
import dev.ccp.devstack.payments.ledger.IdempotencyKeys;
import dev.ccp.devstack.payments.ledger.Ledger;

/** Mounts the provider's endpoints on an HTTP server, all sharing one ledger and one set of counters. */
public final class PaymentApi {
    private PaymentApi() {
    }

    public static void mount(HttpServer server, Authentication authentication, Ledger ledger,
            ProviderBehaviour behaviour) {
        Counters counters = new Counters();
        server.createContext(ChargesRoute.PATH, new ChargesRoute(authentication, counters, ledger));
        server.createContext(RefundsRoute.PATH, new RefundsRoute(authentication, counters, ledger,
                new IdempotencyKeys(), behaviour));
        server.createContext(StatsRoute.PATH, new StatsRoute(authentication, counters));
        server.createContext("/", new UnknownRoute(authentication, counters));
    }
}
