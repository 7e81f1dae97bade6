package dev.ccp.takedown.appeals.api;

import dev.ccp.takedown.appeals.application.FileAppeal;
import dev.ccp.takedown.appeals.domain.AppealDocument;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A seller's appeal, as the marketplace passes it on: which takedown, whose, why, and what supports it. */
public record FileAppealRequest(
        @NotBlank @Size(max = 100) String takedownId,
        @NotBlank @Size(max = 100) @Schema(description = "the seller whose listing was taken down") String sellerId,
        @NotBlank @Size(max = 4000) String reason,
        @Size(max = 20) List<@NotNull @Valid Document> documents) {

    /** A document by reference (the marketplace's document store), with what it shows. */
    public record Document(@NotBlank @Size(max = 500) String reference, @Size(max = 500) String description) {
    }

    FileAppeal command() {
        List<AppealDocument> docs = documents == null ? List.of()
                : documents.stream().map(d -> new AppealDocument(d.reference(), d.description())).toList();
        return new FileAppeal(takedownId, sellerId, reason, docs);
    }
}
