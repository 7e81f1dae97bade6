package dev.ccp.listing.brand.api;

import dev.ccp.listing.brand.application.BrandDetails;
import dev.ccp.listing.brand.domain.ImageHashes;
import dev.ccp.listing.brand.domain.Product;
import dev.ccp.listing.brand.domain.Trademark;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand profile as the data sets write it ({@code brands.json}), with seller ids as authorised sellers. */
@Schema(description = "A brand: what it protects, what it makes and who may sell it")
public record BrandRequest(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 120) String> aliases,
        @Size(max = 200) @Schema(description = "Product lines and other words the brand protects besides its name")
        List<@NotBlank @Size(max = 120) String> protectedTerms,
        @Size(max = 100) List<@NotNull @Valid TrademarkRequest> trademarks,
        @Size(max = 500) List<@NotNull @Valid ProductRequest> products,
        @Size(max = 10000) @Schema(description = "Seller ids the brand authorises to sell its goods")
        List<@NotBlank @Size(max = 100) String> authorizedSellers,
        @Schema(description = "Whether the brand may remove listings itself") Boolean selfServiceRemoval) {

    public record TrademarkRequest(@NotBlank @Size(max = 40) String office,
            @NotBlank @Size(max = 60) String registrationNumber,
            @Size(max = 45) List<@NotNull @Min(1) @Max(45) Integer> classes) {
    }

    public record ProductRequest(
            @NotBlank @Size(max = 100) String sku,
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 100) String category,
            @Size(max = 10) @Schema(description = "Words that together describe the product without the brand name")
            List<@NotBlank @Size(max = 60) String> signatureTerms,
            @Valid @Schema(description = "Lowest genuine price when new") MoneyRequest minPrice,
            @Size(max = 50) List<@NotNull @Pattern(regexp = ImageHashes.PATTERN, message = ImageHashes.MESSAGE) String>
            referenceImageHashes) {
    }

    public BrandDetails toDetails() {
        return new BrandDetails(name, aliases, protectedTerms,
                trademarks == null ? List.of() : trademarks.stream()
                        .map(t -> new Trademark(t.office(), t.registrationNumber(),
                                t.classes() == null ? List.of() : t.classes()))
                        .toList(),
                products == null ? List.of() : products.stream()
                        .map(p -> new Product(p.sku(), p.name(), p.category().trim().toLowerCase(Locale.ROOT),
                                p.signatureTerms() == null ? List.of() : p.signatureTerms(),
                                p.minPrice() == null ? null : p.minPrice().toMoney(),
                                p.referenceImageHashes() == null ? List.of()
                                        : p.referenceImageHashes().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()))
                        .toList(),
                authorizedSellers, selfServiceRemoval);
    }
}
