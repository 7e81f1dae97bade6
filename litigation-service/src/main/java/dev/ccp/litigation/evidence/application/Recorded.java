package dev.ccp.litigation.evidence.application;

import dev.ccp.litigation.evidence.domain.EvidenceEntry;

/** An entry as recorded; {@code created} is false when its source event had been recorded before. */
public record Recorded(EvidenceEntry entry, boolean created) {
}
