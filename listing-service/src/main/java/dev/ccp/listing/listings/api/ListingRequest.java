package dev.ccp.listing.listings.api;

import dev.ccp.listing.brand.api.MoneyRequest;
import dev.ccp.listing.brand.domain.ImageHashes;
import dev.ccp.listing.listings.application.SubmitListing;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A listing as the marketplace submits it (the data sets' listing rows, with {@code sellerId}). */
@Schema(description = "A listing to screen before it is published")
public record ListingRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = SELLER_ID, message = "must be a seller id: letters, digits and . _ : -")
        @Schema(description = "seller-service's id of the seller; a seller seller-service does not know is refused (422)")
        String sellerId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @Size(max = 120) @Schema(description = "What the seller typed as the brand; may be empty or 'Generic'") String brand,
        @NotBlank @Size(max = 100) String category,
        @NotNull @Valid MoneyRequest price,
        @NotNull @Min(0) @Max(1_000_000) Integer quantity,
        @Size(max = 20) @Schema(description = "64-bit perceptual hashes of the images, 16 hex characters each")
        List<@NotNull @Pattern(regexp = ImageHashes.PATTERN, message = ImageHashes.MESSAGE) String> imageHashes) {

    /** What seller-service's ids look like (UUIDs; the data sets' keys): nothing a query could be smuggled in. */
    public static final String SELLER_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}";

    public SubmitListing toCommand() {
        return new SubmitListing(sellerId, title, description, brand, category, price.toMoney(), quantity, imageHashes);
    }
}
