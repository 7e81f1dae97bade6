package dev.ccp.listing.promotions.api;

import dev.ccp.listing.promotions.application.ReportPromotion;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An off-platform post as the data sets write it ({@code promotions.jsonl}), with {@code listingIds}. */
@Schema(description = "A social-media post that promotes listings")
public record PromotionRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z][A-Za-z0-9_ -]{1,39}", message = "must be a platform name such as INSTAGRAM")
        String platform,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String postUrl,
        @Size(max = 200) String accountHandle,
        @Size(max = 120) @Schema(description = "The brand the post claims: a brand id, key or name; null if none")
        String claimedBrand,
        @Size(max = 5000) String caption,
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> listingIds,
        Instant postedAt) {

    public ReportPromotion toCommand() {
        return new ReportPromotion(platform, postUrl, accountHandle, claimedBrand, caption, listingIds, postedAt);
    }
}
