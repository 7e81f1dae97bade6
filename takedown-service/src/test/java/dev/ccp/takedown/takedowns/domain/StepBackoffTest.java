package dev.ccp.takedown.takedowns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepBackoffTest {

    @Test
    void waitsGrowByTheFactorUpToTheCap() {
        StepBackoff backoff = new StepBackoff(Duration.ofSeconds(2), 3.0, Duration.ofMinutes(1));
        assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(6));
        assertThat(backoff.after(3)).isEqualTo(Duration.ofSeconds(18));
        assertThat(backoff.after(4)).isEqualTo(Duration.ofSeconds(54));
        assertThat(backoff.after(5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(backoff.after(500)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesACapBelowTheBaseOrAShrinkingFactor() {
        assertThatThrownBy(() -> new StepBackoff(Duration.ofSeconds(5), 2.0, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepBackoff(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
