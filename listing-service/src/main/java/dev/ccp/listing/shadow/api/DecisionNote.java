package dev.ccp.listing.shadow.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a staged configuration is promoted or discarded: kept in its audit trail. */
public record DecisionNote(@NotBlank @Size(max = 2000) String note) {
}
