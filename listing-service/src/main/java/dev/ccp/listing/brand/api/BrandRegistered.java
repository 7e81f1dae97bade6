package dev.ccp.listing.brand.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to onboarding: the brand's id and key, and its first API key, shown this once only. */
public record BrandRegistered(String id, String key,
        @Schema(description = "Shown once; only a hash is stored. Exchange it at POST /partner/v1/token") String apiKey,
        String apiKeyId) {
}
