package dev.ccp.listing.listings.api;

import dev.ccp.listing.listings.application.DecideListing;
import dev.ccp.listing.listings.domain.InfringementType;
import dev.ccp.listing.listings.domain.Verdict;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderator's verdict on a listing, with the note that explains it (every decision has one). */
public record DecisionRequest(
        @NotNull Verdict verdict,
        @Schema(description = "Required with OTHER_INFRINGEMENT, and only with it: which right the listing infringes")
        InfringementType infringementType,
        @NotBlank @Size(max = 4000) String note) {

    DecideListing toCommand(String listingId) {
        return new DecideListing(listingId, verdict, infringementType, note.strip());
    }
}
