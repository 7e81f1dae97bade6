package dev.ccp.listing.brand.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A newly issued API key: the secret appears here once and is never shown again. */
public record IssuedApiKey(String id, @Schema(description = "Shown once; only a hash is stored") String apiKey) {
}
