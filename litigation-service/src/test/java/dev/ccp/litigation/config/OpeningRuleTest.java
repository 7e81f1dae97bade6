package dev.ccp.litigation.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.litigation.config.LitigationConfig.Intake.OpeningRule;
import org.junit.jupiter.api.Test;

class OpeningRuleTest {

    @Test
    void byDefaultAConfirmedCounterfeitOpensItsCaseOnlyOnceItsSellerIsClosed() {
        assertThat(OpeningRule.CONFIRMED_AND_CLOSED.opens(false)).isFalse();
        assertThat(OpeningRule.CONFIRMED_AND_CLOSED.opens(true)).isTrue();
    }

    @Test
    void theConfirmedRuleOpensOnEveryConfirmedCounterfeitClosedOrNot() {
        assertThat(OpeningRule.CONFIRMED.opens(false)).isTrue();
        assertThat(OpeningRule.CONFIRMED.opens(true)).isTrue();
    }
}
