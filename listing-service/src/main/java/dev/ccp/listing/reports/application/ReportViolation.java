package dev.ccp.listing.reports.application;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.listing.reports.domain.ViolationType;
import java.util.List;

/** A brand's report of listings that infringe its rights, validated at the API edge; evidence is kept as sent. */
public record ReportViolation(ViolationType type, List<String> listingIds, JsonNode evidence) {
    public ReportViolation {
        listingIds = List.copyOf(listingIds);
    }
}
