package dev.ccp.seller.account.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A person's verdict on an account under review, with the note the audit keeps. */
public record ReviewDecision(@NotNull Verdict verdict, @NotBlank @Size(max = 2000) String note) {
    public enum Verdict { APPROVE, REJECT }
}
