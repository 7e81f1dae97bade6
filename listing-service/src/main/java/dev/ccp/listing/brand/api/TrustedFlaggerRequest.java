package dev.ccp.listing.brand.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Designate the brand a trusted flagger ({@code true}) or withdraw it ({@code false}), and why. */
public record TrustedFlaggerRequest(@NotNull Boolean trustedFlagger, @NotBlank @Size(max = 2000) String note) {
}
