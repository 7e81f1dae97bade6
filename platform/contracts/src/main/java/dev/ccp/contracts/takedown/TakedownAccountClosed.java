package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/**
 * The account policy closed the seller's account through seller-service because of this takedown.
 *
 * @param strikes the seller's strikes within the policy's window, this takedown's included
 * @param ground  why the policy closed it: {@code REGISTERED_BRAND} or {@code STRIKES}
 */
public record TakedownAccountClosed(String takedownId, String sellerId, String listingId, int strikes,
        String ground, Instant closedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.account-closed";

    public TakedownAccountClosed {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
