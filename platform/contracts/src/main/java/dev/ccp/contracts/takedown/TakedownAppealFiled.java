package dev.ccp.contracts.takedown;

import java.time.Instant;
import java.util.Objects;

/**
 * The seller appealed the takedown through the internal complaint route (EU DSA Art. 20); a trust admin decides.
 * The reasons and documents stay in takedown-service: they may carry personal data.
 */
public record TakedownAppealFiled(String takedownId, String appealId, String listingId, String sellerId,
        Instant filedAt) implements TakedownEvent {
    public static final String TYPE = "takedown.appeal-filed";

    public TakedownAppealFiled {
        Objects.requireNonNull(takedownId, "takedownId");
        Objects.requireNonNull(appealId, "appealId");
        Objects.requireNonNull(listingId, "listingId");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(filedAt, "filedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
