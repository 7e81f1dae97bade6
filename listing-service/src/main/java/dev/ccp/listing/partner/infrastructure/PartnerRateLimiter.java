package dev.ccp.listing.partner.infrastructure;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per caller: {@code perMinute} requests a minute on average, bursts up to the same number. Kept
 * in each replica's memory, so behind N replicas a partner may reach N times the limit; the ingress can add a
 * global limit on top.
 */
public final class PartnerRateLimiter {
    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAtMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAtMillis = now;
        }
    }

    public PartnerRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one request's token; otherwise the seconds until one is available. */
    public long secondsUntilAllowed(String caller) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(caller, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.refilledAtMillis) * perMinute / 60_000.0);
            bucket.refilledAtMillis = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
        }
    }
}
