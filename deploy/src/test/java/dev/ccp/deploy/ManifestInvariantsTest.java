package dev.ccp.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests under deploy/ as they would be applied: each overlay rendered (base + patches), then held to
 * the platform's invariants. deploy/README.md lists them for operators.
 */
class ManifestInvariantsTest {
    static final Path DEPLOY = Path.of(System.getProperty("basedir", "")).toAbsolutePath().normalize();
    static final Path REPOSITORY = DEPLOY.getParent();
    private static final Map<String, Kustomize.Rendering> RENDERINGS = new ConcurrentHashMap<>();

    static List<String> overlays() {
        try (Stream<Path> entries = Files.list(DEPLOY.resolve("overlays"))) {
            List<String> overlays = entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            assertThat(overlays).contains("dev", "prod");
            return overlays;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Kustomize.Rendering rendering(String overlay) {
        return RENDERINGS.computeIfAbsent(overlay, o -> Kustomize.render(DEPLOY.resolve("overlays").resolve(o)));
    }

    /** A fresh copy of an overlay's objects, safe to change. */
    static List<Resource> rendered(String overlay) {
        return rendering(overlay).resources().stream().map(Resource::copy).toList();
    }

    /** application.properties of each Deployment's module (the module folder has the Deployment's name). */
    static Map<String, Properties> serviceConfigs(List<Resource> resources) {
        Map<String, Properties> configs = new TreeMap<>();
        for (Resource deployment : Manifests.ofKind(resources, "Deployment")) {
            Path file = REPOSITORY.resolve(deployment.name()).resolve("src/main/resources/application.properties");
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                configs.put(deployment.name(), properties);
            }
        }
        return configs;
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("base", "overlays")) {
            try (Stream<Path> walk = Files.walk(DEPLOY.resolve(root))) {
                walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).forEach(files::add);
            }
        }
        return files;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyResourceAndPatchAKustomizationNamesExistsAndIsUnderstood(String overlay) {
        assertThat(rendering(overlay).problems()).isEmpty();
        assertThat(rendering(overlay).resources()).isNotEmpty();
    }

    @Test
    void everyManifestFileIsReachedFromAnOverlay() throws IOException {
        Set<Path> reached = new HashSet<>();
        overlays().forEach(o -> reached.addAll(rendering(o).filesRead()));
        assertThat(yamlFiles()).as("YAML files no kustomization refers to (they would never be applied)")
                .filteredOn(file -> !reached.contains(file)).isEmpty();
    }

    @Test
    void noFileUnderDeployCommitsASecretOrACredential() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : yamlFiles()) {
            violations.addAll(ExposureChecks.noCommittedCredentials(Kustomize.read(file)));
            assertThat(Files.readString(file)).as(file.toString()).doesNotContainPattern("(?m)^kind:\\s*Secret\\s*$");
        }
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentProbesTheQuarkusHealthEndpoints(String overlay) {
        assertThat(Manifests.ofKind(rendered(overlay), "Deployment")).isNotEmpty();
        assertThat(WorkloadChecks.probes(rendered(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerRequestsAndIsLimitedInCpuAndMemory(String overlay) {
        assertThat(WorkloadChecks.resources(rendered(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodRunsAsNonRootOnAReadOnlyFilesystemWithoutPrivileges(String overlay) {
        assertThat(WorkloadChecks.security(rendered(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyImageIsPinnedToAVersionNeverLatestOrUntagged(String overlay) {
        assertThat(WorkloadChecks.pinnedImages(rendered(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyDeploymentHasAServiceADisruptionBudgetAndACpuAutoscaler(String overlay) {
        assertThat(WorkloadChecks.companions(rendered(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theServiceListensOnTheContainerPortItsProbesAndServiceUse(String overlay) {
        assertThat(WorkloadChecks.httpPort(rendered(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void credentialsReachPodsOnlyThroughSecretsThatAnOperatorOrTheReadmeAccountsFor(String overlay)
            throws IOException {
        String readme = Files.readString(DEPLOY.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(ExposureChecks.noCommittedCredentials(rendered(overlay))).isEmpty();
        assertThat(ExposureChecks.secretsAccountedFor(rendered(overlay), readme)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void ingressIsDeniedByDefaultAndServicesReachOnlyDnsPostgresAndKafka(String overlay) {
        assertThat(ExposureChecks.defaultDenyIngress(rendered(overlay))).isEmpty();
        assertThat(ExposureChecks.networkPolicies(rendered(overlay))).isEmpty();
    }

    /** The service folders under base/: each holds a deployment.yaml whose Deployment has the folder's name. */
    static List<String> services() {
        try (Stream<Path> entries = Files.list(DEPLOY.resolve("base"))) {
            List<String> services = entries.filter(p -> Files.isRegularFile(p.resolve("deployment.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(services).contains("seller-service", "listing-service");
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceFolderIsDeployedInEveryOverlay(String service) {
        for (String overlay : overlays()) {
            assertThat(Manifests.ofKind(rendered(overlay), "Deployment")).as(overlay)
                    .anySatisfy(d -> assertThat(d.name()).isEqualTo(service));
        }
    }

    /** The test reads each service's own configuration and misses none of the topics it names. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void everyServiceConfigurationIsReadForItsTopics(String service) {
        Properties config = serviceConfigs(rendered("prod")).get(service);
        assertThat(config).as(service + "/src/main/resources/application.properties").isNotNull();
        List<KafkaChecks.KafkaUse> uses = KafkaChecks.kafkaUses(config, service);
        if (config.getProperty("ccp.outbox.topic") != null) {
            assertThat(uses).extracting(KafkaChecks.KafkaUse::topic, KafkaChecks.KafkaUse::operation)
                    .contains(tuple(config.getProperty("ccp.outbox.topic"), "Write"));
        }
        List<String> named = config.stringPropertyNames().stream()
                .filter(key -> key.startsWith("mp.messaging.") && key.endsWith(".topic"))
                .map(config::getProperty).toList();
        assertThat(uses).extracting(KafkaChecks.KafkaUse::topic).containsAll(named);
        assertThat(uses).filteredOn(use -> use.operation().equals("Read"))
                .allSatisfy(use -> assertThat(use.group()).as(use.key() + " consumer group").isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyTopicAServiceConfigNamesHasAKafkaTopicAndAnAclForThatService(String overlay) {
        List<Resource> resources = rendered(overlay);
        assertThat(KafkaChecks.topicsAndAcls(resources, serviceConfigs(resources))).isEmpty();
    }

    /**
     * Issue 11's list: the feeds it reads (listings.v1 also in a consumer group of its own, for upheld
     * counter-notices), the topic its outbox writes, where it parks what it cannot apply.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void takedownServiceIsGrantedExactlyItsFeedsItsOutboxTopicAndItsDeadLetterTopics(String overlay) {
        Set<KafkaChecks.Grant> expected = new HashSet<>();
        expected.addAll(KafkaChecks.Grant.reading("listings.v1"));
        expected.addAll(KafkaChecks.Grant.reading("marketplace.orders.v1"));
        expected.add(KafkaChecks.Grant.group("takedown-service"));
        expected.add(KafkaChecks.Grant.group("takedown-service-overturns"));
        expected.addAll(KafkaChecks.Grant.writing("takedowns.v1"));
        expected.addAll(KafkaChecks.Grant.writing("listings.v1.dlq"));
        expected.addAll(KafkaChecks.Grant.writing("marketplace.orders.v1.dlq"));

        assertThat(KafkaChecks.exactGrants(rendered(overlay), "takedown-service", expected)).isEmpty();
    }

    /**
     * Issue 12's list: the three feeds cases and the yearly report are built from (the report in a consumer group of
     * its own), its outbox topic, the feeds' dead-letter topics.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void litigationServiceIsGrantedExactlyItsFeedsItsOutboxTopicAndItsDeadLetterTopics(String overlay) {
        Set<KafkaChecks.Grant> expected = new HashSet<>();
        for (String feed : List.of("listings.v1", "sellers.v1", "takedowns.v1")) {
            expected.addAll(KafkaChecks.Grant.reading(feed));
            expected.addAll(KafkaChecks.Grant.writing(feed + ".dlq"));
        }
        expected.add(KafkaChecks.Grant.group("litigation-service-cases"));
        expected.add(KafkaChecks.Grant.group("litigation-service-reports"));
        expected.addAll(KafkaChecks.Grant.writing("cases.v1"));

        assertThat(KafkaChecks.exactGrants(rendered(overlay), "litigation-service", expected)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theDeadLetterReplayReadsEveryDlqTopicAndWritesOnlyTheTopicsTheyBelongTo(String overlay) {
        List<Resource> resources = rendered(overlay);
        List<String> violations = new ArrayList<>();
        Set<KafkaChecks.Grant> expected = KafkaChecks.deadLetterReplay(resources, "ccp-dlq-replay", violations);
        assertThat(expected).containsAll(KafkaChecks.Grant.reading("marketplace.orders.v1.dlq"))
                .containsAll(KafkaChecks.Grant.writing("marketplace.orders.v1"));

        violations.addAll(KafkaChecks.exactGrants(resources, "ccp-dlq-replay", expected));
        assertThat(violations).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void topicsFitTheBrokersOfTheirClusterAndKeepTheirEventsForAWhile(String overlay) {
        assertThat(KafkaChecks.topicReplication(rendered(overlay), 1, 1)).isEmpty();
    }

    @Test
    void productionTopicsKeepThreeCopiesAndAcknowledgeOnlyOnceTwoHaveIt() {
        assertThat(KafkaChecks.topicReplication(rendered("prod"), 3, 2)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void partnerAndInternalApisGoThroughSeparateIngresses(String overlay) {
        assertThat(ExposureChecks.ingressSplit(rendered(overlay))).isEmpty();
    }

    /** takedown-service holds the payment provider's key: its pods reach what it uses and nothing else. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void takedownServiceReachesOnlyDnsItsDatabaseKafkaTheServicesItCallsAndItsTwoProviders(String overlay) {
        List<Resource> resources = rendered(overlay);
        assertThat(EgressChecks.onlyWhatItUses(resources, "takedown-service")).isEmpty();
        assertThat(EgressChecks.ranges(resources, "takedown-service-egress-payment-provider")).isNotEmpty();
        assertThat(EgressChecks.ranges(resources, "takedown-service-egress-identity-provider")).isNotEmpty();
    }

    /** litigation-service holds the evidence signing key: the same narrow egress, to seller- and listing-service only. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void litigationServiceReachesOnlyDnsItsDatabaseKafkaTheServicesItCallsAndItsIdentityProvider(String overlay) {
        List<Resource> resources = rendered(overlay);
        assertThat(EgressChecks.onlyWhatItUses(resources, "litigation-service")).isEmpty();
        assertThat(EgressChecks.ranges(resources, "litigation-service-egress-identity-provider")).isNotEmpty();
    }

    /** The base's address ranges are placeholders (they reach nothing); each overlay names its providers'. */
    static Set<String> basePlaceholderRanges() {
        List<Resource> base = Kustomize.render(DEPLOY.resolve("base")).resources();
        Set<String> ranges = new HashSet<>();
        Manifests.ofKind(base, "NetworkPolicy").forEach(p -> ranges.addAll(EgressChecks.ranges(base, p.name())));
        return ranges;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyAddressRangeOutsideTheClusterIsSetByTheOverlayAndNeitherOpenNorInternal(String overlay) {
        assertThat(basePlaceholderRanges()).isNotEmpty();
        assertThat(EgressChecks.externalRanges(rendered(overlay), basePlaceholderRanges())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void takedownServiceIsRoutedOnTheInternalApiOnlyByItsFourPrefixes(String overlay) {
        assertThat(routesTo(rendered(overlay), "takedown-service")).containsExactlyInAnyOrder(
                "ccp-internal-api /api/v1/takedowns", "ccp-internal-api /api/v1/orders",
                "ccp-internal-api /api/v1/refunds", "ccp-internal-api /api/v1/statements-of-reasons");
    }

    /** Staff reach cases, evidence, reports and intelligence internally; brands reach only their cases. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void litigationServiceIsRoutedByItsFourInternalPrefixesAndThePartnerCases(String overlay) {
        assertThat(routesTo(rendered(overlay), "litigation-service")).containsExactlyInAnyOrder(
                "ccp-internal-api /api/v1/cases", "ccp-internal-api /api/v1/evidence",
                "ccp-internal-api /api/v1/reports", "ccp-internal-api /api/v1/intelligence",
                "ccp-partner-api /partner/v1/cases");
    }

    /** "ingress path" for every Ingress path whose backend is the service. */
    private static List<String> routesTo(List<Resource> resources, String service) {
        List<String> routes = new ArrayList<>();
        for (Resource ingress : Manifests.ofKind(resources, "Ingress")) {
            for (JsonNode rule : ingress.spec().path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    if (path.at("/backend/service/name").asText().equals(service)) {
                        routes.add(ingress.name() + " " + path.path("path").asText());
                    }
                }
            }
        }
        return routes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyServiceReachesItsDatabaseKafkaAndTheServicesItCallsAndNoOtherDatabase(String overlay) {
        assertThat(ConnectionChecks.connections(rendered(overlay))).isEmpty();
    }

    @Test
    void productionSurvivesLosingANode() {
        assertThat(WorkloadChecks.highAvailability(rendered("prod"))).isEmpty();
    }

    /** Object by object (same kind and name in both overlays), not just the first of each kind. */
    @Test
    void productionRunsMoreAndBiggerPodsThanDev() {
        List<Resource> dev = rendered("dev");
        List<Resource> prod = rendered("prod");
        for (String[] kindAndField : new String[][] {{"HorizontalPodAutoscaler", "/spec/minReplicas"},
                {"KafkaNodePool", "/spec/replicas"}, {"Cluster", "/spec/instances"}}) {
            Map<String, JsonNode> inDev = fields(dev, kindAndField[0], kindAndField[1]);
            Map<String, JsonNode> inProd = fields(prod, kindAndField[0], kindAndField[1]);
            assertThat(inProd).as(kindAndField[0]).isNotEmpty().containsOnlyKeys(inDev.keySet());
            inProd.forEach((name, value) -> assertThat(value.asInt()).as(name + " " + kindAndField[1])
                    .isGreaterThan(inDev.get(name).asInt()));
        }
        String memoryLimit = "/resources/limits/memory";
        Map<String, JsonNode> devMemory = containerFields(dev, memoryLimit);
        Map<String, JsonNode> prodMemory = containerFields(prod, memoryLimit);
        assertThat(prodMemory).isNotEmpty().containsOnlyKeys(devMemory.keySet());
        prodMemory.forEach((container, limit) -> assertThat(Quantities.bytes(limit.asText())).as(container)
                .isGreaterThan(Quantities.bytes(devMemory.get(container).asText())));
    }

    /** The renderer above agrees with kustomize itself, so the invariants hold for what kubectl would apply. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void ourRenderingIsWhatKubectlKustomizeRenders(String overlay) throws Exception {
        assertThat(onPath("kubectl")).as("kubectl is on the PATH (bin/ccp test fetches one if it is missing)").isTrue();
        Path directory = DEPLOY.resolve("overlays").resolve(overlay);
        Path output = Files.createTempFile("kustomize-" + overlay, ".yaml");
        Path errors = Files.createTempFile("kustomize-" + overlay, ".err");
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", directory.toString())
                .redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        boolean finished = kubectl.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            kubectl.destroyForcibly();
        }
        String rendered = Files.readString(output);
        String complaint = Files.readString(errors);
        Files.delete(output);
        Files.delete(errors);
        assertThat(finished).as("kubectl kustomize " + overlay + " finished within 60 s").isTrue();
        assertThat(kubectl.exitValue()).as("kubectl kustomize " + overlay + ": " + complaint).isZero();

        Map<String, JsonNode> theirs = byIdentity(Kustomize.resources("kubectl kustomize " + overlay, rendered));
        Map<String, JsonNode> ours = byIdentity(rendering(overlay).resources());
        assertThat(ours.keySet()).containsExactlyInAnyOrderElementsOf(theirs.keySet());
        ours.forEach((id, body) -> assertThat(body).as(id).isEqualTo(theirs.get(id)));
    }

    private static Map<String, JsonNode> byIdentity(List<Resource> resources) {
        Map<String, JsonNode> map = new TreeMap<>();
        resources.forEach(r -> map.put(r.apiVersion() + " " + r.id() + " in " + r.namespace(), r.body()));
        return map;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    private static Map<String, JsonNode> fields(List<Resource> resources, String kind, String pointer) {
        Map<String, JsonNode> fields = new TreeMap<>();
        Manifests.ofKind(resources, kind).forEach(r -> fields.put(r.id(), r.body().at(pointer)));
        return fields;
    }

    /** "Deployment/name container c" -> the field of that container, for every Deployment's containers. */
    private static Map<String, JsonNode> containerFields(List<Resource> resources, String pointer) {
        Map<String, JsonNode> fields = new TreeMap<>();
        for (Resource deployment : Manifests.ofKind(resources, "Deployment")) {
            Kustomize.containers(deployment).forEach(c -> fields.put(
                    deployment.id() + " container " + c.path("name").asText(), c.at(pointer)));
        }
        return fields;
    }

    /** Kubernetes quantities ("768Mi", "1Gi", "500m", "2") as numbers. */
    static final class Quantities {
        static double bytes(String quantity) {
            String[][] units = {{"Ki", "1024"}, {"Mi", "1048576"}, {"Gi", "1073741824"}, {"Ti", "1099511627776"},
                    {"k", "1e3"}, {"M", "1e6"}, {"G", "1e9"}, {"m", "1e-3"}};
            for (String[] unit : units) {
                if (quantity.endsWith(unit[0])) {
                    return Double.parseDouble(quantity.substring(0, quantity.length() - unit[0].length()))
                            * Double.parseDouble(unit[1]);
                }
            }
            return Double.parseDouble(quantity);
        }
    }
}
