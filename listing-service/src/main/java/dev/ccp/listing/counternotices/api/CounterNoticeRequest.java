package dev.ccp.listing.counternotices.api;

import dev.ccp.listing.counternotices.application.FileCounterNotice;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The marketplace files a seller's counter-notice: the listing, the seller, what it disputes and why. */
@Schema(description = "A seller's dispute of a brand's report item (reportId) or self-service removal (removalId)")
public record CounterNoticeRequest(
        @NotBlank @Size(max = 100) String listingId,
        @NotBlank @Size(max = 100) String sellerId,
        @Size(min = 1, max = 100) @Schema(description = "The brand's violation report naming the listing") String reportId,
        @Size(min = 1, max = 100) @Schema(description = "The brand's self-service removal of the listing") String removalId,
        @NotBlank @Size(max = 4000) @Schema(description = "The seller's reasons: why the listing does not infringe")
        String reasons) {

    public FileCounterNotice toCommand() {
        return new FileCounterNotice(listingId, sellerId, reportId, removalId, reasons);
    }
}
