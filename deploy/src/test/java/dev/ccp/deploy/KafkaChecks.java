package dev.ccp.deploy;

import static dev.ccp.deploy.Manifests.ofKind;
import static dev.ccp.deploy.Manifests.sameNamespace;
import static dev.ccp.deploy.Manifests.texts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' use of Kafka against the Strimzi resources: every topic a service's application.properties
 * names exists as a KafkaTopic with an ACL for that service, and topics are replicated as the cluster allows.
 */
final class KafkaChecks {
    private static final Pattern CHANNEL = Pattern.compile("mp\\.messaging\\.(incoming|outgoing)\\.([^.]+)\\.connector");

    /** One use of Kafka that a service's application.properties declares. */
    record KafkaUse(String key, String topic, String operation, String group) {
    }

    /**
     * The topics a service's configuration names: its outbox topic (written), each Kafka channel's topic (read
     * or written; the channel name when no topic is set) and each dead-letter topic (written).
     */
    static List<KafkaUse> kafkaUses(Properties config, String service) {
        List<KafkaUse> uses = new ArrayList<>();
        String outbox = config.getProperty("ccp.outbox.topic");
        if (outbox != null) {
            uses.add(new KafkaUse("ccp.outbox.topic", outbox, "Write", null));
        }
        for (String key : new TreeMap<>(config).keySet().stream().map(Object::toString).toList()) {
            Matcher channel = CHANNEL.matcher(key);
            if (!channel.matches() || !config.getProperty(key).equals("smallrye-kafka")) {
                continue;
            }
            String prefix = "mp.messaging." + channel.group(1) + "." + channel.group(2) + ".";
            String topic = config.getProperty(prefix + "topic", channel.group(2));
            if (channel.group(1).equals("outgoing")) {
                uses.add(new KafkaUse(prefix + "topic", topic, "Write", null));
                continue;
            }
            String group = config.getProperty(prefix + "group.id",
                    config.getProperty("kafka.group.id", config.getProperty("quarkus.application.name", service)));
            uses.add(new KafkaUse(prefix + "topic", topic, "Read", group));
            if ("dead-letter-queue".equals(config.getProperty(prefix + "failure-strategy"))) {
                String deadLetters = config.getProperty(prefix + "dead-letter-queue.topic",
                        "dead-letter-topic-" + channel.group(2));
                uses.add(new KafkaUse(prefix + "dead-letter-queue.topic", deadLetters, "Write", null));
            }
        }
        return uses;
    }

    /**
     * Every topic a service's configuration names has a KafkaTopic, and the service's KafkaUser (same name as
     * the Deployment) grants exactly the operation it needs on it, plus Read on its consumer group.
     */
    static List<String> topicsAndAcls(List<Resource> resources, Map<String, Properties> configs) {
        Set<String> topics = new HashSet<>();
        ofKind(resources, "KafkaTopic").forEach(t -> topics.add(t.spec().path("topicName").asText(t.name())));
        List<String> violations = new ArrayList<>();
        for (Resource deployment : ofKind(resources, "Deployment")) {
            Properties config = configs.get(deployment.name());
            if (config == null) {
                violations.add(deployment.id() + ": no application.properties found for this service");
                continue;
            }
            Resource user = sameNamespace(resources, deployment, "KafkaUser").stream()
                    .filter(u -> u.name().equals(deployment.name())).findFirst().orElse(null);
            if (user == null) {
                violations.add(deployment.id() + ": no KafkaUser " + deployment.name());
            }
            for (KafkaUse use : kafkaUses(config, deployment.name())) {
                if (!topics.contains(use.topic())) {
                    violations.add(deployment.id() + ": topic " + use.topic() + " (" + use.key() + ") has no KafkaTopic");
                }
                if (user != null && !allows(user, "topic", use.topic(), use.operation())) {
                    violations.add(user.id() + ": no ACL for " + use.operation() + " on topic " + use.topic());
                }
                if (user != null && use.group() != null && !allows(user, "group", use.group(), "Read")) {
                    violations.add(user.id() + ": no ACL for Read on group " + use.group());
                }
            }
        }
        return violations;
    }

    /** One operation a KafkaUser's ACLs grant on one resource; a prefix or wildcard ACL keeps its pattern. */
    record Grant(String type, String name, String operation) {
        static Set<Grant> reading(String topic) {
            return Set.of(new Grant("topic", topic, "Describe"), new Grant("topic", topic, "Read"));
        }

        static Set<Grant> writing(String topic) {
            return Set.of(new Grant("topic", topic, "Describe"), new Grant("topic", topic, "Write"));
        }

        static Grant group(String group) {
            return new Grant("group", group, "Read");
        }

        @Override
        public String toString() {
            return operation + " on " + type + " " + name;
        }
    }

    static Set<Grant> grants(Resource user) {
        Set<Grant> grants = new HashSet<>();
        for (JsonNode acl : user.spec().path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String pattern = resource.path("patternType").asText("literal");
            String name = resource.path("name").asText() + (pattern.equals("literal") ? "" : " (" + pattern + ")");
            texts(acl.path("operations")).forEach(op -> grants.add(new Grant(resource.path("type").asText(), name, op)));
        }
        return grants;
    }

    /** The KafkaUser grants exactly {@code expected}: nothing missing, nothing more. */
    static List<String> exactGrants(List<Resource> resources, String user, Set<Grant> expected) {
        Resource found = ofKind(resources, "KafkaUser").stream().filter(u -> u.name().equals(user)).findFirst()
                .orElse(null);
        if (found == null) {
            return List.of("no KafkaUser " + user);
        }
        Set<Grant> granted = grants(found);
        List<String> violations = new ArrayList<>();
        expected.stream().filter(g -> !granted.contains(g)).map(Object::toString).sorted()
                .forEach(g -> violations.add(found.id() + ": no ACL for " + g));
        granted.stream().filter(g -> !expected.contains(g)).map(Object::toString).sorted()
                .forEach(g -> violations.add(found.id() + ": grants " + g + ", which it does not need"));
        return violations;
    }

    /**
     * What the operator's dead-letter replay needs, from the KafkaTopics: Read on every {@code <topic>.dlq},
     * Write on the {@code <topic>} it re-publishes to (which must exist), Read on its consumer group.
     */
    static Set<Grant> deadLetterReplay(List<Resource> resources, String group, List<String> violations) {
        Set<String> topics = new HashSet<>();
        ofKind(resources, "KafkaTopic").forEach(t -> topics.add(t.spec().path("topicName").asText(t.name())));
        Set<Grant> expected = new HashSet<>(Set.of(Grant.group(group)));
        for (String topic : topics) {
            if (topic.endsWith(".dlq")) {
                String original = topic.substring(0, topic.length() - ".dlq".length());
                expected.addAll(Grant.reading(topic));
                expected.addAll(Grant.writing(original));
                if (!topics.contains(original)) {
                    violations.add("KafkaTopic " + topic + ": no KafkaTopic " + original + " to replay it into");
                }
            }
        }
        return expected;
    }

    private static boolean allows(Resource user, String type, String name, String operation) {
        for (JsonNode acl : user.spec().path("authorization").path("acls")) {
            JsonNode resource = acl.path("resource");
            String pattern = resource.path("name").asText();
            boolean nameMatches = resource.path("patternType").asText("literal").equals("prefix")
                    ? name.startsWith(pattern) : pattern.equals(name) || pattern.equals("*");
            Set<String> operations = texts(acl.path("operations"));
            if (resource.path("type").asText().equals(type) && nameMatches
                    && (operations.contains(operation) || operations.contains("All"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every Strimzi object names an existing Kafka cluster; a topic has no more replicas than the cluster has
     * brokers, at least {@code minReplicas}, a min.insync.replicas between {@code minInSync} and its replicas,
     * and a retention.
     */
    static List<String> topicReplication(List<Resource> resources, int minReplicas, int minInSync) {
        Set<String> clusters = new HashSet<>();
        ofKind(resources, "Kafka").forEach(k -> clusters.add(k.name()));
        Map<String, Integer> brokers = new HashMap<>();
        List<String> violations = new ArrayList<>();
        for (Resource resource : resources) {
            if (!resource.group().equals("kafka.strimzi.io") || resource.kind().equals("Kafka")) {
                continue;
            }
            String cluster = resource.body().path("metadata").path("labels").path("strimzi.io/cluster").asText();
            if (!clusters.contains(cluster)) {
                violations.add(resource.id() + ": label strimzi.io/cluster '" + cluster + "' names no Kafka");
            }
            if (resource.kind().equals("KafkaNodePool") && texts(resource.spec().path("roles")).contains("broker")) {
                brokers.merge(cluster, resource.spec().path("replicas").asInt(), Integer::sum);
            }
        }
        for (Resource topic : ofKind(resources, "KafkaTopic")) {
            String cluster = topic.body().path("metadata").path("labels").path("strimzi.io/cluster").asText();
            int replicas = topic.spec().path("replicas").asInt();
            int inSync = topic.spec().path("config").path("min.insync.replicas").asInt(1);
            if (replicas > brokers.getOrDefault(cluster, 0)) {
                violations.add(topic.id() + ": " + replicas + " replicas but cluster " + cluster + " has "
                        + brokers.getOrDefault(cluster, 0) + " brokers");
            }
            if (replicas < minReplicas) {
                violations.add(topic.id() + ": " + replicas + " replicas, at least " + minReplicas + " required");
            }
            if (inSync < minInSync || inSync > replicas) {
                violations.add(topic.id() + ": min.insync.replicas " + inSync + " must be between " + minInSync
                        + " and its " + replicas + " replicas");
            }
            if (!topic.spec().path("config").has("retention.ms") && !topic.spec().path("config").has("retention.bytes")) {
                violations.add(topic.id() + ": no retention set");
            }
        }
        return violations;
    }

    private KafkaChecks() {
    }
}
