package dev.ccp.listing.brand.api;

import dev.ccp.listing.brand.domain.BrandApiKey;
import java.time.Instant;

/** An API key as listed: never its secret. */
public record ApiKeyView(String id, boolean active, Instant createdAt, String createdBy, Instant lastUsedAt,
        Instant revokedAt, String revokedBy) {

    public static ApiKeyView of(BrandApiKey key) {
        return new ApiKeyView(key.id, key.active(), key.createdAt, key.createdBy, key.lastUsedAt, key.revokedAt,
                key.revokedBy);
    }
}
