package dev.ccp.listing.listings.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a listing is removed or reinstated, and the record behind it. */
@Schema(description = "Why, and the record behind it; both are kept in the listing's audit trail and its event")
public record ActionRequest(
        @NotBlank @Size(max = 100) @Schema(description = "e.g. COUNTERFEIT, APPEAL_GRANTED") String reason,
        @NotBlank @Size(max = 200) @Schema(description = "e.g. the takedown or appeal id") String reference) {
}
