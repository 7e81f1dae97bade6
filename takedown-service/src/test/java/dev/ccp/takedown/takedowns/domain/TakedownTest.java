package dev.ccp.takedown.takedowns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TakedownTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void opensWithEveryStepPendingAndCompletesWhenTheLastIsDone() {
        Takedown takedown = Takedown.open(confirmed(), NOW);
        assertThat(takedown.steps()).extracting(TakedownStep::name).containsExactly(StepName.values());
        assertThat(takedown.currentStep()).get().extracting(TakedownStep::name).isEqualTo(StepName.REMOVE_LISTING);

        for (StepName step : StepName.values()) {
            assertThat(takedown.status()).isEqualTo(TakedownStatus.IN_PROGRESS);
            takedown.stepDone(step, NOW.plusSeconds(step.ordinal()));
        }
        assertThat(takedown.status()).isEqualTo(TakedownStatus.COMPLETED);
        assertThat(takedown.completedAt()).isEqualTo(NOW.plusSeconds(4));
        assertThat(takedown.nextRunAt()).isNull();
    }

    @Test
    void aTransientFailureCountsAnAttemptAndWaitingDoesNot() {
        Takedown takedown = Takedown.open(confirmed(), NOW);
        takedown.stepFailedTransiently(StepName.REMOVE_LISTING, "503", NOW.plusSeconds(2), NOW);
        assertThat(takedown.currentStep().get().attempts()).isEqualTo(1);
        assertThat(takedown.nextRunAt()).isEqualTo(NOW.plusSeconds(2));

        takedown.stepDone(StepName.REMOVE_LISTING, NOW.plusSeconds(2));
        takedown.stepDone(StepName.HOLD_INVENTORY, NOW.plusSeconds(2));
        takedown.stepWaits(StepName.REFUND_BUYERS, NOW.plusSeconds(30), NOW.plusSeconds(2));
        assertThat(takedown.currentStep().get().attempts()).isZero();
        assertThat(takedown.nextRunAt()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void aStepThatGaveUpWaitsForStaffAndARetryReopensIt() {
        Takedown takedown = Takedown.open(confirmed(), NOW);
        assertThat(takedown.retry(NOW)).isFalse();
        takedown.stepGaveUp(StepName.REMOVE_LISTING, "404", true, NOW);
        assertThat(takedown.status()).isEqualTo(TakedownStatus.NEEDS_ATTENTION);
        assertThat(takedown.nextRunAt()).isNull();

        assertThat(takedown.retry(NOW.plusSeconds(60))).isTrue();
        assertThat(takedown.status()).isEqualTo(TakedownStatus.IN_PROGRESS);
        TakedownStep step = takedown.currentStep().get();
        assertThat(step.status()).isEqualTo(StepStatus.PENDING);
        assertThat(step.attempts()).isEqualTo(1);
        assertThat(takedown.nextRunAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void onlyATakedownTheRunnerIsDoneWithCanBeReversedAndThenNeverRunsAgain() {
        Takedown takedown = Takedown.open(confirmed(), NOW);
        assertThat(takedown.reverse(ReversalCause.APPEAL_GRANTED, "ap-1", "trust-ana", NOW)).as("still in progress")
                .isFalse();
        takedown.stepGaveUp(StepName.REFUND_BUYERS, "declined", true, NOW);

        assertThat(takedown.reverse(ReversalCause.APPEAL_GRANTED, "ap-1", "trust-ana", NOW.plusSeconds(5))).isTrue();
        assertThat(takedown.status()).isEqualTo(TakedownStatus.REVERSED);
        assertThat(takedown.reversalCause()).isEqualTo(ReversalCause.APPEAL_GRANTED);
        assertThat(takedown.reversalReference()).isEqualTo("ap-1");
        assertThat(takedown.reversedBy()).isEqualTo("trust-ana");
        assertThat(takedown.reversedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(takedown.nextRunAt()).isNull();
        assertThat(takedown.retry(NOW.plusSeconds(6))).as("a reversed takedown is not retried").isFalse();
        assertThat(takedown.reverse(ReversalCause.APPEAL_GRANTED, "ap-2", "trust-bob", NOW.plusSeconds(7))).isFalse();
        assertThat(takedown.reverse(ReversalCause.COUNTER_NOTICE_UPHELD, "cn-1", "mod-ana", NOW.plusSeconds(8)))
                .isFalse();
        assertThat(takedown.reversalReference()).as("the first reversal is the one on record").isEqualTo("ap-1");
    }

    @Test
    void aBrandsOwnRemovalIsToldApartFromAModerators() {
        assertThat(Takedown.open(confirmed(), NOW).removedByBrand()).isNull();
        Takedown byBrand = Takedown.open(new ConfirmedCounterfeit("l-1", "s-1", List.of("b-9"), "Acme bag", "Acme",
                4, "19.90", "EUR", 0, false, "brand:b-9", NOW, "e-2"), NOW);
        assertThat(byBrand.removedByBrand()).isEqualTo("b-9");
    }

    private static ConfirmedCounterfeit confirmed() {
        return new ConfirmedCounterfeit("l-1", "s-1", List.of("b-1"), "Acme bag", "Acme", 40, "19.90", "EUR", 80,
                true, "mod-ana", NOW, "e-1");
    }
}
