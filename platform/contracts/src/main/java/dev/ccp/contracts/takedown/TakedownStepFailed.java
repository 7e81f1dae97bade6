package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/**
 * A step of the takedown gave up (a failure that retrying will not cure, or too many attempts): the takedown
 * needs a person, who can retry it once the cause is fixed.
 *
 * @param step  the step's name, e.g. {@code REMOVE_LISTING}
 * @param error the last failure, as the peer or the network reported it
 */
public record TakedownStepFailed(String takedownId, String listingId, String step, int attempts, String error,
        Instant failedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.step-failed";

    public TakedownStepFailed {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(failedAt, "failedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
