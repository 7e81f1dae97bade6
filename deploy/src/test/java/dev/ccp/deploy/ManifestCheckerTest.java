package dev.ccp.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

        assertThat(WorkloadChecks.companions(resources)).containsExactlyInAnyOrder(
                "Deployment/seller-service: no Service selects its pods",
                "Deployment/seller-service: no PodDisruptionBudget selects its pods",
                "Deployment/seller-service: no HorizontalPodAutoscaler scales it");
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
        assertThat(ExposureChecks.networkPolicies(resources))
                .containsExactly("Deployment/seller-service: egress to TCP/9092 is not allowed");
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

        assertThat(KafkaChecks.topicsAndAcls(resources, Map.of("seller-service", config))).containsExactlyInAnyOrder(
                "Deployment/seller-service: topic refunds.v1 (mp.messaging.incoming.refunds.topic) has no KafkaTopic",
                "KafkaUser/seller-service: no ACL for Read on topic refunds.v1",
                "Deployment/seller-service: topic dead-letter-topic-refunds (mp.messaging.incoming.refunds."
                        + "dead-letter-queue.topic) has no KafkaTopic",
                "KafkaUser/seller-service: no ACL for Write on topic dead-letter-topic-refunds");
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
        assertThat(WorkloadChecks.highAvailability(resources)).containsExactlyInAnyOrder(
                "HorizontalPodAutoscaler/seller-service: minReplicas must be at least 2",
                "Cluster/seller-db: 1 PostgreSQL instances, 3 required");
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
