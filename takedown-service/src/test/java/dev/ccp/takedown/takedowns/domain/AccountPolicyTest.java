package dev.ccp.takedown.takedowns.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccountPolicyTest {
    private static final Duration YEAR = Duration.ofDays(365);

    @Test
    void aRegisteredBrandClosesAtOnceUnderZeroTolerance() {
        AccountPolicy policy = new AccountPolicy(true, 3, YEAR);
        assertThat(policy.closes(true, 1)).isEqualTo(AccountPolicy.Ground.REGISTERED_BRAND);
        assertThat(policy.closes(false, 2)).isNull();
        assertThat(policy.closes(false, 3)).isEqualTo(AccountPolicy.Ground.STRIKES);
    }

    @Test
    void withoutZeroToleranceEveryCounterfeitNeedsTheStrikes() {
        AccountPolicy policy = new AccountPolicy(false, 3, YEAR);
        assertThat(policy.closes(true, 1)).isNull();
        assertThat(policy.closes(true, 2)).isNull();
        assertThat(policy.closes(true, 3)).isEqualTo(AccountPolicy.Ground.STRIKES);
    }
}
