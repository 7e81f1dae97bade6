package dev.ccp.listing.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private static final Instant CREATED = Instant.parse("2026-12-01T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(2),
            Duration.ofHours(24));

    @Test
    void theDelayDoublesAfterEachFailedAttempt() {
        assertThat(schedule.nextAttempt(1, CREATED, CREATED)).contains(CREATED.plusSeconds(5));
        assertThat(schedule.nextAttempt(2, CREATED, CREATED)).contains(CREATED.plusSeconds(10));
        assertThat(schedule.nextAttempt(3, CREATED, CREATED)).contains(CREATED.plusSeconds(20));
        assertThat(schedule.nextAttempt(6, CREATED, CREATED)).contains(CREATED.plusSeconds(160));
    }

    @Test
    void theDelayStopsGrowingAtTheMaximum() {
        assertThat(schedule.nextAttempt(12, CREATED, CREATED)).contains(CREATED.plus(Duration.ofHours(2)));
        assertThat(schedule.nextAttempt(500, CREATED, CREATED)).contains(CREATED.plus(Duration.ofHours(2)));
    }

    @Test
    void aDeliveryIsGivenUpOnceTheNextAttemptWouldFallPastTheBound() {
        Instant late = CREATED.plus(Duration.ofHours(23));
        assertThat(schedule.nextAttempt(20, CREATED, late)).isEmpty();
        assertThat(schedule.nextAttempt(1, CREATED, late)).contains(late.plusSeconds(5));
        assertThat(schedule.nextAttempt(1, CREATED, CREATED.plus(Duration.ofHours(24)))).isEmpty();
    }

    @Test
    void aFailedAttemptPastTheBoundLeavesTheDeliveryFailed() {
        WebhookEndpoint endpoint = WebhookEndpoint.register("e", "b", "https://hooks.example/", "v1:x", CREATED);
        WebhookDelivery delivery = WebhookDelivery.of("d", "msg_1", endpoint, "t", "{}", CREATED);
        delivery.attemptFailed(CREATED, 500, "the receiver answered 500", schedule);
        assertThat(delivery.status).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(delivery.nextAttemptAt).isEqualTo(CREATED.plusSeconds(5));
        delivery.attemptFailed(CREATED.plus(Duration.ofHours(24)), null, "no answer", schedule);
        assertThat(delivery.status).isEqualTo(WebhookDelivery.Status.FAILED);
        assertThat(delivery.nextAttemptAt).isNull();
        assertThat(delivery.history).extracting(a -> a.statusCode).containsExactly(500, null);
        assertThat(delivery.messageId).isEqualTo("msg_1");
    }
}
