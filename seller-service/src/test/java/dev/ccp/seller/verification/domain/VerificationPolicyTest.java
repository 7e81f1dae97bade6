package dev.ccp.seller.verification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ccp.seller.account.domain.Reason;
import dev.ccp.seller.account.domain.SellerStatus;
import dev.ccp.seller.support.SellerSettings;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationPolicyTest {
    private final VerificationPolicy policy = new VerificationPolicy(SellerSettings.shippedVerificationRules());

    @Test
    void aCleanApplicantIsVerifiedWithScoreZero() {
        var decision = policy.decide(Evidence.none());
        assertThat(decision.status()).isEqualTo(SellerStatus.VERIFIED);
        assertThat(decision.score()).isZero();
        assertThat(decision.reasons()).extracting(Reason::code).containsExactly("NO_BARRED_LINKS");
    }

    @Test
    void aStrongAttributeOfABarredIdentityRejectsAndNamesOnlyTheKind() {
        var decision = policy.decide(new Evidence(Set.of(IdentityKind.BANK_ACCOUNT, IdentityKind.PHONE), Set.of(),
                Set.of(), false, false, 1, 1));
        assertThat(decision.status()).isEqualTo(SellerStatus.REJECTED);
        assertThat(decision.score()).isEqualTo(100);
        assertThat(decision.reasons()).extracting(Reason::code)
                .containsExactly("REREGISTRATION_BANK_ACCOUNT", "REREGISTRATION_PHONE");
        assertThat(decision.reasons().get(0).detail()).contains("bank account").doesNotContainPattern("[0-9]");
    }

    @Test
    void weakEvidenceSendsToReviewButNeverRejects() {
        for (Evidence weak : new Evidence[] {
                new Evidence(Set.of(), Set.of(), Set.of(IdentityKind.ADDRESS), false, false, 1, 1),
                new Evidence(Set.of(), Set.of(), Set.of(), true, false, 1, 1),
                new Evidence(Set.of(), Set.of(), Set.of(), false, false, 3, 1),
                new Evidence(Set.of(), Set.of(), Set.of(), false, false, 1, 4),
                new Evidence(Set.of(), Set.of(IdentityKind.BANK_ACCOUNT), Set.of(), false, false, 1, 1)}) {
            var decision = policy.decide(weak);
            assertThat(decision.status()).as("%s", weak).isEqualTo(SellerStatus.PENDING_REVIEW);
            assertThat(decision.score()).isBetween(30, 99);
        }
    }

    @Test
    void theExactNameOfABarredShopAloneIsANoteNotAReview() {
        var decision = policy.decide(new Evidence(Set.of(), Set.of(), Set.of(), false, true, 1, 1));
        assertThat(decision.status()).isEqualTo(SellerStatus.VERIFIED);
        assertThat(decision.score()).isEqualTo(15);
        assertThat(decision.reasons()).extracting(Reason::code).contains("SAME_NAME_AS_BARRED_ACCOUNT");
    }

    @Test
    void belowTheBurstSizeSignupsFromOneDeviceAreNormal() {
        assertThat(policy.decide(new Evidence(Set.of(), Set.of(), Set.of(), false, false, 2, 3)).status())
                .isEqualTo(SellerStatus.VERIFIED);
    }
}
