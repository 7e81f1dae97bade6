package dev.ccp.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small helpers over rendered objects shared by the checks: lookups, label selectors, list fields. */
final class Manifests {
    static List<Resource> ofKind(List<Resource> resources, String kind) {
        return resources.stream().filter(r -> r.kind().equals(kind)).toList();
    }

    static List<Resource> sameNamespace(List<Resource> resources, Resource of, String kind) {
        return ofKind(resources, kind).stream().filter(r -> r.namespace().equals(of.namespace())).toList();
    }

    static boolean declaresPort(JsonNode container, JsonNode port) {
        for (JsonNode declared : container.path("ports")) {
            if (port.isInt() ? declared.path("containerPort").asInt() == port.asInt()
                    : declared.path("name").asText().equals(port.asText())) {
                return true;
            }
        }
        return false;
    }

    /** A label selector (matchLabels and matchExpressions, or a plain map as a Service uses) matches the labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (!selector.has("matchLabels") && !selector.has("matchExpressions")) {
            return subset(labels(selector), labels);
        }
        if (!subset(labels(selector.path("matchLabels")), labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = texts(expression.path("values"));
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> values.contains(labels.get(key));
                case "NotIn" -> !values.contains(labels.get(key));
                case "Exists" -> labels.containsKey(key);
                case "DoesNotExist" -> !labels.containsKey(key);
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean subset(Map<String, String> required, Map<String, String> labels) {
        return labels.entrySet().containsAll(required.entrySet());
    }

    static Map<String, String> labels(JsonNode map) {
        Map<String, String> labels = new HashMap<>();
        map.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    static Set<String> texts(JsonNode array) {
        Set<String> texts = new LinkedHashSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Manifests() {
    }
}
