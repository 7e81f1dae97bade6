package dev.ccp.takedown.refunds.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RefundTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), 2,
            Duration.ofMinutes(5));

    private static Refund fresh() {
        return new Refund("t-1", "o-1", "l-1", "c-1", new Money(17397, "EUR"), "o-1", NOW);
    }

    @Test
    void refundsWhatTheBuyerPaidUnderAKeyDerivedFromTheRefund() {
        Refund refund = fresh();
        assertThat(refund.amount()).isEqualTo(new Money(17397, "EUR"));
        assertThat(refund.idempotencyKey()).isEqualTo("refund-" + refund.id());
        assertThat(refund.dueAt(NOW)).isTrue();
    }

    @Test
    void aClaimedRefundIsNotDueAgainUntilItsLeaseEnds() {
        Refund refund = fresh();
        refund.claim(NOW, NOW.plusSeconds(60));
        assertThat(refund.dueAt(NOW.plusSeconds(59))).isFalse();
        assertThat(refund.dueAt(NOW.plusSeconds(60))).isTrue();
        assertThat(refund.attempts()).isEqualTo(1);
    }

    @Test
    void transientFailuresKeepTheKeyAndBackOffTwiceAsLongEachTimeUpToTheMaximum() {
        Refund refund = fresh();
        String key = refund.idempotencyKey();
        Instant at = NOW;
        for (long expected : new long[] {1, 2, 4, 8, 10, 10}) {
            refund.claim(at, at.plusSeconds(60));
            refund.postpone("503", POLICY, at);
            assertThat(refund.nextAttemptAt()).isEqualTo(at.plusSeconds(expected));
            at = refund.nextAttemptAt();
        }
        assertThat(refund.idempotencyKey()).isEqualTo(key);
        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
    }

    @Test
    void aDeclineFailsTheRefundAndItsRetryAsksUnderANewKeyUntilThePolicyIsSpent() {
        Refund refund = fresh();
        String first = refund.idempotencyKey();
        refund.claim(NOW, NOW.plusSeconds(60));
        refund.decline("declined: lost_or_stolen_card", POLICY, NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(refund.failedForGood()).isFalse();
        assertThat(refund.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));

        Instant later = refund.nextAttemptAt();
        refund.claim(later, later.plusSeconds(60));
        assertThat(refund.status()).isEqualTo(RefundStatus.PENDING);
        assertThat(refund.idempotencyKey()).isNotEqualTo(first).startsWith(first);
        refund.decline("declined: lost_or_stolen_card", POLICY, later);
        assertThat(refund.failedForGood()).isTrue();
        assertThat(refund.dueAt(later.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void anIssuedRefundIsFinalAndOnlyAFailedOneCanBeRetriedByStaff() {
        Refund refund = fresh();
        assertThatThrownBy(() -> refund.retryRequested(NOW)).isInstanceOf(RefundNotFailedException.class);
        refund.claim(NOW, NOW.plusSeconds(60));
        refund.issue("re_1", NOW);
        assertThat(refund.status()).isEqualTo(RefundStatus.ISSUED);
        assertThat(refund.dueAt(NOW.plusSeconds(3600))).isFalse();
        assertThat(refund.awaits(refund.idempotencyKey())).isFalse();
        assertThatThrownBy(() -> refund.retryRequested(NOW)).isInstanceOf(RefundNotFailedException.class);
    }
}
