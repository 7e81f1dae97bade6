package dev.ccp.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One Kubernetes object and where it came from (a file, or "kubectl kustomize" output, or a test's text). */
record Resource(String origin, ObjectNode body) {

    String apiVersion() {
        return body.path("apiVersion").asText("");
    }

    /** The API group: "" for the core group (apiVersion v1), "apps" for apps/v1, "kafka.strimzi.io", ... */
    String group() {
        String apiVersion = apiVersion();
        return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
    }

    String kind() {
        return body.path("kind").asText("");
    }

    String name() {
        return body.path("metadata").path("name").asText("");
    }

    String namespace() {
        return body.path("metadata").path("namespace").asText("");
    }

    JsonNode spec() {
        return body.path("spec");
    }

    /** kind/name, the way kubectl names an object in messages. */
    String id() {
        return kind() + "/" + name();
    }

    Resource copy() {
        return new Resource(origin, body.deepCopy());
    }

    @Override
    public String toString() {
        return id() + " (" + origin + ")";
    }
}
