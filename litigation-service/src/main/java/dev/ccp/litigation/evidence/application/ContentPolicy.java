package dev.ccp.litigation.evidence.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccp.core.problem.ProblemException;
import dev.ccp.litigation.evidence.domain.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/** What an entry's content and source may be, and its canonical form: refusals name the field, store nothing. */
final class ContentPolicy {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SOURCE_EVENT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,199}");
    private static final int MAX_DEPTH = 32;

    private ContentPolicy() {
    }

    /** The canonical (RFC 8785) form of {@code content}, a JSON object of at most {@code maxBytes} UTF-8 bytes. */
    static String canonical(JsonNode content, int maxBytes) {
        if (content == null || !content.isObject()) {
            throw ProblemException.badRequest("content", "must be a JSON object");
        }
        String at = unfaithful(content, "content", 0);
        if (at != null) {
            throw ProblemException.badRequest(at, "must be a number a double holds exactly (RFC 8785 reads every number"
                    + " as one), nested at most " + MAX_DEPTH + " deep, and strings of whole Unicode characters; "
                    + "send exact decimals and long ids as strings");
        }
        String canonical;
        try {
            canonical = CanonicalJson.of(JSON.writeValueAsString(content));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ProblemException.badRequest("content", "cannot be put in canonical form");
        }
        if (canonical.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new ProblemException(413, "Content too large", "content: at most " + maxBytes
                    + " bytes in canonical form", java.util.List.of());
        }
        return canonical;
    }

    static String sourceEventId(String id) {
        if (id != null && !SOURCE_EVENT_ID.matcher(id).matches()) {
            throw ProblemException.badRequest("sourceEventId", "must be an event id of at most 200 characters");
        }
        return id;
    }

    /** The path of the first value canonicalisation would not keep exactly, or null. */
    private static String unfaithful(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return path;
        }
        if (node.isNumber()) {
            return CanonicalJson.keepsValue(node.decimalValue()) ? null : path;
        }
        if (node.isTextual()) {
            return wholeCharacters(node.textValue()) ? null : path;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String bad = unfaithful(node.get(i), path + "[" + i + "]", depth + 1);
                if (bad != null) {
                    return bad;
                }
            }
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!wholeCharacters(field.getKey())) {
                    return path;
                }
                String bad = unfaithful(field.getValue(), path + "." + field.getKey(), depth + 1);
                if (bad != null) {
                    return bad;
                }
            }
        }
        return null;
    }

    /** No lone surrogate: RFC 8785 needs well-formed Unicode. */
    private static boolean wholeCharacters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

}
