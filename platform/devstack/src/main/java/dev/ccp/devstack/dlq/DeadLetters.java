package dev.ccp.devstack.dlq;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the services' consumers parked in the {@code <topic>.dlq} topics of a broker, and putting it back.
 * {@link #replay} remembers how far it got in each dead-letter topic as the consumer group {@value #REPLAY_GROUP},
 * committed only after the broker has every re-published record: a second replay re-publishes nothing that the
 * first did. (A crash between the two re-publishes again; consumers dedupe on the event id.)
 */
public final class DeadLetters {
    public static final String REPLAY_GROUP = "ccp-dlq-replay";
    public static final String SUFFIX = ".dlq";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Every dead-letter topic, by name, with its {@code latest} newest records. */
    public List<DeadLetterTopic> list(int latest) {
        List<DeadLetterTopic> topics = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            for (String name : deadLetterTopics()) {
                List<TopicPartition> partitions = partitions(consumer, name);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, TIMEOUT);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
                Map<TopicPartition, Long> replayed = replayedUpTo(consumer, partitions, begin);
                long parked = 0;
                long notReplayed = 0;
                Map<TopicPartition, Long> from = new HashMap<>();
                for (TopicPartition p : partitions) {
                    parked += end.get(p) - begin.get(p);
                    notReplayed += end.get(p) - replayed.get(p);
                    from.put(p, Math.max(begin.get(p), end.get(p) - latest));
                }
                List<ParkedEvent> records = read(consumer, from, end).stream().map(ParkedEvent::of)
                        .sorted(Comparator.comparing(ParkedEvent::parkedAt).thenComparing(ParkedEvent::partition)
                                .thenComparing(ParkedEvent::offset))
                        .toList();
                topics.add(new DeadLetterTopic(name, parked, notReplayed,
                        records.subList(Math.max(0, records.size() - latest), records.size())));
            }
        }
        return topics;
    }

    /**
     * Re-publishes to {@code topic} every record of {@code topic.dlq} not replayed before, with its key, value and
     * original headers (not the {@code dead-letter-*} ones), in offset order per partition; returns them.
     */
    public List<ParkedEvent> replay(String topic) {
        String original = original(topic);
        String dlq = original + SUFFIX;
        if (!deadLetterTopics().contains(dlq)) {
            throw new IllegalArgumentException("there is no dead-letter topic " + dlq + " on " + bootstrapServers);
        }
        try (KafkaConsumer<String, String> consumer = consumer();
                KafkaProducer<String, String> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, dlq);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> from = replayedUpTo(consumer, partitions,
                    consumer.beginningOffsets(partitions, TIMEOUT));
            List<ConsumerRecord<String, String>> records = read(consumer, from, end);
            List<Future<?>> sent = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                ProducerRecord<String, String> again = new ProducerRecord<>(original, record.key(), record.value());
                for (Header header : record.headers()) {
                    if (!header.key().startsWith("dead-letter-")) {
                        again.headers().add(header);
                    }
                }
                sent.add(producer.send(again));
            }
            for (Future<?> future : sent) {
                future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            end.forEach((p, offset) -> done.put(p, new OffsetAndMetadata(offset, "replayed to " + original)));
            consumer.commitSync(done, TIMEOUT);
            return records.stream().map(ParkedEvent::of).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("re-publishing to " + original + " failed; nothing was marked replayed: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The topic itself, whether named as {@code sellers.v1} or as its dead-letter topic {@code sellers.v1.dlq}. */
    public static String original(String topic) {
        return topic.endsWith(SUFFIX) ? topic.substring(0, topic.length() - SUFFIX.length()) : topic;
    }

    private List<String> deadLetterTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis()))) {
            Set<String> names = admin.listTopics().names().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return names.stream().filter(n -> n.endsWith(SUFFIX)).sorted().toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker at " + bootstrapServers + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, String topic) {
        return consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /** Where replay stopped in each partition last time; the partition's start when it never ran. */
    private static Map<TopicPartition, Long> replayedUpTo(KafkaConsumer<String, String> consumer,
            List<TopicPartition> partitions, Map<TopicPartition, Long> begin) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), TIMEOUT);
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition p : partitions) {
            OffsetAndMetadata done = committed.get(p);
            // records that retention removed were never replayed, but are gone: start at what is left
            positions.put(p, done == null ? begin.get(p) : Math.max(done.offset(), begin.get(p)));
        }
        return positions;
    }

    /** The records from {@code from} up to, not including, {@code end}, in offset order per partition. */
    private static List<ConsumerRecord<String, String>> read(KafkaConsumer<String, String> consumer,
            Map<TopicPartition, Long> from, Map<TopicPartition, Long> end) {
        List<TopicPartition> pending = from.keySet().stream().filter(p -> from.get(p) < end.get(p)).toList();
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        if (pending.isEmpty()) {
            return records;
        }
        consumer.assign(pending);
        pending.forEach(p -> consumer.seek(p, from.get(p)));
        Instant deadline = Instant.now().plus(TIMEOUT);
        while (pending.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("could not read " + pending + " within " + TIMEOUT);
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    records.add(record);
                }
            }
        }
        consumer.assign(List.of());
        return records;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, REPLAY_GROUP,
                ConsumerConfig.CLIENT_ID_CONFIG, "ccp-dlq-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                new StringDeserializer(), new StringDeserializer());
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer());
    }
}
