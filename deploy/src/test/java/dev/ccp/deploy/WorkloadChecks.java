package dev.ccp.deploy;

import static dev.ccp.deploy.Manifests.declaresPort;
import static dev.ccp.deploy.Manifests.labels;
import static dev.ccp.deploy.Manifests.ofKind;
import static dev.ccp.deploy.Manifests.sameNamespace;
import static dev.ccp.deploy.Manifests.selects;
import static dev.ccp.deploy.Manifests.subset;
import static dev.ccp.deploy.Manifests.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What every Deployment must have: health probes, resource bounds, a locked-down pod, a pinned image, and the
 * Service, PodDisruptionBudget and HorizontalPodAutoscaler around it. Each check returns its violations as
 * sentences naming the object ("Deployment/seller-service: ..."); none means the invariant holds.
 */
final class WorkloadChecks {
    static final String LIVENESS_PATH = "/q/health/live";
    static final String READINESS_PATH = "/q/health/ready";

    /** Liveness on /q/health/live, readiness on /q/health/ready, a startup probe on /q/health/*, on a declared port. */
    static List<String> probes(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            for (JsonNode container : deployment.spec().path("template").path("spec").path("containers")) {
                String where = deployment.id() + " container " + container.path("name").asText();
                probe(violations, where, container, "livenessProbe", p -> p.equals(LIVENESS_PATH), LIVENESS_PATH);
                probe(violations, where, container, "readinessProbe", p -> p.equals(READINESS_PATH), READINESS_PATH);
                probe(violations, where, container, "startupProbe", p -> p.startsWith("/q/health/"), "/q/health/*");
            }
        }
        return violations;
    }

    private static void probe(List<String> violations, String where, JsonNode container, String probe,
            Predicate<String> pathOk, String expected) {
        JsonNode get = container.path(probe).path("httpGet");
        if (!pathOk.test(get.path("path").asText())) {
            violations.add(where + ": " + probe + " must GET " + expected + ", has " + container.path(probe));
        } else if (!declaresPort(container, get.path("port"))) {
            violations.add(where + ": " + probe + " uses port " + get.path("port")
                    + ", which the container does not declare");
        }
    }

    /** CPU and memory, each with a request and a limit, on every container including init containers. */
    static List<String> resources(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource workload : ofKind(resources, "Deployment")) {
            for (ObjectNode container : Kustomize.containers(workload)) {
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.path("resources").path(bound).path(resource).asText().isBlank()) {
                            violations.add(workload.id() + " container " + container.path("name").asText()
                                    + ": no resources." + bound + "." + resource);
                        }
                    }
                }
            }
        }
        return violations;
    }

    /**
     * Non-root with a non-zero uid, read-only root filesystem with /tmp on an emptyDir, no privilege escalation,
     * every capability dropped, the runtime's seccomp profile, and no service account token mounted.
     */
    static List<String> security(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            JsonNode pod = deployment.spec().path("template").path("spec");
            JsonNode podContext = pod.path("securityContext");
            for (ObjectNode container : Kustomize.containers(deployment)) {
                String where = deployment.id() + " container " + container.path("name").asText();
                JsonNode context = container.path("securityContext");
                if (!effective(context, podContext, "runAsNonRoot").asBoolean(false)) {
                    violations.add(where + ": runAsNonRoot must be true");
                }
                JsonNode user = effective(context, podContext, "runAsUser");
                if (!user.canConvertToInt() || user.asInt() == 0) {
                    violations.add(where + ": runAsUser must be set and non-zero, is " + user);
                }
                if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
                    violations.add(where + ": readOnlyRootFilesystem must be true");
                }
                if (!context.path("allowPrivilegeEscalation").isBoolean()
                        || context.path("allowPrivilegeEscalation").asBoolean()) {
                    violations.add(where + ": allowPrivilegeEscalation must be false");
                }
                if (!texts(context.path("capabilities").path("drop")).contains("ALL")) {
                    violations.add(where + ": capabilities must drop ALL");
                }
                if (!effective(context, podContext, "seccompProfile").path("type").asText().equals("RuntimeDefault")) {
                    violations.add(where + ": seccompProfile must be RuntimeDefault");
                }
                if (!tmpIsEmptyDir(pod, container)) {
                    violations.add(where + ": /tmp must be mounted from an emptyDir (the root filesystem is read-only)");
                }
            }
            if (!tokenNotMounted(resources, deployment, pod)) {
                violations.add(deployment.id() + ": automountServiceAccountToken must be false");
            }
        }
        return violations;
    }

    private static JsonNode effective(JsonNode container, JsonNode pod, String field) {
        return container.has(field) ? container.get(field) : pod.path(field);
    }

    private static boolean tmpIsEmptyDir(JsonNode pod, JsonNode container) {
        for (JsonNode mount : container.path("volumeMounts")) {
            if (mount.path("mountPath").asText().equals("/tmp")) {
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").equals(mount.path("name")) && volume.has("emptyDir")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean tokenNotMounted(List<Resource> resources, Resource deployment, JsonNode pod) {
        if (pod.has("automountServiceAccountToken")) {
            return !pod.get("automountServiceAccountToken").asBoolean();
        }
        String account = pod.path("serviceAccountName").asText("default");
        return resources.stream().anyMatch(r -> r.kind().equals("ServiceAccount") && r.name().equals(account)
                && r.namespace().equals(deployment.namespace())
                && r.body().path("automountServiceAccountToken").isBoolean()
                && !r.body().path("automountServiceAccountToken").asBoolean());
    }

    /** Every container image names a tag other than "latest", or a digest. */
    static List<String> pinnedImages(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource resource : resources) {
            for (ObjectNode container : Kustomize.containers(resource)) {
                String image = container.path("image").asText();
                boolean digest = image.contains("@sha256:");
                boolean untagged = Kustomize.imageName(image).equals(image);
                if (!digest && (untagged || image.endsWith(":latest"))) {
                    violations.add(resource.id() + " container " + container.path("name").asText()
                            + ": image '" + image + "' is not pinned to a version");
                }
            }
        }
        return violations;
    }

    /**
     * Each Deployment has a Service selecting its pods (on a port the container declares), a PodDisruptionBudget
     * selecting them, and an autoscaling/v2 HorizontalPodAutoscaler on CPU that owns its replica count.
     */
    static List<String> companions(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            Map<String, String> labels = labels(deployment.spec().path("template").path("metadata").path("labels"));
            if (!selects(deployment.spec().path("selector"), labels)) {
                violations.add(deployment.id() + ": its selector does not match its own pod labels");
            }
            List<Resource> services = sameNamespace(resources, deployment, "Service").stream()
                    .filter(s -> !s.spec().path("selector").isEmpty() && subset(labels(s.spec().path("selector")), labels))
                    .toList();
            if (services.isEmpty()) {
                violations.add(deployment.id() + ": no Service selects its pods");
            }
            for (Resource service : services) {
                for (JsonNode port : service.spec().path("ports")) {
                    JsonNode target = port.has("targetPort") ? port.get("targetPort") : port.path("port");
                    boolean declared = Kustomize.containers(deployment).stream().anyMatch(c -> declaresPort(c, target));
                    if (!declared) {
                        violations.add(service.id() + ": targetPort " + target + " is not a port of " + deployment.id());
                    }
                }
            }
            boolean budget = sameNamespace(resources, deployment, "PodDisruptionBudget").stream()
                    .anyMatch(p -> !p.spec().path("selector").isEmpty() && selects(p.spec().path("selector"), labels));
            if (!budget) {
                violations.add(deployment.id() + ": no PodDisruptionBudget selects its pods");
            }
            List<Resource> autoscalers = sameNamespace(resources, deployment, "HorizontalPodAutoscaler").stream()
                    .filter(h -> h.spec().path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && h.spec().path("scaleTargetRef").path("name").asText().equals(deployment.name()))
                    .toList();
            if (autoscalers.isEmpty()) {
                violations.add(deployment.id() + ": no HorizontalPodAutoscaler scales it");
            }
            for (Resource autoscaler : autoscalers) {
                if (!autoscaler.apiVersion().equals("autoscaling/v2")) {
                    violations.add(autoscaler.id() + ": must be autoscaling/v2, is " + autoscaler.apiVersion());
                }
                boolean cpu = false;
                for (JsonNode metric : autoscaler.spec().path("metrics")) {
                    cpu |= metric.path("type").asText().equals("Resource")
                            && metric.path("resource").path("name").asText().equals("cpu");
                }
                if (!cpu) {
                    violations.add(autoscaler.id() + ": does not scale on CPU");
                }
                if (autoscaler.spec().path("minReplicas").asInt(1) > autoscaler.spec().path("maxReplicas").asInt()) {
                    violations.add(autoscaler.id() + ": minReplicas exceeds maxReplicas");
                }
                if (deployment.spec().has("replicas")) {
                    violations.add(deployment.id() + ": sets replicas although " + autoscaler.id()
                            + " owns the count (every apply would reset it)");
                }
            }
        }
        return violations;
    }

    /** In-cluster, the service listens where its container port "http" says (QUARKUS_HTTP_PORT). */
    static List<String> httpPort(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            for (ObjectNode container : Kustomize.containers(deployment)) {
                String declared = "";
                for (JsonNode port : container.path("ports")) {
                    if (port.path("name").asText().equals("http")) {
                        declared = port.path("containerPort").asText();
                    }
                }
                String configured = "";
                for (JsonNode env : container.path("env")) {
                    if (env.path("name").asText().equals("QUARKUS_HTTP_PORT")) {
                        configured = env.path("value").asText();
                    }
                }
                if (declared.isEmpty() || !declared.equals(configured)) {
                    violations.add(deployment.id() + " container " + container.path("name").asText()
                            + ": QUARKUS_HTTP_PORT '" + configured + "' must equal the container port 'http' '"
                            + declared + "'");
                }
            }
        }
        return violations;
    }

    /** Production survives losing a node: two pods at least per service, three PostgreSQL instances. */
    static List<String> highAvailability(List<Resource> resources) {
        List<String> violations = new ArrayList<>();
        for (Resource autoscaler : ofKind(resources, "HorizontalPodAutoscaler")) {
            if (autoscaler.spec().path("minReplicas").asInt(1) < 2) {
                violations.add(autoscaler.id() + ": minReplicas must be at least 2");
            }
        }
        for (Resource cluster : ofKind(resources, "Cluster")) {
            if (cluster.group().equals("postgresql.cnpg.io") && cluster.spec().path("instances").asInt(1) < 3) {
                violations.add(cluster.id() + ": " + cluster.spec().path("instances").asInt(1)
                        + " PostgreSQL instances, 3 required");
            }
        }
        return violations;
    }

    private WorkloadChecks() {
    }
}
