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
    /** Integers up to 2^53 - 1 print as plain digits in RFC 8785 (beyond, as a rounded double). */
    private static final long EXACT_INTEGERS = (1L << 53) - 1;

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

    /**
     * The same bytes as {@link #canonical}, written directly instead of built and re-parsed (about four times
     * faster, which verifying 100,000 entries needs), for a {@code canonicalContent} already known to be in RFC 8785
     * form: the canonical form of an object holding a canonical value holds it unchanged. The members are written
     * in their RFC 8785 order (UTF-16 code units of the names) and the strings with RFC 8785's escapes; anything
     * this writer does not cover (a surrogate in a string, a sequence beyond 2^53) goes the general way.
     */
    public static String ofCanonicalContent(String caseId, long sequence, String type, String canonicalContent,
            String contentHash, String previousHash, String recordedBy, Instant recordedAt, String sourceEventId) {
        String at = recordedAt == null ? null : recordedAt.toString();
        if (sequence < 0 || sequence > EXACT_INTEGERS || hasSurrogate(caseId) || hasSurrogate(type)
                || hasSurrogate(contentHash) || hasSurrogate(previousHash) || hasSurrogate(recordedBy)
                || hasSurrogate(sourceEventId) || recordedAt == null) {
            return canonical(caseId, sequence, type, canonicalContent, contentHash, previousHash, recordedBy,
                    recordedAt, sourceEventId);
        }
        StringBuilder out = new StringBuilder(canonicalContent.length() + 400);
        out.append("{\"caseId\":");
        string(out, caseId);
        out.append(",\"content\":").append(canonicalContent);
        out.append(",\"contentHash\":");
        string(out, contentHash);
        out.append(",\"previousHash\":");
        string(out, previousHash);
        out.append(",\"recordedAt\":");
        string(out, at);
        out.append(",\"recordedBy\":");
        string(out, recordedBy);
        out.append(",\"sequence\":").append(sequence);
        out.append(",\"sourceEventId\":");
        string(out, sourceEventId);
        out.append(",\"type\":");
        string(out, type);
        return out.append('}').toString();
    }

    /** A JSON string as RFC 8785 (ECMAScript's JSON.stringify) writes it; null as the literal. */
    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean hasSurrogate(String value) {
        if (value != null) {
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
