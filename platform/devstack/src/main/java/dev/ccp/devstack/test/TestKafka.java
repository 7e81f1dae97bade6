package dev.ccp.devstack.test;

import dev.ccp.devstack.kafka.KafkaBroker;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes the test broker's topics as an outside client would. */
public final class TestKafka {
    private TestKafka() {
    }

    public static String bootstrapServers() {
        String bootstrap = System.getProperty(CcpInfrastructure.BOOTSTRAP);
        if (bootstrap == null) {
            throw new IllegalStateException("CcpInfrastructure has not started: annotate the test with it");
        }
        return bootstrap;
    }

    /** The broker {@link CcpInfrastructure} started, to stop and restart it in a test. */
    public static KafkaBroker broker() {
        String dir = System.getProperty(CcpInfrastructure.KAFKA_DIR);
        if (dir == null) {
            throw new IllegalStateException("the tests use an outside broker (KAFKA_BOOTSTRAP_SERVERS)");
        }
        return KafkaBroker.attach(Path.of(dir)).orElseThrow();
    }

    public static void send(String topic, String key, String value) {
        sendAll(topic, Map.of(key, value));
    }

    /** Sends every key and value with one producer, waiting until the broker has them all. */
    public static void sendAll(String topic, Map<String, String> records) {
        sendAll(topic, records, false);
    }

    /**
     * Sends structured-mode CloudEvents exactly as the services' outbox publishes them, with their
     * {@code content-type: application/cloudevents+json} header.
     */
    public static void sendCloudEvents(String topic, Map<String, String> records) {
        sendAll(topic, records, true);
    }

    private static void sendAll(String topic, Map<String, String> records, boolean cloudEventHeader) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            records.forEach((key, value) -> {
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
                if (cloudEventHeader) {
                    record.headers().add("content-type",
                            "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                sent.add(producer.send(record));
            });
            for (var future : sent) {
                future.get();
            }
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Every record of {@code topic} from the beginning that matches, waiting until {@code count} have come. */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> matching,
            int count, Duration timeout) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline) && found.size() < count) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    /** Every matching record of {@code topic} that arrives within {@code window}: for asserting absence. */
    public static List<ConsumerRecord<String, String>> during(String topic,
            Predicate<ConsumerRecord<String, String>> matching, Duration window) {
        return await(topic, matching, Integer.MAX_VALUE, window);
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }
}
