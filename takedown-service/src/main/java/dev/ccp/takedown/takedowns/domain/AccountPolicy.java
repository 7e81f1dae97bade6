package dev.ccp.takedown.takedowns.domain;

import java.time.Duration;

/**
 * When a seller's account is closed: at once for a confirmed counterfeit of a registered brand (zero tolerance,
 * unless turned off), otherwise once the seller has {@code strikesToClose} strikes within {@code window}.
 */
public record AccountPolicy(boolean closeOnRegisteredBrand, int strikesToClose, Duration window) {
    public AccountPolicy {
        if (strikesToClose < 1) {
            throw new IllegalArgumentException("strikesToClose must be 1 or more");
        }
    }

    /** Why the account closes, or null when it stays open. */
    public Ground closes(boolean registeredBrand, long strikesInWindow) {
        if (registeredBrand && closeOnRegisteredBrand) {
            return Ground.REGISTERED_BRAND;
        }
        return strikesInWindow >= strikesToClose ? Ground.STRIKES : null;
    }

    public enum Ground {
        REGISTERED_BRAND, STRIKES
    }
}
