package dev.ccp.listing.review.application;

import dev.ccp.listing.config.ListingConfig;
import dev.ccp.listing.review.domain.ReviewPriority;
import dev.ccp.listing.review.infrastructure.ReviewQueueRepository;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The queue's gauges, read from the database every {@code listing.review.metrics-interval} (not on every scrape):
 * {@code ccp.listing.review.queue.depth{band=high|medium|low}} and {@code ccp.listing.review.queue.oldest.age}
 * (seconds the longest-waiting item has waited). Every replica reports the same shared queue.
 */
@Startup
@ApplicationScoped
public class ReviewQueueMetrics {
    private static final List<String> BANDS = List.of("high", "medium", "low");

    private final ReviewQueueRepository queue;
    private final ReviewPriority priority;
    private final Clock clock;
    private final Map<String, AtomicLong> depth = Map.of("high", new AtomicLong(), "medium", new AtomicLong(),
            "low", new AtomicLong());
    private final AtomicLong oldestSeconds = new AtomicLong();

    ReviewQueueMetrics(ReviewQueueRepository queue, ListingConfig config, Clock clock, MeterRegistry metrics) {
        this.queue = queue;
        this.priority = ReviewQueue.priorityOf(config.review());
        this.clock = clock;
        for (String band : BANDS) {
            Gauge.builder("ccp.listing.review.queue.depth", depth.get(band), AtomicLong::get)
                    .description("Listings waiting for a moderator, by priority band").tag("band", band)
                    .register(metrics);
        }
        Gauge.builder("ccp.listing.review.queue.oldest.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("How long the longest-waiting listing in the review queue has waited").register(metrics);
    }

    @Scheduled(every = "${listing.review.metrics-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            Instant now = clock.instant();
            Map<String, Long> counted = queue.depthByBand(priority, now);
            BANDS.forEach(band -> depth.get(band).set(counted.getOrDefault(band, 0L)));
            oldestSeconds.set(queue.oldestWaitingSince().map(since -> Duration.between(since, now).toSeconds())
                    .orElse(0L));
        });
    }
}
