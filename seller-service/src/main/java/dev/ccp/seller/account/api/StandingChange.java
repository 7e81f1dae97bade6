package dev.ccp.seller.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an account is suspended or reinstated (an investigation, a granted appeal). */
public record StandingChange(@NotBlank @Size(max = 500) String reason) {
}
