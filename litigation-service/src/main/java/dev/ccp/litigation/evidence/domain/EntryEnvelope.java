package dev.ccp.litigation.evidence.domain;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The bytes an entry's hash is taken over: the RFC 8785 canonical JSON of every recorded fact of the entry,
 * its content and the previous entry's hash included. A bundle carries exactly these bytes as the entry's file,
 * so {@code sha256sum} of the file is the entry hash.
 */
public final class EntryEnvelope {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntryEnvelope() {
    }

    public static String canonical(String caseId, long sequence, String type, String canonicalContent,
            String contentHash, String previousHash, String recordedBy, Instant recordedAt, String sourceEventId) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("caseId", caseId);
        envelope.put("sequence", sequence);
        envelope.put("type", type);
        envelope.putRawValue("content", new RawValue(canonicalContent));
        envelope.put("contentHash", contentHash);
        envelope.put("previousHash", previousHash);
        envelope.put("recordedBy", recordedBy);
        envelope.put("recordedAt", recordedAt.toString());
        if (sourceEventId == null) {
            envelope.putNull("sourceEventId");
        } else {
            envelope.put("sourceEventId", sourceEventId);
        }
        try {
            return CanonicalJson.of(JSON.writeValueAsString(envelope));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
