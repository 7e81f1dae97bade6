package dev.ccp.core.inbox;

import java.time.Duration;

/** Waits that double from {@code first} after each failed attempt, never longer than {@code max}. */
record Backoff(Duration first, Duration max) {

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    Duration after(int failures) {
        if (failures <= 1) {
            return min(first, max);
        }
        int doublings = Math.min(failures - 1, 30); // 2^30 times any sensible first step is past any cap
        long millis = first.toMillis() << doublings;
        return millis <= 0 ? max : min(Duration.ofMillis(millis), max);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
