package dev.ccp.core.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import io.smallrye.common.annotation.Identifier;
import java.util.HashMap;

/** The relay's Kafka producer: idempotent, {@code acks=all}, bounded waits so a dead broker cannot hang it. */
@ApplicationScoped
class OutboxPublisher {
    static final String CLOUDEVENTS_JSON = "application/cloudevents+json";

    private final Map<String, Object> brokerConfig;
    private KafkaProducer<String, String> producer;

    /**
     * @param brokerConfig every {@code kafka.*} property of the service (bootstrap servers, TLS, SASL), the same
     *                     the Kafka connector uses, so the relay logs in wherever the consumers do
     */
    OutboxPublisher(@Identifier("default-kafka-broker") Map<String, Object> brokerConfig) {
        this.brokerConfig = brokerConfig;
    }

    /** How far a batch got: rows [0, acknowledged) are on the broker; {@code failure} stopped the rest. */
    record Result(int acknowledged, Exception failure) {
        static final Result NOTHING = new Result(0, null);
    }

    Result publish(List<OutboxRow> batch) {
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        Result result;
        try {
            for (OutboxRow row : batch) {
                ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
                record.headers().add("content-type", CLOUDEVENTS_JSON.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sends.add(producer().send(record));
            }
            producer().flush(); // the whole batch is here: send it now rather than after the producer's linger
            result = awaitPrefix(sends, null);
        } catch (RuntimeException e) {
            result = awaitPrefix(sends, e);
        }
        if (result.failure() != null) {
            // Abort what is still in flight, so no later record of a failed round reaches the broker on its own
            // and overtakes the one that failed; the next round starts with a fresh producer.
            discardProducer();
        }
        return result;
    }

    private synchronized void discardProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    private Result awaitPrefix(List<Future<RecordMetadata>> sends, Exception sendFailure) {
        int acknowledged = 0;
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
                acknowledged++;
            } catch (ExecutionException e) {
                return new Result(acknowledged, (Exception) e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(acknowledged, e);
            }
        }
        return new Result(acknowledged, sendFailure);
    }

    private synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Map<String, Object> config = new HashMap<>();
            brokerConfig.forEach((key, value) -> {
                if (ProducerConfig.configNames().contains(key)) {
                    config.put(key, value);
                }
            });
            config.putAll(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.ACKS_CONFIG, "all",
                    // A send to an unreachable broker fails within seconds instead of blocking the relay.
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000,
                    ProducerConfig.LINGER_MS_CONFIG, 5));
            producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    synchronized void close() {
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
            producer = null;
        }
    }
}
