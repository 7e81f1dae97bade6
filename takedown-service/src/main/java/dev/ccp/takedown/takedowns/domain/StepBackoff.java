package dev.ccp.takedown.takedowns.domain;

import java.time.Duration;

/** Exponential back-off between a step's attempts: {@code base * factor^(failures-1)}, never above {@code cap}. */
public record StepBackoff(Duration base, double factor, Duration cap) {
    public StepBackoff {
        if (base.isNegative() || cap.compareTo(base) < 0 || factor < 1.0) {
            throw new IllegalArgumentException("back-off needs 0 <= base <= cap and factor >= 1");
        }
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    public Duration after(int failures) {
        double millis = base.toMillis() * Math.pow(factor, Math.max(0, failures - 1));
        return millis >= cap.toMillis() ? cap : Duration.ofMillis((long) millis);
    }
}
