package dev.ccp.litigation.intelligence.api;

import dev.ccp.litigation.intelligence.domain.IntelligenceExport;
import java.time.Instant;
import java.util.List;

/** One intelligence export as recorded: who, for which agency and why, which cases, when, which sellers. */
public record ExportView(String id, String exportedBy, String agency, String purpose, String caseFilter,
        Instant exportedAt, int records, List<String> sellerIds, List<String> caseIds) {

    static ExportView of(IntelligenceExport e) {
        return new ExportView(e.id(), e.exportedBy(), e.agency(), e.purpose(), e.caseFilter(), e.exportedAt(),
                e.records(), e.sellerIds(), e.caseIds());
    }
}
