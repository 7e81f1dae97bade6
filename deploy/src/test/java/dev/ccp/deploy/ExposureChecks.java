package dev.ccp.deploy;

import static dev.ccp.deploy.Manifests.fieldNames;
import static dev.ccp.deploy.Manifests.labels;
import static dev.ccp.deploy.Manifests.ofKind;
import static dev.ccp.deploy.Manifests.sameNamespace;
import static dev.ccp.deploy.Manifests.selects;
import static dev.ccp.deploy.Manifests.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What may reach the services and what they may reach: no committed secrets, every Secret accounted for,
 * default-deny network policies with per-service allow-lists, and the split between the public and internal
 * Ingress. Each check returns its violations as sentences; none means the invariant holds.
 */
final class ExposureChecks {
    /** Env names and ConfigMap keys that would carry a credential in clear. */
    private static final Pattern CREDENTIAL = Pattern.compile(
            ".*(PASSWORD|SECRET|TOKEN|CREDENTIAL|JAAS|HMAC|PRIVATE).*|.*_KEY");
    /** Keys of the Secrets the operators generate: a reference to any other key would never resolve. */
    private static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "host", "port", "dbname",
            "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri", "pgpass");
    private static final Set<String> STRIMZI_SCRAM_USER_KEYS = Set.of("password", "sasl.jaas.config");

    /**
     * No Secret with data is committed, and no credential is written into an env value or a ConfigMap. A
     * credential-like env may name a file under the container's mount of a Secret volume: that is where the
     * credential is, not the credential itself.
     */
    static List<String> noCommittedCredentials(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource resource : resources) {
            if (resource.kind().equals("Secret") && (resource.body().has("data") || resource.body().has("stringData"))) {
                violations.add(resource.id() + ": a Secret with data is committed (" + resource.origin() + ")");
            }
            if (resource.kind().equals("ConfigMap")) {
                resource.body().path("data").fieldNames().forEachRemaining(key -> {
                    if (CREDENTIAL.matcher(key.toUpperCase()).matches()) {
                        violations.add(resource.id() + ": key " + key + " looks like a credential; use a Secret");
                    }
                });
            }
            for (ObjectNode container : Kustomize.containers(resource)) {
                List<String> secretMounts = secretMountPaths(resource, container);
                for (JsonNode env : container.path("env")) {
                    if (env.has("value") && CREDENTIAL.matcher(env.path("name").asText().toUpperCase()).matches()
                            && !inSecretMount(env.path("value").asText(), secretMounts)) {
                        violations.add(resource.id() + ": env " + env.path("name").asText()
                                + " has a literal value; reference a Secret (or a file of a mounted Secret)");
                    }
                }
            }
        }
        return violations;
    }

    /** Where the container mounts volumes of the pod that come from a Secret. */
    private static List<String> secretMountPaths(Resource workload, JsonNode container) {
        Set<String> secretVolumes = new HashSet<>();
        for (JsonNode volume : workload.spec().path("template").path("spec").path("volumes")) {
            if (volume.has("secret")) {
                secretVolumes.add(volume.path("name").asText());
            }
        }
        List<String> paths = new ArrayList<>();
        for (JsonNode mount : container.path("volumeMounts")) {
            if (secretVolumes.contains(mount.path("name").asText())) {
                paths.add(mount.path("mountPath").asText().replaceAll("/+$", ""));
            }
        }
        return paths;
    }

    private static boolean inSecretMount(String value, List<String> mountPaths) {
        return !value.contains("..") && mountPaths.stream().anyMatch(m -> !m.isEmpty() && value.startsWith(m + "/"));
    }

    /**
     * Every referenced Secret either comes from an operator (CloudNativePG's {@code <cluster>-app}, Strimzi's
     * KafkaUser secret) with a key that operator writes, or is named with its keys in deploy/README.md.
     */
    static List<String> secretsAccountedFor(List<Resource> resources, String readme) {
        Map<String, Set<String>> generated = new HashMap<>();
        ofKind(resources, "Cluster").stream().filter(r -> r.group().equals("postgresql.cnpg.io"))
                .forEach(c -> generated.put(c.name() + "-app", CNPG_APP_SECRET_KEYS));
        ofKind(resources, "KafkaUser").forEach(u -> generated.put(u.name(), STRIMZI_SCRAM_USER_KEYS));
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, String> reference : secretReferences(resources).entrySet()) {
            String[] nameAndKey = reference.getKey().split("/", 2);
            String name = nameAndKey[0];
            String key = nameAndKey.length > 1 ? nameAndKey[1] : null;
            if (generated.containsKey(name)) {
                if (key != null && !generated.get(name).contains(key)) {
                    violations.add(reference.getValue() + ": Secret " + name + " has no key " + key
                            + " (its operator writes " + new TreeSet<>(generated.get(name)) + ")");
                }
            } else if (!readme.contains("`" + name + "`") || (key != null && !readme.contains("`" + key + "`"))) {
                violations.add(reference.getValue() + ": Secret " + name + (key == null ? "" : " key " + key)
                        + " is neither generated by an operator nor documented in deploy/README.md");
            }
        }
        return violations;
    }

    /** "name/key" (or "name" for a whole Secret) -> the object that references it. */
    private static Map<String, String> secretReferences(List<Resource> resources) {
        Map<String, String> references = new TreeMap<>();
        for (Resource resource : resources) {
            for (ObjectNode container : Kustomize.containers(resource)) {
                for (JsonNode env : container.path("env")) {
                    JsonNode ref = env.path("valueFrom").path("secretKeyRef");
                    if (!ref.isMissingNode()) {
                        references.put(ref.path("name").asText() + "/" + ref.path("key").asText(), resource.id());
                    }
                }
                for (JsonNode source : container.path("envFrom")) {
                    if (source.has("secretRef")) {
                        references.put(source.path("secretRef").path("name").asText(), resource.id());
                    }
                }
            }
            for (JsonNode volume : resource.spec().path("template").path("spec").path("volumes")) {
                if (volume.has("secret")) {
                    String name = volume.path("secret").path("secretName").asText();
                    references.put(name, resource.id());
                    // A volume that mounts chosen keys needs each of them (the pod does not start otherwise).
                    for (JsonNode item : volume.path("secret").path("items")) {
                        references.put(name + "/" + item.path("key").asText(), resource.id());
                    }
                }
            }
            if (resource.kind().equals("Ingress")) {
                for (JsonNode tls : resource.spec().path("tls")) {
                    references.put(tls.path("secretName").asText(), resource.id());
                }
            }
        }
        return references;
    }

    /** A NetworkPolicy selects every pod of the namespace and lets no ingress in. */
    static List<String> defaultDenyIngress(List<Resource> resources) {
        boolean present = ofKind(resources, "NetworkPolicy").stream().anyMatch(p -> p.spec().path("podSelector").isEmpty()
                && texts(p.spec().path("policyTypes")).contains("Ingress")
                && p.spec().path("ingress").isEmpty());
        return present ? List.of() : List.of("no default-deny ingress NetworkPolicy (empty podSelector, no ingress rule)");
    }

    /**
     * Each Deployment's pods are under an egress policy that allows DNS (53/UDP), PostgreSQL (5432) and Kafka
     * (9092), and under an ingress policy that admits an ingress controller's namespace.
     */
    static List<String> networkPolicies(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            Map<String, String> labels = labels(deployment.spec().path("template").path("metadata").path("labels"));
            List<Resource> policies = sameNamespace(resources, deployment, "NetworkPolicy").stream()
                    .filter(p -> selects(p.spec().path("podSelector"), labels)).toList();
            Set<String> egressPorts = new HashSet<>();
            boolean egressRestricted = false;
            boolean fromIngressController = false;
            for (Resource policy : policies) {
                Set<String> types = texts(policy.spec().path("policyTypes"));
                if (types.contains("Egress")) {
                    egressRestricted = true;
                    for (JsonNode rule : policy.spec().path("egress")) {
                        for (JsonNode port : rule.path("ports")) {
                            egressPorts.add(port.path("protocol").asText("TCP") + "/" + port.path("port").asText());
                        }
                    }
                }
                for (JsonNode rule : policy.spec().path("ingress")) {
                    for (JsonNode peer : rule.path("from")) {
                        fromIngressController |= peer.path("namespaceSelector").toString().contains("ingress");
                    }
                }
            }
            if (!egressRestricted) {
                violations.add(deployment.id() + ": no NetworkPolicy restricts its egress");
            }
            for (String needed : List.of("UDP/53", "TCP/5432", "TCP/9092")) {
                if (egressRestricted && !egressPorts.contains(needed)) {
                    violations.add(deployment.id() + ": egress to " + needed + " is not allowed");
                }
            }
            if (!fromIngressController) {
                violations.add(deployment.id() + ": no NetworkPolicy admits the ingress controller's namespace");
            }
        }
        return violations;
    }

    /**
     * The public partner API and the internal staff API go through different Ingress objects, classes and hosts;
     * the public one routes only /partner/v1 and is rate limited; nothing routes /q/*; every host has TLS.
     */
    static List<String> ingressSplit(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        List<Resource> partner = new ArrayList<>();
        List<Resource> internal = new ArrayList<>();
        for (Resource ingress : ofKind(resources, "Ingress")) {
            List<String> paths = ingressPaths(ingress);
            boolean isPartner = paths.stream().anyMatch(p -> p.startsWith("/partner/v1"));
            boolean isInternal = paths.stream().anyMatch(p -> p.startsWith("/api/v1"));
            if (isPartner && isInternal) {
                violations.add(ingress.id() + ": routes both /partner/v1 and /api/v1");
            }
            (isPartner ? partner : internal).add(ingress);
            for (String path : paths) {
                if (path.equals("/") || path.isEmpty() || path.startsWith("/q")) {
                    violations.add(ingress.id() + ": exposes '" + path + "' (health, metrics and OpenAPI stay inside)");
                }
                if (isPartner && !path.startsWith("/partner/v1")) {
                    violations.add(ingress.id() + ": the public Ingress routes '" + path + "'");
                }
            }
            Set<String> tlsHosts = new HashSet<>();
            for (JsonNode tls : ingress.spec().path("tls")) {
                if (!tls.path("secretName").asText().isBlank()) {
                    tlsHosts.addAll(texts(tls.path("hosts")));
                }
            }
            for (String host : hosts(ingress)) {
                if (!tlsHosts.contains(host)) {
                    violations.add(ingress.id() + ": host " + host + " has no TLS secret");
                }
            }
        }
        if (partner.isEmpty()) {
            violations.add("no Ingress routes /partner/v1");
        }
        if (internal.stream().noneMatch(i -> ingressPaths(i).stream().anyMatch(p -> p.startsWith("/api/v1")))) {
            violations.add("no Ingress routes /api/v1");
        }
        for (Resource ingress : partner) {
            boolean rateLimited = false;
            for (String annotation : fieldNames(ingress.body().path("metadata").path("annotations"))) {
                rateLimited |= annotation.contains("limit-req") || annotation.contains("limit-rps")
                        || annotation.contains("rate-limit");
            }
            if (!rateLimited) {
                violations.add(ingress.id() + ": the public Ingress has no rate-limit annotation");
            }
            for (Resource other : internal) {
                String partnerClass = ingress.spec().path("ingressClassName").asText();
                if (partnerClass.equals(other.spec().path("ingressClassName").asText())) {
                    violations.add(ingress.id() + " and " + other.id() + " share the ingress class '"
                            + partnerClass + "'");
                }
                Set<String> shared = new HashSet<>(hosts(ingress));
                shared.retainAll(hosts(other));
                if (!shared.isEmpty()) {
                    violations.add(ingress.id() + " and " + other.id() + " share the hosts " + shared);
                }
            }
        }
        return violations;
    }


    private static List<String> ingressPaths(Resource ingress) {
        List<String> paths = new ArrayList<>();
        for (JsonNode rule : ingress.spec().path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                paths.add(path.path("path").asText());
            }
        }
        return paths;
    }

    private static Set<String> hosts(Resource ingress) {
        Set<String> hosts = new LinkedHashSet<>();
        ingress.spec().path("rules").forEach(rule -> hosts.add(rule.path("host").asText("*")));
        return hosts;
    }

    private ExposureChecks() {
    }
}
