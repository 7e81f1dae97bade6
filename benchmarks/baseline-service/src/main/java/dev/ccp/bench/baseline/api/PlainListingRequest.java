package dev.ccp.bench.baseline.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * listing-service's listing body with its constraints, restated here because a benchmark may not reach into the
 * service's API classes at run time; a test holds the two to accepting and rejecting the same bodies.
 */
public record PlainListingRequest(
        // the same seller-id shape listing-service's ListingRequest checks
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:-]{0,99}",
                message = "must be a seller id: letters, digits and . _ : -") String sellerId,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 10000) String description,
        @Size(max = 120) String brand,
        @NotBlank @Size(max = 100) String category,
        @NotNull @Valid Price price,
        @NotNull @Min(0) @Max(1_000_000) Integer quantity,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[0-9a-fA-F]{16}") String> imageHashes) {

    public record Price(
            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 4) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}") String currency) {
    }
}
