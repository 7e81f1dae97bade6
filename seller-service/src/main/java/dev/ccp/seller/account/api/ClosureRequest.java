package dev.ccp.seller.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an account is closed and the record behind it (a takedown, a case). */
public record ClosureRequest(@NotBlank @Size(max = 100) String reason, @Size(max = 200) String reference) {
}
