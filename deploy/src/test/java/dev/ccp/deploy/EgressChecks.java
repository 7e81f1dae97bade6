package dev.ccp.deploy;

import static dev.ccp.deploy.Manifests.ofKind;
import static dev.ccp.deploy.Manifests.sameNamespace;
import static dev.ccp.deploy.Manifests.selects;
import static dev.ccp.deploy.Manifests.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a service that must reach only what it uses (takedown-service, which holds the payment provider's key)
 * may connect, evaluated as Kubernetes evaluates NetworkPolicies, and the address ranges outside the cluster that
 * an overlay opens. Each check returns its violations as sentences; none means the invariant holds.
 */
final class EgressChecks {
    /** The one port a pod may use to leave the cluster: HTTPS to a provider's API. */
    private static final int EXTERNAL_PORT = 443;
    /** A provider publishes narrow ranges; anything wider reaches a large part of the internet. */
    private static final int WIDEST_IPV4_PREFIX = 16;
    private static final int WIDEST_IPV6_PREFIX = 32;

    /**
     * Every egress rule that applies to the service's pods names its peers and its ports; each peer selects
     * labelled pods or is an address range, and address ranges are reached on TCP/443 only. Inside the cluster
     * its egress reaches no Deployment but those behind the Services its {@code http://} URLs name, and no
     * database but the one its {@code QUARKUS_DATASOURCE_JDBC_URL} names (DNS and the brokers are the only other
     * pods its rules may select, which the label-selector requirement keeps narrow).
     */
    static List<String> onlyWhatItUses(List<Resource> resources, String service) {
        Resource deployment = ofKind(resources, "Deployment").stream().filter(d -> d.name().equals(service))
                .findFirst().orElse(null);
        if (deployment == null) {
            return List.of("no Deployment " + service);
        }
        List<String> violations = new ArrayList<>();
        Map<String, String> labels = ConnectionChecks.podLabels(deployment);
        List<Resource> policies = sameNamespace(resources, deployment, "NetworkPolicy").stream()
                .filter(p -> selects(p.spec().path("podSelector"), labels) && egressPolicy(p)).toList();
        if (policies.isEmpty()) {
            violations.add(deployment.id() + ": no NetworkPolicy restricts its egress");
        }
        for (Resource policy : policies) {
            for (JsonNode rule : policy.spec().path("egress")) {
                violations.addAll(ruleViolations(policy, rule));
            }
        }

        Set<String> database = new HashSet<>();
        Set<String> services = new HashSet<>();
        for (ObjectNode container : Kustomize.containers(deployment)) {
            ConnectionChecks.environment(resources, deployment, container).forEach((name, value) -> {
                if (name.equals("QUARKUS_DATASOURCE_JDBC_URL")) {
                    database.add(ConnectionChecks.clusterName(value));
                } else if (value.startsWith("http://") || value.startsWith("https://")) {
                    ConnectionChecks.inClusterService(value).ifPresent(services::add);
                }
            });
        }
        ConnectionChecks.Endpoint client = new ConnectionChecks.Endpoint(deployment.namespace(), labels, 0, null);
        for (Resource other : sameNamespace(resources, deployment, "Deployment")) {
            if (other.name().equals(service) || calledThroughAService(resources, other, services)) {
                continue;
            }
            for (ObjectNode container : Kustomize.containers(other)) {
                for (JsonNode port : container.path("ports")) {
                    ConnectionChecks.Endpoint pods = new ConnectionChecks.Endpoint(other.namespace(),
                            ConnectionChecks.podLabels(other), port.path("containerPort").asInt(),
                            port.path("name").asText(null));
                    if (ConnectionChecks.admits(resources, client, pods, "egress")) {
                        violations.add(deployment.id() + ": its egress reaches " + other.id() + " on TCP/"
                                + pods.port() + ", which it does not call");
                    }
                }
            }
        }
        for (Resource cluster : ConnectionChecks.postgresClusters(resources)) {
            if (cluster.namespace().equals(deployment.namespace()) && !database.contains(cluster.name())
                    && ConnectionChecks.admits(resources, client, ConnectionChecks.databasePods(cluster), "egress")) {
                violations.add(deployment.id() + ": its egress reaches " + cluster.id() + ", not its database");
            }
        }
        return violations;
    }

    private static boolean egressPolicy(Resource policy) {
        return policy.spec().has("policyTypes") ? texts(policy.spec().path("policyTypes")).contains("Egress")
                : policy.spec().has("egress");
    }

    private static List<String> ruleViolations(Resource policy, JsonNode rule) {
        List<String> violations = new ArrayList<>();
        if (rule.path("to").isEmpty()) {
            violations.add(policy.id() + ": an egress rule without `to` reaches every address");
        }
        if (rule.path("ports").isEmpty()) {
            violations.add(policy.id() + ": an egress rule without ports reaches every port");
        }
        for (JsonNode peer : rule.path("to")) {
            if (peer.has("ipBlock")) {
                for (JsonNode port : rule.path("ports")) {
                    if (!port.path("protocol").asText("TCP").equals("TCP") || port.path("port").asInt() != EXTERNAL_PORT
                            || port.has("endPort")) {
                        violations.add(policy.id() + ": ipBlock " + peer.at("/ipBlock/cidr").asText() + " on "
                                + port.path("protocol").asText("TCP") + "/" + port.path("port").asText()
                                + " (only TCP/" + EXTERNAL_PORT + " leaves the cluster)");
                    }
                }
            } else if (emptySelector(peer.path("podSelector"))) {
                violations.add(policy.id() + ": an egress peer " + peer + " selects every pod of its namespaces");
            }
        }
        return violations;
    }

    private static boolean emptySelector(JsonNode selector) {
        return selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty();
    }

    private static boolean calledThroughAService(List<Resource> resources, Resource deployment, Set<String> services) {
        return sameNamespace(resources, deployment, "Service").stream()
                .anyMatch(s -> services.contains(s.name()) && !s.spec().path("selector").isEmpty()
                        && selects(s.spec().path("selector"), ConnectionChecks.podLabels(deployment)));
    }

    /** The address ranges (ipBlock CIDRs) a NetworkPolicy opens to its pods. */
    static List<String> ranges(List<Resource> resources, String policy) {
        List<String> ranges = new ArrayList<>();
        ofKind(resources, "NetworkPolicy").stream().filter(p -> p.name().equals(policy))
                .forEach(p -> p.spec().path("egress").forEach(rule -> rule.path("to").forEach(peer -> {
                    if (peer.has("ipBlock")) {
                        ranges.add(peer.at("/ipBlock/cidr").asText());
                    }
                })));
        return ranges;
    }

    /**
     * Every address range an egress rule opens was set for this environment (it is not one of the base's
     * placeholders), is not open to the internet (0.0.0.0/0 or wider than /16), and does not point back inside
     * (private, loopback, link-local such as the cloud's metadata service, or multicast addresses).
     */
    static List<String> externalRanges(List<Resource> resources, Set<String> placeholders) {
        List<String> violations = new ArrayList<>();
        for (Resource policy : ofKind(resources, "NetworkPolicy")) {
            for (String cidr : ranges(List.of(policy), policy.name())) {
                if (placeholders.contains(cidr)) {
                    violations.add(policy.id() + ": ipBlock " + cidr + " is the base's placeholder; the overlay "
                            + "must set the provider's range");
                    continue;
                }
                String problem = rangeProblem(cidr);
                if (problem != null) {
                    violations.add(policy.id() + ": ipBlock " + cidr + " " + problem);
                }
            }
        }
        return violations;
    }

    private static String rangeProblem(String cidr) {
        String[] parts = cidr.split("/", 2);
        // Only literal addresses: InetAddress would look anything else up in DNS.
        boolean literal = parts[0].matches("\\d{1,3}(\\.\\d{1,3}){3}")
                || parts[0].matches("[0-9a-fA-F:]*:[0-9a-fA-F:]*");
        if (!literal || parts.length != 2 || !parts[1].matches("\\d{1,3}")) {
            return "is not a CIDR range";
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(parts[0]);
        } catch (UnknownHostException e) {
            return "is not a CIDR range";
        }
        int prefix = Integer.parseInt(parts[1]);
        boolean ipv4 = address.getAddress().length == 4;
        if (prefix < (ipv4 ? WIDEST_IPV4_PREFIX : WIDEST_IPV6_PREFIX)) {
            return "is open to a large part of the internet (wider than /"
                    + (ipv4 ? WIDEST_IPV4_PREFIX : WIDEST_IPV6_PREFIX) + ")";
        }
        boolean uniqueLocal = !ipv4 && (address.getAddress()[0] & 0xfe) == 0xfc;
        if (address.isSiteLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal) {
            return "is a private, loopback, link-local or multicast range, not a provider outside the cluster";
        }
        return null;
    }

    private EgressChecks() {
    }
}
