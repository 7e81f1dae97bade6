package dev.ccp.litigation.evidence.api;

import java.util.List;

/** {@code POST /api/v1/cases/{id}/evidence/batch}: entries to append in order, all or none (at most 500). */
public record RecordEvidenceBatchRequest(List<RecordEvidenceRequest> entries) {
}
