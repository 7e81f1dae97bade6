package dev.ccp.takedown.appeals.api;

import dev.ccp.takedown.appeals.application.DecidingAppeal;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A trust admin's decision; the note is the reason the seller is given, so it is required. */
public record DecisionRequest(
        @NotNull @Pattern(regexp = "GRANTED|DENIED", message = "is GRANTED or DENIED")
        @Schema(enumeration = {"GRANTED", "DENIED"}) String outcome,
        @NotBlank @Size(max = DecidingAppeal.MAX_NOTE) String note) {
}
