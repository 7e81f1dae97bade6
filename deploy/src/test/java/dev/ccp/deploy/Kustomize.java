package dev.ccp.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for the features deploy/ uses: {@code resources}
 * (files and folders), {@code patches} (strategic merge or JSON 6902, from a file or inline, with or without a
 * target), {@code namespace} and {@code images}. Any other kustomization field is reported as a problem rather
 * than silently ignored, so the test never checks something other than what would be applied. When kubectl is
 * installed, {@link ManifestInvariantsTest} also compares this rendering with kubectl's.
 */
final class Kustomize {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final Set<String> UNDERSTOOD = Set.of("apiVersion", "kind", "resources", "patches", "namespace",
            "images");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "IngressClass", "PriorityClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration");
    /** Built-in API groups, whose lists a strategic merge patch merges by key; CRDs' lists are replaced whole. */
    private static final Set<String> BUILT_IN_GROUPS = Set.of("", "apps", "batch", "autoscaling", "policy",
            "networking.k8s.io", "rbac.authorization.k8s.io");
    private static final Map<String, String> POD_LIST_KEYS = Map.of("containers", "name", "initContainers", "name",
            "env", "name", "volumes", "name", "volumeMounts", "mountPath", "ports", "containerPort");

    /** What a kustomization produced, every file it read, and whatever stopped it from being rendered faithfully. */
    record Rendering(List<Resource> resources, Set<Path> filesRead, List<String> problems) {
    }

    private Kustomize() {
    }

    static Rendering render(Path directory) {
        Rendering rendering = new Rendering(new ArrayList<>(), new LinkedHashSet<>(), new ArrayList<>());
        rendering.resources().addAll(build(directory.toAbsolutePath().normalize(), rendering));
        return rendering;
    }

    /** Every non-empty YAML document of a text, in order ("---" separated). */
    static List<ObjectNode> documents(String origin, String text) {
        List<ObjectNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(text)) {
            while (values.hasNext()) {
                JsonNode document = values.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new IllegalArgumentException(origin + ": a document is not a mapping: " + document);
                }
                documents.add((ObjectNode) document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(origin + ": not valid YAML", e);
        }
        return documents;
    }

    static List<Resource> resources(String origin, String text) {
        return documents(origin, text).stream().map(body -> new Resource(origin, body)).toList();
    }

    static List<Resource> read(Path file) {
        try {
            return resources(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Resource> build(Path directory, Rendering rendering) {
        Path file = directory.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            rendering.problems().add(directory + ": no kustomization.yaml");
            return List.of();
        }
        rendering.filesRead().add(file);
        List<Resource> kustomizations = read(file);
        if (kustomizations.size() != 1) {
            rendering.problems().add(file + ": expected one document, found " + kustomizations.size());
            return List.of();
        }
        ObjectNode kustomization = kustomizations.get(0).body();
        kustomization.fieldNames().forEachRemaining(field -> {
            if (!UNDERSTOOD.contains(field)) {
                rendering.problems().add(file + ": field '" + field + "' is not understood by the test's renderer");
            }
        });

        List<Resource> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path target = directory.resolve(entry.asText()).normalize();
            if (Files.isDirectory(target)) {
                resources.addAll(build(target, rendering));
            } else if (Files.isRegularFile(target)) {
                rendering.filesRead().add(target);
                read(target).forEach(r -> resources.add(r.copy()));
            } else {
                rendering.problems().add(file + ": resource '" + entry.asText() + "' does not exist");
            }
        }
        for (JsonNode patch : kustomization.path("patches")) {
            applyPatch(patch, directory, resources, rendering, file);
        }
        if (kustomization.hasNonNull("namespace")) {
            setNamespace(resources, kustomization.get("namespace").asText());
        }
        for (JsonNode image : kustomization.path("images")) {
            setImage(resources, image);
        }
        return resources;
    }

    private static void applyPatch(JsonNode entry, Path directory, List<Resource> resources, Rendering rendering,
            Path kustomization) {
        String text;
        String origin;
        if (entry.hasNonNull("path")) {
            Path patchFile = directory.resolve(entry.get("path").asText()).normalize();
            if (!Files.isRegularFile(patchFile)) {
                rendering.problems().add(kustomization + ": patch '" + entry.get("path").asText() + "' does not exist");
                return;
            }
            rendering.filesRead().add(patchFile);
            origin = patchFile.toString();
            try {
                text = Files.readString(patchFile);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            origin = kustomization + " (inline patch)";
            text = entry.path("patch").asText();
        }
        JsonNode patch;
        try {
            patch = YAML.readTree(text);
        } catch (IOException e) {
            rendering.problems().add(origin + ": not valid YAML: " + e.getMessage());
            return;
        }
        JsonNode target = entry.path("target");
        if (target.isMissingNode() && !patch.isObject()) {
            rendering.problems().add(origin + ": a JSON 6902 patch needs a target");
            return;
        }
        List<Resource> matched = resources.stream()
                .filter(r -> target.isMissingNode() ? sameObject(r, patch) : selected(r, target))
                .toList();
        if (matched.isEmpty()) {
            rendering.problems().add(origin + ": the patch matches no resource");
        }
        for (Resource resource : matched) {
            if (patch.isArray()) {
                jsonPatch(resource, (ArrayNode) patch, origin, rendering);
            } else {
                ObjectNode body = patch.deepCopy();
                if (!target.isMissingNode()) {
                    body.remove("metadata");
                }
                strategicMerge(resource.body(), body, BUILT_IN_GROUPS.contains(resource.group()));
            }
        }
    }

    private static boolean sameObject(Resource resource, JsonNode patch) {
        return resource.kind().equals(patch.path("kind").asText())
                && resource.name().equals(patch.path("metadata").path("name").asText())
                && resource.group().equals(new Resource("", (ObjectNode) patch).group());
    }

    private static boolean selected(Resource resource, JsonNode target) {
        return (!target.has("kind") || resource.kind().equals(target.get("kind").asText()))
                && (!target.has("name") || resource.name().matches(target.get("name").asText()))
                && (!target.has("group") || resource.group().equals(target.get("group").asText()));
    }

    /** Maps merge key by key; a null deletes; lists of built-in pod specs merge by their key, others are replaced. */
    static void strategicMerge(ObjectNode target, ObjectNode patch, boolean builtIn) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            JsonNode current = target.get(name);
            if (value.isNull()) {
                target.remove(name);
            } else if (value.isObject() && current != null && current.isObject()) {
                strategicMerge((ObjectNode) current, (ObjectNode) value, builtIn);
            } else if (value.isArray() && current != null && current.isArray() && builtIn
                    && POD_LIST_KEYS.containsKey(name)) {
                mergeList((ArrayNode) current, (ArrayNode) value, name, builtIn);
            } else {
                target.set(name, value.deepCopy());
            }
        }
    }

    private static void mergeList(ArrayNode current, ArrayNode patch, String list, boolean builtIn) {
        for (JsonNode item : patch) {
            // A Service's ports merge on "port", a container's on "containerPort".
            String key = list.equals("ports") && !item.has("containerPort") ? "port" : POD_LIST_KEYS.get(list);
            JsonNode existing = null;
            for (JsonNode candidate : current) {
                if (candidate.path(key).equals(item.path(key))) {
                    existing = candidate;
                }
            }
            if (existing instanceof ObjectNode existingObject && item.isObject()) {
                strategicMerge(existingObject, (ObjectNode) item, builtIn);
            } else {
                current.add(item.deepCopy());
            }
        }
    }

    private static void jsonPatch(Resource resource, ArrayNode operations, String origin, Rendering rendering) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            List<String> tokens = new ArrayList<>();
            for (String token : path.substring(1).split("/", -1)) {
                tokens.add(token.replace("~1", "/").replace("~0", "~"));
            }
            JsonNode parent = resource.body();
            for (String token : tokens.subList(0, tokens.size() - 1)) {
                parent = parent.isArray() ? parent.path(Integer.parseInt(token)) : parent.path(token);
            }
            String last = tokens.get(tokens.size() - 1);
            boolean exists = parent.isArray() ? parent.has(arrayIndex(last, parent)) : parent.has(last);
            if (parent.isMissingNode() || (!op.equals("add") && !exists)) {
                rendering.problems().add(origin + ": " + op + " " + path + " finds nothing in " + resource.id());
                continue;
            }
            switch (op) {
                case "add", "replace" -> {
                    JsonNode value = operation.path("value").deepCopy();
                    if (parent instanceof ObjectNode object) {
                        object.set(last, value);
                    } else if (op.equals("replace")) {
                        ((ArrayNode) parent).set(Integer.parseInt(last), value);
                    } else if (last.equals("-")) {
                        ((ArrayNode) parent).add(value);
                    } else {
                        ((ArrayNode) parent).insert(Integer.parseInt(last), value);
                    }
                }
                case "remove" -> {
                    if (parent instanceof ObjectNode object) {
                        object.remove(last);
                    } else {
                        ((ArrayNode) parent).remove(Integer.parseInt(last));
                    }
                }
                default -> rendering.problems().add(origin + ": JSON patch op '" + op + "' is not understood");
            }
        }
    }

    private static int arrayIndex(String token, JsonNode array) {
        return token.equals("-") ? array.size() : Integer.parseInt(token);
    }

    private static void setNamespace(List<Resource> resources, String namespace) {
        for (Resource resource : resources) {
            if (!resource.body().path("metadata").isObject()) {
                resource.body().putObject("metadata");
            }
            ObjectNode metadata = (ObjectNode) resource.body().get("metadata");
            if (resource.kind().equals("Namespace")) {
                metadata.put("name", namespace);
            } else if (!CLUSTER_SCOPED.contains(resource.kind())) {
                metadata.put("namespace", namespace);
            }
        }
    }

    private static void setImage(List<Resource> resources, JsonNode image) {
        String name = image.path("name").asText();
        for (Resource resource : resources) {
            for (ObjectNode container : containers(resource)) {
                String current = container.path("image").asText();
                if (!imageName(current).equals(name)) {
                    continue;
                }
                String newName = image.path("newName").asText(name);
                String reference;
                if (image.hasNonNull("digest")) {
                    reference = newName + "@" + image.get("digest").asText();
                } else if (image.hasNonNull("newTag")) {
                    reference = newName + ":" + image.get("newTag").asText();
                } else {
                    reference = newName + current.substring(imageName(current).length());
                }
                container.put("image", reference);
            }
        }
    }

    /** The containers and init containers of a workload's pod template (or of a bare Pod). */
    static List<ObjectNode> containers(Resource resource) {
        JsonNode podSpec = resource.kind().equals("Pod") ? resource.spec()
                : resource.spec().path("template").path("spec");
        List<ObjectNode> containers = new ArrayList<>();
        for (String list : List.of("initContainers", "containers")) {
            podSpec.path(list).forEach(c -> containers.add((ObjectNode) c));
        }
        return containers;
    }

    /** The repository part of an image reference: without its tag or digest (a registry port is kept). */
    static String imageName(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }
}
