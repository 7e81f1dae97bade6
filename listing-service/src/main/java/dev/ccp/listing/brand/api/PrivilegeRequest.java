package dev.ccp.listing.brand.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Staff grant or withdraw self-service removal; granting again lifts a suspension. */
public record PrivilegeRequest(@NotNull Boolean granted, @NotBlank @Size(max = 1000) String reason) {
}
