package dev.ccp.listing.listings.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A catalogue upload: up to 500 listings, screened and stored together. */
@Schema(description = "Up to 500 listings to screen before they are published; one invalid listing rejects all")
public record ListingBatchRequest(
        @NotNull @Size(min = 1, max = ListingBatchRequest.MAX_LISTINGS) List<@NotNull @Valid ListingRequest> listings) {
    public static final int MAX_LISTINGS = 500;
}
