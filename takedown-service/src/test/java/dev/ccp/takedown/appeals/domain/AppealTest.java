package dev.ccp.takedown.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ccp.takedown.takedowns.domain.AccountOutcome;
import dev.ccp.takedown.takedowns.domain.InventoryOutcome;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppealTest {
    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    void aDecisionIsFinal() {
        Appeal appeal = filed();
        appeal.deny("trust-ana", "no proof", NOW);

        assertThatThrownBy(() -> appeal.grant("trust-bob", "changed my mind", InventoryOutcome.RELEASED, NOW))
                .isInstanceOf(IllegalAppealException.class).hasMessageContaining("final");
        assertThat(appeal.status()).isEqualTo(AppealStatus.DENIED);
        assertThat(appeal.reversalOpen()).isFalse();
    }

    @Test
    void aGrantedReversalIsDueAtOnceAndWaitsForStaffOnlyAfterGivingUp() {
        Appeal appeal = filed();
        appeal.grant("trust-ana", "invoice checked", InventoryOutcome.RELEASED, NOW);
        assertThat(appeal.reversalOpen()).isTrue();
        assertThat(appeal.retryReversal(NOW)).as("already due").isFalse();

        appeal.reversalFailed("503", NOW.plusSeconds(2));
        assertThat(appeal.reversalNeedsAttention()).isFalse();
        appeal.reversalGaveUp("403 forbidden");
        assertThat(appeal.reversalNeedsAttention()).isTrue();
        assertThat(appeal.reversalAttempts()).isEqualTo(2);

        assertThat(appeal.retryReversal(NOW.plusSeconds(60))).isTrue();
        appeal.listingReinstated(NOW.plusSeconds(61));
        appeal.accountSettled(AccountOutcome.REINSTATED);
        appeal.reversed(NOW.plusSeconds(61));
        assertThat(appeal.reversalOpen()).isFalse();
        assertThat(appeal.reversalError()).isNull();
        assertThat(appeal.retryReversal(NOW.plusSeconds(70))).isFalse();
    }

    private static Appeal filed() {
        return Appeal.file("t-1", "l-1", "s-1", "genuine goods", List.of(new AppealDocument("doc-1", "invoice")),
                "marketplace", NOW);
    }
}
