package dev.ccp.litigation.evidence.api;

import com.fasterxml.jackson.annotation.JsonRawValue;
import dev.ccp.litigation.evidence.domain.EvidenceEntry;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An evidence entry as answered; {@code content} is its canonical JSON, byte for byte what the hashes cover. */
public record EntryView(String caseId, long sequence, String type,
        @JsonRawValue @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT) String content,
        String contentHash, String previousHash, String entryHash, String recordedBy, Instant recordedAt,
        String sourceEventId) {

    static EntryView of(EvidenceEntry e) {
        return new EntryView(e.caseId(), e.sequence(), e.type().name(), e.content(), e.contentHash(),
                e.previousHash(), e.entryHash(), e.recordedBy(), e.recordedAt(), e.sourceEventId());
    }
}
