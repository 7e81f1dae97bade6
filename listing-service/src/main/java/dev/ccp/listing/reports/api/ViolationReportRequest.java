package dev.ccp.listing.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.core.validation.BoundedJson;
import dev.ccp.listing.reports.application.ReportViolation;
import dev.ccp.listing.reports.domain.ViolationType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A brand's report: what is wrong, which listings (up to 500), and the evidence it has. */
@Schema(description = "A violation report of up to 500 listings")
public record ViolationReportRequest(
        @NotNull ViolationType type,
        @NotEmpty @Size(max = 500) List<@NotBlank @Size(max = 100) String> listingIds,
        @BoundedJson(maxBytes = MAX_EVIDENCE_BYTES, maxDepth = MAX_EVIDENCE_DEPTH)
        @Schema(description = "Free-form evidence: a note, test-purchase results, links; kept as sent. At most 64 KiB "
                + "written compactly, nested at most 10 deep") JsonNode evidence) {
    public static final int MAX_EVIDENCE_BYTES = 65_536;
    public static final int MAX_EVIDENCE_DEPTH = 10;

    public ReportViolation toCommand() {
        return new ReportViolation(type, listingIds, evidence);
    }
}
