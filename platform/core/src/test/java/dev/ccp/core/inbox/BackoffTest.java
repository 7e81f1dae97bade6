package dev.ccp.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

    @Test
    void doublesAfterEachFailureUpToTheCap() {
        assertThat(backoff.after(1)).isEqualTo(Duration.ofMillis(200));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMillis(3200));
        assertThat(backoff.after(6)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void staysAtTheCapHoweverLongTheOutage() {
        assertThat(backoff.after(10_000)).isEqualTo(Duration.ofSeconds(5));
        assertThat(new Backoff(Duration.ofDays(1), Duration.ofSeconds(5)).after(40)).isEqualTo(Duration.ofSeconds(5));
    }
}
