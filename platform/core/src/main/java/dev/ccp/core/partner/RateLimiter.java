package dev.ccp.core.partner;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;

/**
 * A token bucket per caller: {@code perMinute} requests a minute on average, bursts up to the same number. Kept
 * in each replica's memory, so behind N replicas a caller may reach N times the limit; the ingress can add a
 * global limit on top. A bucket left alone for a minute is full again and is forgotten, so callers that invent
 * new names (junk key ids) cannot grow it without bound.
 */
public final class RateLimiter {
    private static final long MOST_CALLERS = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final Cache<String, Bucket> buckets;

    private static final class Bucket {
        double tokens;
        long refilledAtMillis;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAtMillis = now;
        }
    }

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.buckets = Caffeine.newBuilder().maximumSize(MOST_CALLERS).expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    /** Takes one request's token; otherwise the seconds until one is available. */
    public long secondsUntilAllowed(String caller) {
        return inspect(caller, true);
    }

    /** The seconds until the caller may make a request (0: now), taking nothing. */
    public long secondsUntilAvailable(String caller) {
        return inspect(caller, false);
    }

    private long inspect(String caller, boolean take) {
        long now = clock.millis();
        Bucket bucket = buckets.get(caller, k -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.refilledAtMillis) * perMinute / 60_000.0);
            bucket.refilledAtMillis = now;
            if (bucket.tokens >= 1) {
                if (take) {
                    bucket.tokens -= 1;
                }
                return 0;
            }
            return (long) Math.ceil((1 - bucket.tokens) * 60.0 / perMinute);
        }
    }
}
