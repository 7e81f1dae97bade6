package dev.ccp.devstack.demo;

import static dev.ccp.devstack.demo.DemoClient.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends an event the broker already holds once more, as a consumer's restart or a duplicate publish would. */
final class Redelivery {
    private static final String TOPIC = "listings.v1";

    private final String bootstrap;

    Redelivery(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /**
     * Finds {@code listingId}'s {@code listing.counterfeit-confirmed} on listings.v1 and publishes it again twice: as it
     * is (a re-delivery) and under a new event id (a second confirmation of the same listing).
     *
     * @return the records published
     */
    int resendConfirmation(String listingId) throws Exception {
        ConsumerRecord<String, String> original = find(listingId);
        if (original == null) {
            return 0;
        }
        ObjectNode again = (ObjectNode) JSON.readTree(original.value());
        again.put("id", UUID.randomUUID().toString()).put("time", Instant.now().toString());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String value : List.of(original.value(), JSON.writeValueAsString(again))) {
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, original.key(), value);
                original.headers().forEach(header -> record.headers().add(header));
                producer.send(record).get();
            }
        }
        return 2;
    }

    /** Waits until {@code group} has committed every record of {@code topic}, at most {@code limit}. */
    void awaitRead(String group, String topic, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = committed.keySet().stream()
                        .filter(p -> p.topic().equals(topic))
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                if (!ends.isEmpty() && ends.entrySet().stream()
                        .allMatch(e -> committed.get(e.getKey()).offset() >= e.getValue().offset())) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private ConsumerRecord<String, String> find(String listingId) throws Exception {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "ccp-demo-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            Instant deadline = Instant.now().plusSeconds(10);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (listingId.equals(record.key())
                            && "listing.counterfeit-confirmed".equals(event.path("type").asText())) {
                        return record;
                    }
                }
            }
        }
        return null;
    }
}
