package dev.ccp.devstack.payments.http;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** What the simulator served, for tests to assert on (e.g. that nothing was refunded twice). */
public final class Counters {
    enum Counter {
        CHARGES_RECORDED, REFUNDS_SUCCEEDED, REFUNDS_DECLINED, REPLAYS, REFUSALS, KEY_REUSE_ERRORS,
        IN_FLIGHT_CONFLICTS, SERVER_ERRORS, DELAYED_ANSWERS, UNAUTHORIZED
    }

    private final Map<Counter, LongAdder> counts = new LinkedHashMap<>();

    public Counters() {
        for (Counter counter : Counter.values()) {
            counts.put(counter, new LongAdder());
        }
    }

    void add(Counter counter) {
        counts.get(counter).increment();
    }

    /** {@code refunds_succeeded} and friends: snake_case names, as the rest of the API. */
    Map<String, Long> snapshot() {
        Map<String, Long> view = new LinkedHashMap<>();
        counts.forEach((counter, count) -> view.put(counter.name().toLowerCase(java.util.Locale.ROOT), count.sum()));
        return view;
    }
}
