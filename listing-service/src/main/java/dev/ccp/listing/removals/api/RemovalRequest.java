package dev.ccp.listing.removals.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.listing.removals.application.RemoveForBrand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand removes up to 500 listings itself, as counterfeits of its goods. */
@Schema(description = "A self-service removal of up to 500 listings")
public record RemovalRequest(
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> listingIds,
        @NotBlank @Size(max = 2000) @Schema(description = "Why the brand removes them; the seller sees it") String reason,
        @NotNull @Schema(description = "What the brand relies on: test purchases, notes, links; kept as sent")
        JsonNode evidence) {

    public RemoveForBrand toCommand() {
        return new RemoveForBrand(listingIds, reason, evidence);
    }
}
