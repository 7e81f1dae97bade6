package dev.ccp.contracts.listing;

import dev.ccp.contracts.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Too many of a brand's self-service removals were overturned (granted appeals, upheld counter-notices): its
 * privilege to remove listings itself is suspended until staff grant it again. Staff and the brand are told.
 *
 * @param removals   the brand's self-service removals counted in the window
 * @param overturned how many of them were overturned
 * @param window     the window counted back from {@code suspendedAt}, ISO-8601 (e.g. {@code P90D})
 */
public record BrandRemovalPrivilegeSuspended(String brandId, long removals, long overturned, int overturnRatePercent,
        int thresholdPercent, String window, Instant suspendedAt) implements DomainEvent {
    public static final String TYPE = "brand.removal-privilege-suspended";

    public BrandRemovalPrivilegeSuspended {
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(suspendedAt, "suspendedAt");
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String aggregateId() {
        return brandId;
    }
}
