package dev.ccp.core.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private Instant now = Instant.parse("2026-04-01T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aBurstUpToTheLimitPassesThenTheCallerWaitsForTokensToRefill() {
        RateLimiter limiter = new RateLimiter(60, clock);
        for (int i = 0; i < 60; i++) {
            assertThat(limiter.secondsUntilAllowed("brand:a")).isZero();
        }
        assertThat(limiter.secondsUntilAllowed("brand:a")).isEqualTo(1);
        assertThat(limiter.secondsUntilAllowed("brand:b")).as("each caller has its own bucket").isZero();
        now = now.plus(Duration.ofSeconds(2));
        assertThat(limiter.secondsUntilAllowed("brand:a")).isZero();
        assertThat(limiter.secondsUntilAllowed("brand:a")).isZero();
        assertThat(limiter.secondsUntilAllowed("brand:a")).isEqualTo(1);
    }
}
