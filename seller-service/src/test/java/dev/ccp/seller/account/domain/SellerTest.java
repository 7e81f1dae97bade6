package dev.ccp.seller.account.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account's own transitions: every status change goes through one of these methods. */
class SellerTest {
    private static final Instant T0 = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Reason CLEAN = new Reason("NO_BARRED_LINKS", "nothing shared");

    @Test
    void anApplicationIsDecidedOnceAndOnlyAsVerifiedReviewOrRejected() {
        Seller seller = new Seller();
        assertThatThrownBy(() -> seller.verify(SellerStatus.CLOSED, 0, List.of(), "system", T0))
                .isInstanceOf(IllegalArgumentException.class);
        seller.verify(SellerStatus.VERIFIED, 5, List.of(CLEAN), "system", T0);
        assertThat(seller.status).isEqualTo(SellerStatus.VERIFIED);
        assertThat(seller.verificationScore).isEqualTo(5);
        assertThat(seller.decidedBy).isEqualTo("system");
        assertThatThrownBy(() -> seller.verify(SellerStatus.REJECTED, 100, List.of(), "system", T1))
                .isInstanceOf(IllegalStateException.class);
        assertThat(seller.status).isEqualTo(SellerStatus.VERIFIED);
    }

    @Test
    void aBurstFoundLaterSendsAVerifiedAccountToReviewAndLeavesOthersAlone() {
        Seller verified = decided(SellerStatus.VERIFIED, 10);
        Reason burst = new Reason("DEVICE_SIGNUP_BURST", "3 sign-ups from one device");
        assertThat(verified.returnToReview(burst, 30, "system", T1)).isTrue();
        assertThat(verified.status).isEqualTo(SellerStatus.PENDING_REVIEW);
        assertThat(verified.verificationScore).isEqualTo(30);
        assertThat(verified.verificationReasons).extracting(Reason::code).containsExactly("DEVICE_SIGNUP_BURST");
        assertThat(verified.decidedAt).isEqualTo(T1);

        Seller rejected = decided(SellerStatus.REJECTED, 100);
        assertThat(rejected.returnToReview(burst, 30, "system", T1)).isFalse();
        assertThat(rejected.status).isEqualTo(SellerStatus.REJECTED);
        assertThat(rejected.verificationScore).isEqualTo(100);
    }

    @Test
    void aRejectedReviewScoresInFullAndNamesTheVerdictAndOnlyAReviewCanBeSettled() {
        Seller seller = decided(SellerStatus.PENDING_REVIEW, 40);
        seller.settleReview(false, "forged documents", "test-moderator", T1);
        assertThat(seller.status).isEqualTo(SellerStatus.REJECTED);
        assertThat(seller.verificationScore).isEqualTo(100);
        assertThat(seller.verificationReasons).extracting(Reason::code).endsWith("REJECTED_ON_REVIEW");
        assertThat(seller.decisionNote).isEqualTo("forged documents");
        assertThatThrownBy(() -> seller.settleReview(true, "second thoughts", "test-moderator", T1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aClosedAccountStaysClosedOnRepeatsAndAReinstatementOpensItAgain() {
        Seller seller = decided(SellerStatus.VERIFIED, 0);
        assertThat(seller.close("COUNTERFEIT", "takedown t-1", T1)).isTrue();
        assertThat(seller.close("COURT_ORDER", null, T1.plusSeconds(5))).isFalse();
        assertThat(seller.closureReason).isEqualTo("COUNTERFEIT");

        assertThat(seller.reinstate("appeal granted", "test-trust-admin", T1.plusSeconds(60))).isTrue();
        assertThat(seller.status).isEqualTo(SellerStatus.VERIFIED);
        assertThat(seller.closedAt).isNull();
        assertThat(seller.closureReason).isNull();
        assertThat(seller.reinstate("again", "test-trust-admin", T1.plusSeconds(90))).isFalse();
    }

    private static Seller decided(SellerStatus status, int score) {
        Seller seller = new Seller();
        seller.verify(status, score, List.of(CLEAN), "system", T0);
        return seller;
    }
}
