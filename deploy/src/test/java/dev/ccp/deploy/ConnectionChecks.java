package dev.ccp.deploy;

import static dev.ccp.deploy.Manifests.labels;
import static dev.ccp.deploy.Manifests.ofKind;
import static dev.ccp.deploy.Manifests.sameNamespace;
import static dev.ccp.deploy.Manifests.selects;
import static dev.ccp.deploy.Manifests.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each service connects to, read from its environment (its own env and the ConfigMaps it loads), against
 * the NetworkPolicies as Kubernetes evaluates them: a service reaches its database ({@code
 * QUARKUS_DATASOURCE_JDBC_URL}), the Kafka brokers ({@code KAFKA_BOOTSTRAP_SERVERS}, admitted by the listener's
 * {@code networkPolicyPeers}) and every in-cluster service an {@code http://} URL names; no other service reaches
 * a database. Each check returns its violations as sentences; none means the invariant holds.
 */
final class ConnectionChecks {
    private static final List<String> CNPG_SERVICE_SUFFIXES = List.of("-rw", "-ro", "-r");

    /** Pods of one kind in a namespace, as a NetworkPolicy sees them, and the port a client connects to. */
    record Endpoint(String namespace, Map<String, String> labels, int port, String portName) {
    }

    static List<String> connections(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        Map<String, List<String>> owners = new HashMap<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            Endpoint client = new Endpoint(deployment.namespace(), podLabels(deployment), 0, null);
            for (ObjectNode container : Kustomize.containers(deployment)) {
                Map<String, String> environment = environment(resources, deployment, container);
                String jdbc = environment.get("QUARKUS_DATASOURCE_JDBC_URL");
                if (jdbc != null) {
                    database(resources, deployment, client, jdbc, violations)
                            .ifPresent(cluster -> owners.computeIfAbsent(cluster, c -> new ArrayList<>())
                                    .add(deployment.name()));
                }
                String kafka = environment.get("KAFKA_BOOTSTRAP_SERVERS");
                if (kafka != null) {
                    kafka(resources, deployment, client, kafka, violations);
                }
                environment.forEach((name, value) -> {
                    if (value.startsWith("http://") || value.startsWith("https://")) {
                        service(resources, deployment, client, name, value, violations);
                    }
                });
            }
        }
        // A database admits its own service only: the shared egress policy lets every service try any of them.
        for (Resource cluster : postgresClusters(resources)) {
            Endpoint database = databasePods(cluster);
            for (Resource deployment : sameNamespace(resources, cluster, "Deployment")) {
                boolean owner = owners.getOrDefault(cluster.name(), List.of()).contains(deployment.name());
                Endpoint client = new Endpoint(deployment.namespace(), podLabels(deployment), 0, null);
                if (!owner && admits(resources, client, database, "ingress")) {
                    violations.add(deployment.id() + ": may reach " + cluster.id() + ", the database of "
                            + owners.getOrDefault(cluster.name(), List.of("no service")));
                }
            }
        }
        return violations;
    }

    private static Optional<String> database(List<Resource> resources, Resource deployment, Endpoint client,
            String jdbc, List<String> violations) {
        URI uri = URI.create(jdbc.replaceFirst("^jdbc:", ""));
        String name = clusterName(jdbc);
        Resource cluster = postgresClusters(resources).stream()
                .filter(c -> c.name().equals(name) && c.namespace().equals(deployment.namespace())).findFirst()
                .orElse(null);
        if (cluster == null) {
            violations.add(deployment.id() + ": QUARKUS_DATASOURCE_JDBC_URL names host " + uri.getHost()
                    + ", not a CloudNativePG Cluster's service");
            return Optional.empty();
        }
        if (!reaches(resources, client, databasePods(cluster))) {
            violations.add(deployment.id() + ": cannot reach its database " + cluster.id() + " on TCP/5432");
        }
        return Optional.of(cluster.name());
    }

    /** The CloudNativePG cluster a JDBC URL names through one of its services ({@code <cluster>-rw}, ...). */
    static String clusterName(String jdbc) {
        URI uri = URI.create(jdbc.replaceFirst("^jdbc:", ""));
        String host = uri.getHost() == null ? "" : uri.getHost().split("\\.")[0];
        return CNPG_SERVICE_SUFFIXES.stream().filter(host::endsWith).findFirst()
                .map(suffix -> host.substring(0, host.length() - suffix.length())).orElse(host);
    }

    /** The Service an in-cluster {@code http(s)://} URL names; empty for a host outside the cluster. */
    static Optional<String> inClusterService(String url) {
        String host = URI.create(url).getHost() == null ? "" : URI.create(url).getHost();
        boolean inCluster = !host.contains(".") || host.endsWith(".svc") || host.endsWith(".svc.cluster.local");
        return inCluster ? Optional.of(host.split("\\.")[0]) : Optional.empty();
    }

    private static void kafka(List<Resource> resources, Resource deployment, Endpoint client, String bootstrap,
            List<String> violations) {
        for (String server : bootstrap.split(",")) {
            String host = server.trim().replaceFirst(":.*$", "").split("\\.")[0];
            int port = Integer.parseInt(server.trim().replaceFirst("^.*:", ""));
            Resource kafka = ofKind(resources, "Kafka").stream()
                    .filter(k -> host.equals(k.name() + "-kafka-bootstrap")).findFirst().orElse(null);
            if (kafka == null) {
                violations.add(deployment.id() + ": KAFKA_BOOTSTRAP_SERVERS names " + server.trim()
                        + ", not a Kafka's bootstrap service");
                continue;
            }
            Endpoint brokers = new Endpoint(kafka.namespace(),
                    Map.of("strimzi.io/cluster", kafka.name(), "strimzi.io/broker-role", "true"), port, null);
            if (!admits(resources, client, brokers, "egress")) {
                violations.add(deployment.id() + ": its egress does not allow the brokers of " + kafka.id()
                        + " on TCP/" + port);
            }
            // Strimzi turns each listener's networkPolicyPeers into the brokers' ingress policy.
            boolean admitted = false;
            for (JsonNode listener : kafka.spec().path("kafka").path("listeners")) {
                if (listener.path("port").asInt() == port) {
                    JsonNode peers = listener.path("networkPolicyPeers");
                    admitted |= peers.isEmpty() || anyPeer(resources, peers, kafka.namespace(), client);
                }
            }
            if (!admitted) {
                violations.add(kafka.id() + ": no listener on " + port + " admits " + deployment.id()
                        + " (networkPolicyPeers)");
            }
        }
    }

    private static void service(List<Resource> resources, Resource deployment, Endpoint client, String name,
            String url, List<String> violations) {
        URI uri = URI.create(url);
        Optional<String> named = inClusterService(url);
        if (named.isEmpty()) {
            return;
        }
        String serviceName = named.get();
        int port = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
        Resource service = sameNamespace(resources, deployment, "Service").stream()
                .filter(s -> s.name().equals(serviceName)).findFirst().orElse(null);
        if (service == null) {
            violations.add(deployment.id() + ": " + name + " names " + url + ", but there is no Service " + serviceName);
            return;
        }
        JsonNode servicePort = null;
        for (JsonNode candidate : service.spec().path("ports")) {
            if (candidate.path("port").asInt() == port) {
                servicePort = candidate;
            }
        }
        if (servicePort == null) {
            violations.add(deployment.id() + ": " + name + " names " + url + ", but " + service.id() + " has no port "
                    + port);
            return;
        }
        JsonNode target = servicePort.has("targetPort") ? servicePort.get("targetPort") : servicePort.get("port");
        for (Resource server : sameNamespace(resources, deployment, "Deployment")) {
            if (service.spec().path("selector").isEmpty() || !selects(service.spec().path("selector"), podLabels(server))) {
                continue;
            }
            for (ObjectNode container : Kustomize.containers(server)) {
                for (JsonNode declared : container.path("ports")) {
                    boolean matches = target.isInt() ? declared.path("containerPort").asInt() == target.asInt()
                            : declared.path("name").asText().equals(target.asText());
                    Endpoint pods = new Endpoint(server.namespace(), podLabels(server),
                            declared.path("containerPort").asInt(), declared.path("name").asText(null));
                    if (matches && !reaches(resources, client, pods)) {
                        violations.add(deployment.id() + ": cannot reach " + server.id() + " on TCP/"
                                + pods.port() + " (" + name + ")");
                    }
                }
            }
        }
    }

    /** Both the client's egress and the server's ingress let the connection through. */
    static boolean reaches(List<Resource> resources, Endpoint client, Endpoint server) {
        return admits(resources, client, server, "egress") && admits(resources, client, server, "ingress");
    }

    /**
     * Whether the policies on one side let a connection from client to server through: with no policy of that
     * direction selecting the pods everything passes, otherwise one rule must name the peer and the port.
     */
    static boolean admits(List<Resource> resources, Endpoint client, Endpoint server, String direction) {
        Endpoint self = direction.equals("egress") ? client : server;
        Endpoint peer = direction.equals("egress") ? server : client;
        String type = direction.equals("egress") ? "Egress" : "Ingress";
        String peersField = direction.equals("egress") ? "to" : "from";
        boolean restricted = false;
        for (Resource policy : ofKind(resources, "NetworkPolicy")) {
            if (!policy.namespace().equals(self.namespace())
                    || !selects(policy.spec().path("podSelector"), self.labels())
                    || !policyTypes(policy).contains(type)) {
                continue;
            }
            restricted = true;
            for (JsonNode rule : policy.spec().path(direction)) {
                JsonNode peers = rule.path(peersField);
                if ((peers.isEmpty() || anyPeer(resources, peers, policy.namespace(), peer))
                        && portAllowed(rule.path("ports"), server)) {
                    return true;
                }
            }
        }
        return !restricted;
    }

    private static Set<String> policyTypes(Resource policy) {
        if (policy.spec().has("policyTypes")) {
            return texts(policy.spec().path("policyTypes"));
        }
        return policy.spec().has("egress") ? Set.of("Ingress", "Egress") : Set.of("Ingress");
    }

    private static boolean anyPeer(List<Resource> resources, JsonNode peers, String policyNamespace, Endpoint pod) {
        for (JsonNode peer : peers) {
            if (peer.has("ipBlock")) {
                continue;
            }
            boolean namespace = peer.has("namespaceSelector")
                    ? selects(peer.get("namespaceSelector"), namespaceLabels(resources, pod.namespace()))
                    : pod.namespace().equals(policyNamespace);
            boolean pods = !peer.has("podSelector") || selects(peer.get("podSelector"), pod.labels());
            if (namespace && pods) {
                return true;
            }
        }
        return false;
    }

    private static boolean portAllowed(JsonNode ports, Endpoint server) {
        if (ports.isEmpty()) {
            return true;
        }
        for (JsonNode port : ports) {
            if (!port.path("protocol").asText("TCP").equals("TCP")) {
                continue;
            }
            JsonNode number = port.path("port");
            if (number.isMissingNode()
                    || number.isInt() && server.port() >= number.asInt()
                            && server.port() <= port.path("endPort").asInt(number.asInt())
                    || number.isTextual() && number.asText().equals(server.portName())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> namespaceLabels(List<Resource> resources, String namespace) {
        Map<String, String> labels = new HashMap<>();
        ofKind(resources, "Namespace").stream().filter(n -> n.name().equals(namespace))
                .forEach(n -> labels.putAll(labels(n.body().path("metadata").path("labels"))));
        labels.put("kubernetes.io/metadata.name", namespace);
        return labels;
    }

    static List<Resource> postgresClusters(List<Resource> resources) {
        return ofKind(resources, "Cluster").stream().filter(c -> c.group().equals("postgresql.cnpg.io")).toList();
    }

    /** CloudNativePG labels each instance pod with its cluster's name; PostgreSQL listens on 5432 ("postgresql"). */
    static Endpoint databasePods(Resource cluster) {
        return new Endpoint(cluster.namespace(), Map.of("cnpg.io/cluster", cluster.name()), 5432, "postgresql");
    }

    static Map<String, String> podLabels(Resource workload) {
        return labels(workload.spec().path("template").path("metadata").path("labels"));
    }

    /** The container's literal environment: the ConfigMaps it loads whole, then its own env (which wins). */
    static Map<String, String> environment(List<Resource> resources, Resource workload, JsonNode container) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String configMap = source.path("configMapRef").path("name").asText(null);
            String prefix = source.path("prefix").asText("");
            configMap(resources, workload, configMap).ifPresent(map -> map.body().path("data").fields()
                    .forEachRemaining(e -> environment.put(prefix + e.getKey(), e.getValue().asText())));
        }
        for (JsonNode env : container.path("env")) {
            JsonNode ref = env.path("valueFrom").path("configMapKeyRef");
            if (env.has("value")) {
                environment.put(env.path("name").asText(), env.path("value").asText());
            } else if (!ref.isMissingNode()) {
                configMap(resources, workload, ref.path("name").asText())
                        .map(map -> map.body().path("data").path(ref.path("key").asText()))
                        .filter(JsonNode::isTextual)
                        .ifPresent(value -> environment.put(env.path("name").asText(), value.asText()));
            }
        }
        return environment;
    }

    private static Optional<Resource> configMap(List<Resource> resources, Resource workload, String name) {
        return sameNamespace(resources, workload, "ConfigMap").stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private ConnectionChecks() {
    }
}
