package dev.ccp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks can fail: each test breaks one thing in a copy of the production rendering (or writes a bad
 * manifest outright) and expects the checker to name the violation, while the untouched copy passes.
 */
class ManifestCheckerTest {

    private static List<Resource> production() {
        List<Resource> resources = ManifestInvariantsTest.rendered("prod");
        assertThat(WorkloadChecks.probes(resources)).isEmpty();
        assertThat(WorkloadChecks.security(resources)).isEmpty();
        return resources;
    }

    private static List<String> deployments(List<Resource> resources) {
        List<String> names = Manifests.ofKind(resources, "Deployment").stream().map(Resource::name).toList();
        assertThat(names).contains("seller-service", "listing-service");
        return names;
    }

    private static Resource named(List<Resource> resources, String kind, String name) {
        return resources.stream().filter(r -> r.kind().equals(kind) && r.name().equals(name)).findFirst()
                .orElseThrow();
    }

    private static Resource the(List<Resource> resources, String kind) {
        return Manifests.ofKind(resources, kind).get(0);
    }

    private static ObjectNode container(List<Resource> resources) {
        return (ObjectNode) the(resources, "Deployment").body().at("/spec/template/spec/containers/0");
    }

    @Test
    void aDeploymentWithoutReadinessProbeOrWithLivenessOnTheWrongPathIsReported() {
        List<Resource> resources = production();
        container(resources).remove("readinessProbe");
        ((ObjectNode) container(resources).at("/livenessProbe/httpGet")).put("path", "/health");

        assertThat(WorkloadChecks.probes(resources))
                .anySatisfy(v -> assertThat(v).contains("readinessProbe must GET /q/health/ready"))
                .anySatisfy(v -> assertThat(v).contains("livenessProbe must GET /q/health/live"));
    }

    @Test
    void aContainerWithoutMemoryLimitIsReported() {
        List<Resource> resources = production();
        ((ObjectNode) container(resources).at("/resources/limits")).remove("memory");

        assertThat(WorkloadChecks.resources(resources)).singleElement().asString()
                .contains("no resources.limits.memory");
    }

    @Test
    void aRootWritableEscalatingContainerIsReportedOnEveryCount() {
        List<Resource> resources = production();
        ObjectNode context = (ObjectNode) container(resources).get("securityContext");
        context.put("runAsNonRoot", false).put("runAsUser", 0).put("readOnlyRootFilesystem", false)
                .put("allowPrivilegeEscalation", true);
        context.remove("capabilities");

        assertThat(WorkloadChecks.security(resources)).hasSize(5)
                .anySatisfy(v -> assertThat(v).contains("runAsNonRoot must be true"))
                .anySatisfy(v -> assertThat(v).contains("runAsUser must be set and non-zero"))
                .anySatisfy(v -> assertThat(v).contains("readOnlyRootFilesystem must be true"))
                .anySatisfy(v -> assertThat(v).contains("allowPrivilegeEscalation must be false"))
                .anySatisfy(v -> assertThat(v).contains("capabilities must drop ALL"));
    }

    @Test
    void aPodWithoutWritableTmpOrWithAMountedTokenIsReported() {
        List<Resource> resources = production();
        container(resources).remove("volumeMounts");
        ObjectNode pod = (ObjectNode) the(resources, "Deployment").body().at("/spec/template/spec");
        pod.put("automountServiceAccountToken", true);

        assertThat(WorkloadChecks.security(resources))
                .anySatisfy(v -> assertThat(v).contains("/tmp must be mounted from an emptyDir"))
                .anySatisfy(v -> assertThat(v).contains("automountServiceAccountToken must be false"));
    }

    @Test
    void latestAndUntaggedImagesAreReported() {
        List<Resource> resources = production();
        container(resources).put("image", "ccp/seller-service:latest");
        assertThat(WorkloadChecks.pinnedImages(resources)).singleElement().asString().contains("not pinned");

        container(resources).put("image", "ccp/seller-service");
        assertThat(WorkloadChecks.pinnedImages(resources)).singleElement().asString().contains("not pinned");

        container(resources).put("image", "registry.internal:5000/ccp/seller-service@sha256:" + "0".repeat(64));
        assertThat(WorkloadChecks.pinnedImages(resources)).isEmpty();
    }

    @Test
    void aDeploymentWithoutServiceBudgetOrAutoscalerIsReported() {
        List<Resource> resources = new ArrayList<>(production());
        resources.removeIf(r -> List.of("Service", "PodDisruptionBudget", "HorizontalPodAutoscaler").contains(r.kind()));

        List<String> expected = new ArrayList<>();
        for (String deployment : deployments(resources)) {
            expected.add("Deployment/" + deployment + ": no Service selects its pods");
            expected.add("Deployment/" + deployment + ": no PodDisruptionBudget selects its pods");
            expected.add("Deployment/" + deployment + ": no HorizontalPodAutoscaler scales it");
        }
        assertThat(WorkloadChecks.companions(resources)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aServiceThatSelectsOtherPodsOrAFixedReplicaCountIsReported() {
        List<Resource> resources = production();
        ((ObjectNode) the(resources, "Service").spec().get("selector")).put("app.kubernetes.io/name", "seller-servce");
        ((ObjectNode) the(resources, "Deployment").spec()).put("replicas", 2);

        assertThat(WorkloadChecks.companions(resources))
                .anySatisfy(v -> assertThat(v).contains("no Service selects its pods"))
                .anySatisfy(v -> assertThat(v).contains("sets replicas although"));
    }

    @Test
    void aCommittedSecretOrAPasswordInCleanIsReported() {
        List<Resource> manifests = Kustomize.resources("in-memory", """
                apiVersion: v1
                kind: Secret
                metadata:
                  name: seller-service-secrets
                stringData:
                  identity-hmac-key: do-not-commit-me
                ---
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: seller-service-config
                data:
                  QUARKUS_DATASOURCE_PASSWORD: hunter2
                """);

        assertThat(ExposureChecks.noCommittedCredentials(manifests)).containsExactly(
                "Secret/seller-service-secrets: a Secret with data is committed (in-memory)",
                "ConfigMap/seller-service-config: key QUARKUS_DATASOURCE_PASSWORD looks like a credential; use a Secret");
    }

    @Test
    void aSecretNeitherGeneratedNorDocumentedOrAKeyTheOperatorNeverWritesIsReported() {
        List<Resource> resources = production();
        ArrayNode env = (ArrayNode) container(resources).get("env");
        env.addObject().put("name", "API_TOKEN").putObject("valueFrom").putObject("secretKeyRef")
                .put("name", "mystery").put("key", "token");
        env.addObject().put("name", "DB_URL").putObject("valueFrom").putObject("secretKeyRef")
                .put("name", "seller-db-app").put("key", "jdbcuri");

        assertThat(ExposureChecks.secretsAccountedFor(resources, "`seller-service-secrets` `identity-hmac-key` "
                + "`ccp-partner-api-tls` `ccp-internal-api-tls` `tls.crt`"))
                .anySatisfy(v -> assertThat(v).contains("Secret mystery key token is neither generated"))
                .anySatisfy(v -> assertThat(v).contains("Secret seller-db-app has no key jdbcuri"));
    }

    @Test
    void withoutDefaultDenyOrEgressToKafkaTheNetworkChecksFail() {
        List<Resource> resources = new ArrayList<>(production());
        resources.removeIf(r -> r.name().equals("default-deny-ingress"));
        for (Resource policy : Manifests.ofKind(resources, "NetworkPolicy")) {
            policy.spec().path("egress").forEach(rule -> ((ArrayNode) rule.path("ports"))
                    .removeIf(port -> port.path("port").asInt() == 9092));
        }

        assertThat(ExposureChecks.defaultDenyIngress(resources)).isNotEmpty();
        assertThat(ExposureChecks.networkPolicies(resources)).containsExactlyInAnyOrderElementsOf(
                deployments(resources).stream().map(d -> "Deployment/" + d + ": egress to TCP/9092 is not allowed")
                        .toList());
        // A rule left without ports allows every port (Kubernetes' rule): to cut Kafka off, drop the rule itself.
        assertThat(ConnectionChecks.connections(resources)).isEmpty();
        for (Resource policy : Manifests.ofKind(resources, "NetworkPolicy")) {
            if (policy.spec().path("egress") instanceof ArrayNode egress) {
                egress.removeIf(rule -> rule.path("to").toString().contains("strimzi"));
            }
        }
        assertThat(ConnectionChecks.connections(resources)).containsExactlyInAnyOrderElementsOf(
                deployments(resources).stream().map(d -> "Deployment/" + d
                        + ": its egress does not allow the brokers of Kafka/ccp on TCP/9092").toList());
    }

    @Test
    void aTopicInAServiceConfigWithoutKafkaTopicOrAclIsReported() {
        List<Resource> resources = production();
        Properties config = new Properties();
        config.putAll(Map.of(
                "ccp.outbox.topic", "sellers.v1",
                "mp.messaging.incoming.refunds.connector", "smallrye-kafka",
                "mp.messaging.incoming.refunds.topic", "refunds.v1",
                "mp.messaging.incoming.refunds.failure-strategy", "dead-letter-queue"));

        Map<String, Properties> configs = new HashMap<>(ManifestInvariantsTest.serviceConfigs(resources));
        configs.put("seller-service", config);

        assertThat(KafkaChecks.topicsAndAcls(resources, configs)).containsExactlyInAnyOrder(
                "Deployment/seller-service: topic refunds.v1 (mp.messaging.incoming.refunds.topic) has no KafkaTopic",
                "KafkaUser/seller-service: no ACL for Read on topic refunds.v1",
                "Deployment/seller-service: topic dead-letter-topic-refunds (mp.messaging.incoming.refunds."
                        + "dead-letter-queue.topic) has no KafkaTopic",
                "KafkaUser/seller-service: no ACL for Write on topic dead-letter-topic-refunds");
    }

    @Test
    void aKafkaUserWithoutTheAclsOfItsServiceOrAServiceWithoutConfigurationIsReported() {
        List<Resource> resources = new ArrayList<>(production());
        ((ArrayNode) named(resources, "KafkaUser", "listing-service").spec().path("authorization").path("acls"))
                .removeAll();
        Map<String, Properties> configs = new HashMap<>(ManifestInvariantsTest.serviceConfigs(resources));
        configs.remove("seller-service");

        assertThat(KafkaChecks.topicsAndAcls(resources, configs)).containsExactlyInAnyOrder(
                "Deployment/seller-service: no application.properties found for this service",
                "KafkaUser/listing-service: no ACL for Write on topic listings.v1",
                "KafkaUser/listing-service: no ACL for Read on topic sellers.v1",
                "KafkaUser/listing-service: no ACL for Read on group listing-service",
                "KafkaUser/listing-service: no ACL for Write on topic sellers.v1.dlq",
                "KafkaUser/listing-service: no ACL for Read on topic takedowns.v1",
                "KafkaUser/listing-service: no ACL for Read on group listing-service-brand-overturns",
                "KafkaUser/listing-service: no ACL for Write on topic takedowns.v1.dlq");

        resources.removeIf(r -> r.id().equals("KafkaUser/listing-service"));
        assertThat(KafkaChecks.topicsAndAcls(resources, configs))
                .contains("Deployment/listing-service: no KafkaUser listing-service");
    }

    @Test
    void aDatabaseThatAdmitsAnotherServiceInsteadOfItsOwnIsReported() {
        List<Resource> resources = production();
        ObjectNode owner = (ObjectNode) named(resources, "NetworkPolicy", "listing-db").spec()
                .at("/ingress/0/from/0/podSelector/matchLabels");
        owner.put("app.kubernetes.io/name", "seller-service");

        assertThat(ConnectionChecks.connections(resources)).containsExactlyInAnyOrder(
                "Deployment/listing-service: cannot reach its database Cluster/listing-db on TCP/5432",
                "Deployment/seller-service: may reach Cluster/listing-db, the database of [listing-service]");
    }

    @Test
    void aServiceTheOthersCannotReachOrAUrlWithTheWrongPortIsReported() {
        List<Resource> resources = production();
        // seller-service's pods stop admitting the other services (only ingress controllers and monitoring).
        ((ArrayNode) named(resources, "NetworkPolicy", "ccp-services-ingress").spec().at("/ingress/0/from"))
                .remove(1);
        assertThat(ConnectionChecks.connections(resources)).containsExactlyInAnyOrder(
                "Deployment/listing-service: cannot reach Deployment/seller-service on TCP/8080 (SELLER_SERVICE_URL)",
                "Deployment/takedown-service: cannot reach Deployment/listing-service on TCP/8080 "
                        + "(TAKEDOWN_LISTING_SERVICE_URL)",
                "Deployment/takedown-service: cannot reach Deployment/seller-service on TCP/8080 "
                        + "(TAKEDOWN_SELLER_SERVICE_URL)",
                "Deployment/litigation-service: cannot reach Deployment/seller-service on TCP/8080 "
                        + "(LITIGATION_SELLER_SERVICE_URL)",
                "Deployment/litigation-service: cannot reach Deployment/listing-service on TCP/8080 "
                        + "(LITIGATION_LISTING_SERVICE_URL)");

        List<Resource> wrongPort = production();
        ((ObjectNode) named(wrongPort, "ConfigMap", "listing-service-config").body().get("data"))
                .put("SELLER_SERVICE_URL", "http://seller-service:8081");
        assertThat(ConnectionChecks.connections(wrongPort)).containsExactly(
                "Deployment/listing-service: SELLER_SERVICE_URL names http://seller-service:8081, but "
                        + "Service/seller-service has no port 8081");
    }

    @Test
    void aKafkaListenerThatAdmitsNoServiceOrADatabaseUrlNamingNoClusterIsReported() {
        List<Resource> resources = production();
        ((ObjectNode) the(resources, "Kafka").spec().at("/kafka/listeners/0/networkPolicyPeers/0/podSelector/matchLabels"))
                .put("app.kubernetes.io/component", "batch");
        ((ObjectNode) named(resources, "ConfigMap", "seller-service-config").body().get("data"))
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://postgres:5432/ccp_seller");

        assertThat(ConnectionChecks.connections(resources)).containsExactlyInAnyOrder(
                "Kafka/ccp: no listener on 9092 admits Deployment/seller-service (networkPolicyPeers)",
                "Kafka/ccp: no listener on 9092 admits Deployment/listing-service (networkPolicyPeers)",
                "Kafka/ccp: no listener on 9092 admits Deployment/takedown-service (networkPolicyPeers)",
                "Kafka/ccp: no listener on 9092 admits Deployment/litigation-service (networkPolicyPeers)",
                "Deployment/seller-service: QUARKUS_DATASOURCE_JDBC_URL names host postgres, not a CloudNativePG "
                        + "Cluster's service",
                "Deployment/seller-service: may reach Cluster/seller-db, the database of [no service]");
    }

    @Test
    void takedownServiceUnderTheSharedEgressPoliciesOrReachingOutOnAnotherPortIsReported() {
        List<Resource> resources = production();
        for (String shared : List.of("ccp-services-egress", "ccp-services-egress-identity-provider")) {
            ((ObjectNode) named(resources, "NetworkPolicy", shared).spec().get("podSelector")).remove("matchExpressions");
        }
        assertThat(EgressChecks.onlyWhatItUses(resources, "takedown-service")).containsExactlyInAnyOrder(
                "NetworkPolicy/ccp-services-egress-identity-provider: an egress rule without `to` reaches every address",
                "Deployment/takedown-service: its egress reaches Deployment/litigation-service on TCP/8080, which it "
                        + "does not call",
                "Deployment/takedown-service: its egress reaches Cluster/seller-db, not its database",
                "Deployment/takedown-service: its egress reaches Cluster/listing-db, not its database",
                "Deployment/takedown-service: its egress reaches Cluster/litigation-db, not its database");

        List<Resource> otherPort = production();
        ObjectNode port = (ObjectNode) named(otherPort, "NetworkPolicy", "takedown-service-egress-payment-provider")
                .spec().at("/egress/0/ports/0");
        port.put("port", 80);
        ((ArrayNode) named(otherPort, "NetworkPolicy", "takedown-service-egress").spec().get("egress")).addObject()
                .putArray("to").addObject().putObject("podSelector");
        assertThat(EgressChecks.onlyWhatItUses(otherPort, "takedown-service")).containsExactlyInAnyOrder(
                "NetworkPolicy/takedown-service-egress-payment-provider: ipBlock 203.0.113.0/28 on TCP/80 "
                        + "(only TCP/443 leaves the cluster)",
                "NetworkPolicy/takedown-service-egress: an egress rule without ports reaches every port",
                "NetworkPolicy/takedown-service-egress: an egress peer {\"podSelector\":{}} selects every pod of its "
                        + "namespaces",
                "Deployment/takedown-service: its egress reaches Deployment/litigation-service on TCP/8080, which it "
                        + "does not call",
                "Deployment/takedown-service: its egress reaches Cluster/seller-db, not its database",
                "Deployment/takedown-service: its egress reaches Cluster/listing-db, not its database",
                "Deployment/takedown-service: its egress reaches Cluster/litigation-db, not its database");

        // A service it no longer calls must no longer be reachable.
        List<Resource> fewerCalls = production();
        ((ObjectNode) named(fewerCalls, "ConfigMap", "takedown-service-config").body().get("data"))
                .remove("TAKEDOWN_SELLER_SERVICE_URL");
        assertThat(EgressChecks.onlyWhatItUses(fewerCalls, "takedown-service")).containsExactly(
                "Deployment/takedown-service: its egress reaches Deployment/seller-service on TCP/8080, which it "
                        + "does not call");
    }

    @Test
    void litigationServiceUnderTheSharedEgressPoliciesOrCallingFewerServicesIsReported() {
        List<Resource> resources = production();
        for (String shared : List.of("ccp-services-egress", "ccp-services-egress-identity-provider")) {
            ((ObjectNode) named(resources, "NetworkPolicy", shared).spec().get("podSelector")).remove("matchExpressions");
        }
        assertThat(EgressChecks.onlyWhatItUses(resources, "litigation-service")).containsExactlyInAnyOrder(
                "NetworkPolicy/ccp-services-egress-identity-provider: an egress rule without `to` reaches every address",
                "Deployment/litigation-service: its egress reaches Deployment/takedown-service on TCP/8080, which it "
                        + "does not call",
                "Deployment/litigation-service: its egress reaches Cluster/seller-db, not its database",
                "Deployment/litigation-service: its egress reaches Cluster/listing-db, not its database",
                "Deployment/litigation-service: its egress reaches Cluster/takedown-db, not its database");

        List<Resource> fewerCalls = production();
        ((ObjectNode) named(fewerCalls, "ConfigMap", "litigation-service-config").body().get("data"))
                .remove("LITIGATION_SELLER_SERVICE_URL");
        assertThat(EgressChecks.onlyWhatItUses(fewerCalls, "litigation-service")).containsExactly(
                "Deployment/litigation-service: its egress reaches Deployment/seller-service on TCP/8080, which it "
                        + "does not call");
    }

    @Test
    void aProviderRangeLeftAsThePlaceholderOpenToTheInternetOrPointingInsideIsReported() {
        Set<String> placeholders = ManifestInvariantsTest.basePlaceholderRanges();
        assertThat(placeholders).containsExactlyInAnyOrder("192.0.2.1/32", "192.0.2.2/32", "192.0.2.3/32");
        List<Resource> base = Kustomize.render(ManifestInvariantsTest.DEPLOY.resolve("base")).resources();
        assertThat(EgressChecks.externalRanges(base, placeholders)).containsExactlyInAnyOrder(
                "NetworkPolicy/takedown-service-egress-payment-provider: ipBlock 192.0.2.1/32 is the base's "
                        + "placeholder; the overlay must set the provider's range",
                "NetworkPolicy/takedown-service-egress-identity-provider: ipBlock 192.0.2.2/32 is the base's "
                        + "placeholder; the overlay must set the provider's range",
                "NetworkPolicy/litigation-service-egress-identity-provider: ipBlock 192.0.2.3/32 is the base's "
                        + "placeholder; the overlay must set the provider's range");

        Map<String, String> problems = Map.of(
                "0.0.0.0/0", "is open to a large part of the internet (wider than /16)",
                "52.0.0.0/8", "is open to a large part of the internet (wider than /16)",
                "169.254.169.254/32", "is a private, loopback, link-local or multicast range, not a provider "
                        + "outside the cluster",
                "10.20.0.0/16", "is a private, loopback, link-local or multicast range, not a provider outside "
                        + "the cluster",
                "payments.example.com", "is not a CIDR range");
        problems.forEach((cidr, problem) -> {
            List<Resource> resources = production();
            ((ObjectNode) named(resources, "NetworkPolicy", "takedown-service-egress-payment-provider").spec()
                    .at("/egress/0/to/0/ipBlock")).put("cidr", cidr);
            assertThat(EgressChecks.externalRanges(resources, placeholders)).as(cidr).containsExactly(
                    "NetworkPolicy/takedown-service-egress-payment-provider: ipBlock " + cidr + " " + problem);
        });
    }

    @Test
    void aKafkaUserGrantingMoreOrLessThanItNeedsIsReported() {
        List<Resource> resources = new ArrayList<>(production());
        ArrayNode acls = (ArrayNode) named(resources, "KafkaUser", "takedown-service").spec()
                .at("/authorization/acls");
        acls.removeIf(acl -> acl.at("/resource/name").asText().equals("listings.v1.dlq"));
        ObjectNode extra = acls.addObject();
        extra.putObject("resource").put("type", "topic").put("name", "sellers.v1").put("patternType", "literal");
        extra.putArray("operations").add("Read");
        assertThat(KafkaChecks.exactGrants(resources, "takedown-service",
                KafkaChecks.grants(named(production(), "KafkaUser", "takedown-service")))).containsExactly(
                "KafkaUser/takedown-service: no ACL for Describe on topic listings.v1.dlq",
                "KafkaUser/takedown-service: no ACL for Write on topic listings.v1.dlq",
                "KafkaUser/takedown-service: grants Read on topic sellers.v1, which it does not need");

        ObjectNode everything = ((ArrayNode) named(resources, "KafkaUser", "ccp-dlq-replay").spec()
                .at("/authorization/acls")).addObject();
        everything.putObject("resource").put("type", "topic").put("name", "").put("patternType", "prefix");
        everything.putArray("operations").add("Read");
        Resource refunds = named(resources, "KafkaTopic", "takedowns.v1.dlq").copy();
        ((ObjectNode) refunds.body().get("metadata")).put("name", "refunds.v1.dlq");
        resources.add(refunds);
        List<String> violations = new ArrayList<>();
        Set<KafkaChecks.Grant> expected = KafkaChecks.deadLetterReplay(resources, "ccp-dlq-replay", violations);
        violations.addAll(KafkaChecks.exactGrants(resources, "ccp-dlq-replay", expected));
        assertThat(violations).containsExactly(
                "KafkaTopic refunds.v1.dlq: no KafkaTopic refunds.v1 to replay it into",
                "KafkaUser/ccp-dlq-replay: no ACL for Describe on topic refunds.v1",
                "KafkaUser/ccp-dlq-replay: no ACL for Describe on topic refunds.v1.dlq",
                "KafkaUser/ccp-dlq-replay: no ACL for Read on topic refunds.v1.dlq",
                "KafkaUser/ccp-dlq-replay: no ACL for Write on topic refunds.v1",
                "KafkaUser/ccp-dlq-replay: grants Read on topic  (prefix), which it does not need");
    }

    @Test
    void aCredentialEnvMayNameAFileOfAMountedSecretButNothingElse() {
        List<Resource> resources = production();
        ArrayNode env = (ArrayNode) Kustomize.containers(named(resources, "Deployment", "listing-service")).get(0)
                .get("env");
        assertThat(ExposureChecks.noCommittedCredentials(resources)).isEmpty();

        env.addObject().put("name", "OTHER_SIGNING_KEY").put("value", "/tmp/private-key.pem");
        env.addObject().put("name", "ESCAPING_KEY").put("value", "/etc/ccp/partner-token/../../../tmp/key.pem");
        env.addObject().put("name", "INLINE_PRIVATE_KEY").put("value", "-----BEGIN PRIVATE KEY-----MIIE...");

        assertThat(ExposureChecks.noCommittedCredentials(resources)).containsExactlyInAnyOrder(
                "Deployment/listing-service: env OTHER_SIGNING_KEY has a literal value; reference a Secret "
                        + "(or a file of a mounted Secret)",
                "Deployment/listing-service: env ESCAPING_KEY has a literal value; reference a Secret "
                        + "(or a file of a mounted Secret)",
                "Deployment/listing-service: env INLINE_PRIVATE_KEY has a literal value; reference a Secret "
                        + "(or a file of a mounted Secret)");
    }

    @Test
    void aMountedSecretKeyTheReadmeDoesNotListIsReported() {
        List<Resource> resources = production();
        ObjectNode volume = (ObjectNode) named(resources, "Deployment", "listing-service").spec()
                .at("/template/spec/volumes/1/secret");
        assertThat(volume.path("secretName").asText()).isEqualTo("listing-service-partner-token");
        ((ObjectNode) volume.at("/items/0")).put("key", "private-key.der");

        assertThat(ExposureChecks.secretsAccountedFor(resources, readme())).containsExactly(
                "Deployment/listing-service: Secret listing-service-partner-token key private-key.der is neither "
                        + "generated by an operator nor documented in deploy/README.md");
    }

    private static String readme() {
        try {
            return Files.readString(ManifestInvariantsTest.DEPLOY.resolve("README.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aTopicWithMoreReplicasThanBrokersOrTooFewInSyncIsReported() {
        List<Resource> resources = production();
        for (Resource pool : Manifests.ofKind(resources, "KafkaNodePool")) {
            ((ObjectNode) pool.spec()).put("replicas", 2);
        }
        ObjectNode casesTopic = (ObjectNode) resources.stream().filter(r -> r.name().equals("cases.v1"))
                .findFirst().orElseThrow().spec();
        ((ObjectNode) casesTopic.get("config")).put("min.insync.replicas", 1);

        assertThat(KafkaChecks.topicReplication(resources, 3, 2))
                .contains("KafkaTopic/cases.v1: min.insync.replicas 1 must be between 2 and its 3 replicas")
                .contains("KafkaTopic/sellers.v1: 3 replicas but cluster ccp has 2 brokers");
    }

    @Test
    void oneIngressForBothApisOrAPublicIngressWithoutRateLimitIsReported() {
        List<Resource> resources = Kustomize.resources("in-memory", """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: everything
                spec:
                  ingressClassName: nginx
                  rules:
                    - host: ccp.example.com
                      http:
                        paths:
                          - path: /partner/v1
                            pathType: Prefix
                            backend: {service: {name: listing-service, port: {name: http}}}
                          - path: /api/v1
                            pathType: Prefix
                            backend: {service: {name: seller-service, port: {name: http}}}
                          - path: /q
                            pathType: Prefix
                            backend: {service: {name: seller-service, port: {name: http}}}
                """);

        assertThat(ExposureChecks.ingressSplit(resources))
                .contains("Ingress/everything: routes both /partner/v1 and /api/v1")
                .contains("Ingress/everything: exposes '/q' (health, metrics and OpenAPI stay inside)")
                .contains("Ingress/everything: host ccp.example.com has no TLS secret")
                .contains("Ingress/everything: the public Ingress has no rate-limit annotation");
    }

    @Test
    void aSingleReplicaProductionIsReported() {
        List<Resource> resources = ManifestInvariantsTest.rendered("dev");
        List<String> expected = new ArrayList<>();
        for (String deployment : deployments(resources)) {
            expected.add("HorizontalPodAutoscaler/" + deployment + ": minReplicas must be at least 2");
        }
        Manifests.ofKind(resources, "Cluster")
                .forEach(c -> expected.add(c.id() + ": 1 PostgreSQL instances, 3 required"));
        assertThat(expected).contains("Cluster/seller-db: 1 PostgreSQL instances, 3 required",
                "Cluster/listing-db: 1 PostgreSQL instances, 3 required");
        assertThat(WorkloadChecks.highAvailability(resources)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aMissingResourceOrAnUnknownKustomizationFieldIsAProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), """
                resources:
                  - deployment.yaml
                configMapGenerator:
                  - name: generated
                """);

        assertThat(Kustomize.render(dir).problems()).containsExactlyInAnyOrder(
                dir.resolve("kustomization.yaml") + ": resource 'deployment.yaml' does not exist",
                dir.resolve("kustomization.yaml")
                        + ": field 'configMapGenerator' is not understood by the test's renderer");
    }

    @Test
    void patchesMergeContainersByNameAndImagesPinTheTag(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("base"));
        Files.writeString(dir.resolve("base/kustomization.yaml"), "resources: [app.yaml]\n");
        Files.writeString(dir.resolve("base/app.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - {name: app, image: ccp/app, resources: {limits: {cpu: "1", memory: 1Gi}}}
                        - {name: sidecar, image: other/sidecar:1.0}
                """);
        Files.writeString(dir.resolve("kustomization.yaml"), """
                namespace: ccp
                resources: [base]
                images:
                  - {name: ccp/app, newTag: "2.0"}
                patches:
                  - patch: |-
                      apiVersion: apps/v1
                      kind: Deployment
                      metadata: {name: app}
                      spec:
                        template:
                          spec:
                            containers:
                              - {name: app, resources: {limits: {memory: 2Gi}}}
                """);

        Kustomize.Rendering rendering = Kustomize.render(dir);

        assertThat(rendering.problems()).isEmpty();
        Resource app = rendering.resources().get(0);
        assertThat(app.namespace()).isEqualTo("ccp");
        assertThat(app.body().at("/spec/template/spec/containers/0/image").asText()).isEqualTo("ccp/app:2.0");
        assertThat(app.body().at("/spec/template/spec/containers/0/resources/limits").toString())
                .isEqualTo("{\"cpu\":\"1\",\"memory\":\"2Gi\"}");
        assertThat(app.body().at("/spec/template/spec/containers/1/image").asText()).isEqualTo("other/sidecar:1.0");
    }
}
