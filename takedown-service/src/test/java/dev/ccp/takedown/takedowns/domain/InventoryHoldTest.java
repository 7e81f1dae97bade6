package dev.ccp.takedown.takedowns.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InventoryHoldTest {
    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void heldStockEndsOnceAndAskingAgainChangesNothing() {
        InventoryHold hold = new InventoryHold("t-1", "l-1", "s-1", 40, NOW);
        assertThat(hold.settle(HoldStatus.DESTROYED, "trust-ana", NOW.plusSeconds(5))).isTrue();
        assertThat(hold.settle(HoldStatus.DESTROYED, "trust-bob", NOW.plusSeconds(9))).isFalse();
        assertThat(hold.settledBy()).isEqualTo("trust-ana");
        assertThat(hold.settledAt()).isEqualTo(NOW.plusSeconds(5));
        assertThatThrownBy(() -> hold.settle(HoldStatus.RELEASED, "trust-ana", NOW))
                .isInstanceOf(IllegalHoldTransitionException.class);
        assertThat(hold.status()).isEqualTo(HoldStatus.DESTROYED);
    }
}
