package dev.ccp.devstack.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ccp.devstack.kafka.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real broker: records parked the way the services' dead-letter strategy parks them. */
class DeadLettersTest {
    private static KafkaBroker broker;
    private static DeadLetters deadLetters;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.in(Files.createTempDirectory("ccp-dlq-test-"), 0).start();
        deadLetters = new DeadLetters(broker.bootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void listShowsHowManyAreParkedAndTheLatestWithTheirEventAndReason() {
        String topic = "orders-" + UUID.randomUUID() + ".v1";
        park(topic, "seller-1", event("e-1", "seller.closed", "seller-1"), "event e-1 cannot be applied: refused");
        park(topic, "seller-2", event("e-2", "seller.verified", "seller-2"), "event e-2 failed 5 attempts");
        park(topic, "junk", "this is not a CloudEvent", "event (unreadable) is not a CloudEvent");

        DeadLetterTopic listed = deadLetters.list(2).stream().filter(t -> t.name().equals(topic + ".dlq"))
                .findFirst().orElseThrow();

        assertThat(listed.parked()).isEqualTo(3);
        assertThat(listed.notReplayed()).isEqualTo(3);
        assertThat(listed.latest()).extracting(ParkedEvent::eventId, ParkedEvent::type, ParkedEvent::subject,
                ParkedEvent::reason).containsExactly(
                        tuple("e-2", "seller.verified", "seller-2",
                                "event e-2 failed 5 attempts"),
                        tuple(null, null, null, "event (unreadable) is not a CloudEvent"));
        assertThat(listed.latest().get(0).cause()).isEqualTo("java.sql.SQLException: boom");
        assertThat(DeadLetterReport.list(broker.bootstrapServers(), List.of(listed)))
                .contains(topic + ".dlq: 3 parked, 3 not replayed (the latest 2 below)")
                .contains("id=e-2  type=seller.verified  subject=seller-2")
                .contains("id=(not a CloudEvent)  type=-  subject=(key) junk")
                .contains("reason: event e-2 failed 5 attempts");
    }

    @Test
    void replayRepublishesEachParkedRecordOnceHoweverOftenItRuns() {
        String topic = "sellers-" + UUID.randomUUID() + ".v1";
        park(topic, "seller-1", event("e-1", "seller.closed", "seller-1"), "refused");
        park(topic, "seller-2", event("e-2", "seller.closed", "seller-2"), "refused");

        assertThat(deadLetters.replay(topic)).extracting(ParkedEvent::eventId).containsExactlyInAnyOrder("e-1", "e-2");
        assertThat(deadLetters.replay(topic)).isEmpty();

        park(topic, "seller-3", event("e-3", "seller.closed", "seller-3"), "refused");
        assertThat(deadLetters.replay(topic + ".dlq")).extracting(ParkedEvent::eventId).containsExactly("e-3");

        List<ConsumerRecord<String, String>> republished = readAll(topic, 3);
        assertThat(republished).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder("seller-1", "seller-2", "seller-3");
        assertThat(republished).allSatisfy(r -> {
            assertThat(r.value()).isEqualTo(event(r.key().replace("seller-", "e-"), "seller.closed", r.key()));
            assertThat(r.headers()).extracting(Header::key).containsExactly("content-type");
        });
        assertThat(deadLetters.list(10).stream().filter(t -> t.name().equals(topic + ".dlq")).findFirst()
                .orElseThrow()).extracting(DeadLetterTopic::parked, DeadLetterTopic::notReplayed)
                .containsExactly(3L, 0L);
    }

    @Test
    void replayOfATopicWithoutDeadLettersSaysSo() {
        assertThatThrownBy(() -> deadLetters.replay("nothing-parked-" + UUID.randomUUID()))
                .hasMessageContaining("there is no dead-letter topic");
    }

    private static String event(String id, String type, String subject) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/seller-service\",\"type\":\"" + type
                + "\",\"subject\":\"" + subject + "\",\"data\":{\"sellerId\":\"" + subject + "\"}}";
    }

    /** As the connector's dead-letter-queue strategy writes it: the original headers plus its own. */
    private static void park(String topic, String key, String value, String reason) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic + ".dlq", key, value);
        header(record, "dead-letter-exception-class-name", "dev.ccp.core.inbox.DeadLetterException");
        header(record, "dead-letter-reason", reason);
        header(record, "dead-letter-cause-class-name", "java.sql.SQLException");
        header(record, "dead-letter-cause", "boom");
        header(record, "dead-letter-topic", topic);
        header(record, "dead-letter-partition", "0");
        header(record, "dead-letter-offset", "7");
        header(record, "content-type", "application/cloudevents+json");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything on {@code topic}, read for a while after {@code expected} have come to catch any extra. */
    private static List<ConsumerRecord<String, String>> readAll(String topic, int expected) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            long settle = Long.MAX_VALUE;
            while (System.currentTimeMillis() < Math.min(deadline, settle)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() >= expected && settle == Long.MAX_VALUE) {
                    settle = System.currentTimeMillis() + 2_000;
                }
            }
        }
        return records;
    }
}
