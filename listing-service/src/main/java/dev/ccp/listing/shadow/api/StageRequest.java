package dev.ccp.listing.shadow.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ccp.core.problem.ProblemException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A configuration to try: rule changes over the active configuration, and why. */
@Schema(description = "Rule changes by name (docs/listing-screening.md lists every rule); a number, or for a "
        + "vocabulary a list of phrases or one comma-separated string. A weight of 0 switches a signal off.")
public record StageRequest(
        @NotNull @Size(max = 100) @Schema(example = "{\"held-from\": 45, \"replica-vocabulary\": 50}")
        Map<@NotBlank @Size(max = 60) String, JsonNode> rules,
        @Schema(description = "Start from the deployment's own rules instead of the active configuration's (to go "
                + "back to them, stage no rules with this set)") Boolean fromDeployment,
        @NotBlank @Size(max = 2000) String note) {
    static final int MAX_VALUE = 4000;

    public boolean startsFromDeployment() {
        return Boolean.TRUE.equals(fromDeployment);
    }

    /** Each value as configuration writes it: lists comma-separated. */
    public Map<String, String> written() {
        if (rules.isEmpty() && !startsFromDeployment()) {
            throw ProblemException.badRequest("rules", "must change at least one rule");
        }
        Map<String, String> written = new LinkedHashMap<>();
        rules.forEach((name, value) -> written.put(name, write(name, value)));
        return written;
    }

    private static String write(String name, JsonNode value) {
        String text;
        if (value != null && value.isArray()) {
            StringBuilder joined = new StringBuilder();
            for (JsonNode phrase : value) {
                if (!phrase.isTextual() || phrase.textValue().contains(",")) {
                    throw ProblemException.badRequest("rules." + name, "must be a list of phrases without commas");
                }
                joined.append(joined.isEmpty() ? "" : ",").append(phrase.textValue());
            }
            text = joined.toString();
        } else if (value != null && (value.isNumber() || value.isTextual())) {
            text = value.asText();
        } else {
            throw ProblemException.badRequest("rules." + name, "must be a number, a string or a list of phrases");
        }
        if (text.length() > MAX_VALUE) {
            throw ProblemException.badRequest("rules." + name, "must be at most " + MAX_VALUE + " characters");
        }
        return text;
    }
}
