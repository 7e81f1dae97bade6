package dev.ccp.listing.webhooks.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A receiver to register; {@code listing.webhooks.max-url-length} may bound it further. */
public record WebhookRequest(
        @NotBlank @Size(max = 4096)
        @Schema(description = "HTTPS URL on a public address (locally also http://127.0.0.1:<port>)",
                example = "https://hooks.example.com/ccp") String url) {
}
