package dev.ccp.litigation.evidence.api;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code POST /api/v1/cases/{id}/evidence}: the entry's type, its content (a JSON object) and, optionally, its source. */
public record RecordEvidenceRequest(String type, JsonNode content, String sourceEventId) {
}
